// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrisisNumbers.h"

#include <QSettings>

namespace huanjiao {

namespace {

// A number a clinic blanked out by mistake falls back to the national one:
// the card never shows an empty number.
QString number(const QSettings &settings, const QString &key, const QString &fallback)
{
    const QString value = settings.value(key).toString().trimmed();
    return value.isEmpty() ? fallback : value;
}

} // namespace

CrisisNumbers CrisisNumbers::load(const QSettings &settings)
{
    const CrisisNumbers defaults;
    CrisisNumbers n;
    n.mentalHealthLine = number(settings, QStringLiteral("clinic/mental-health-line"), defaults.mentalHealthLine);
    n.emergency = number(settings, QStringLiteral("clinic/emergency-number"), defaults.emergency);
    n.police = number(settings, QStringLiteral("clinic/police-number"), defaults.police);
    return n;
}

void CrisisNumbers::save(QSettings &settings) const
{
    // A number left at the national one is not written, so that the file
    // holds only what the clinic chose.
    const CrisisNumbers defaults;
    const auto put = [&settings](const QString &key, const QString &value, const QString &fallback) {
        if (value.trimmed().isEmpty() || value.trimmed() == fallback)
            settings.remove(key);
        else
            settings.setValue(key, value.trimmed());
    };
    put(QStringLiteral("clinic/mental-health-line"), mentalHealthLine, defaults.mentalHealthLine);
    put(QStringLiteral("clinic/emergency-number"), emergency, defaults.emergency);
    put(QStringLiteral("clinic/police-number"), police, defaults.police);
}

} // namespace huanjiao
