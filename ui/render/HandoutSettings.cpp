// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutSettings.h"

#include "EntityUri.h"

#include <QSettings>

namespace huanjiao {

namespace {
const QString kClinicName = QStringLiteral("handout/clinicName");
const QString kLogo = QStringLiteral("handout/logo");
const QString kAddress = QStringLiteral("handout/address");
const QString kPhone = QStringLiteral("handout/phone");
const QString kQrTemplate = QStringLiteral("handout/qrTemplate");
const QString kPaper = QStringLiteral("handout/paper");
const QString kCount = QStringLiteral("handout/countHandouts");
} // namespace

HandoutSettings HandoutSettings::load(const QSettings &settings)
{
    HandoutSettings s;
    s.clinicName = settings.value(kClinicName).toString().trimmed();
    s.logoPath = settings.value(kLogo).toString().trimmed();
    s.address = settings.value(kAddress).toString().trimmed();
    s.phone = settings.value(kPhone).toString().trimmed();
    s.qrTemplate = settings.value(kQrTemplate).toString().trimmed();
    s.countHandouts = settings.value(kCount, false).toBool();
    if (!paperFromName(settings.value(kPaper).toString(), &s.paper))
        s.paper = QPageSize::A4;
    return s;
}

void HandoutSettings::save(QSettings &settings) const
{
    settings.setValue(kClinicName, clinicName);
    settings.setValue(kLogo, logoPath);
    settings.setValue(kAddress, address);
    settings.setValue(kPhone, phone);
    settings.setValue(kQrTemplate, qrTemplate);
    settings.setValue(kPaper, paperName(paper));
    settings.setValue(kCount, countHandouts);
}

QString HandoutSettings::qrText(Kind kind, const QString &id) const
{
    // The topic's own address (huanjiao://) opens on no phone: no link, no code.
    if (qrTemplate.isEmpty())
        return {};
    QString text = qrTemplate;
    text.replace(QLatin1String("{id}"), id);
    text.replace(QLatin1String("{kind}"), kindName(kind));
    return text;
}

bool HandoutSettings::paperFromName(const QString &name, QPageSize::PageSizeId *paper)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4")) {
        *paper = QPageSize::A4;
        return true;
    }
    if (n == QLatin1String("letter")) {
        *paper = QPageSize::Letter;
        return true;
    }
    return false;
}

QString HandoutSettings::paperName(QPageSize::PageSizeId paper)
{
    return paper == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

} // namespace huanjiao
