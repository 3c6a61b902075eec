// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace huanjiao {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

struct Licence
{
    const char *component;
    const char *licence;
};

// What the program links or ships, and the licence each one is under.
constexpr Licence kLicences[] = {
    {"Qt 6", QT_TRANSLATE_NOOP("huanjiao::AboutDialog", "GNU LGPL v3")},
    {"SQLite", QT_TRANSLATE_NOOP("huanjiao::AboutDialog", "Public domain")},
    {"OpenCC", QT_TRANSLATE_NOOP("huanjiao::AboutDialog", "Apache License 2.0")},
    {"libqrencode", QT_TRANSLATE_NOOP("huanjiao::AboutDialog", "GNU LGPL v2.1 or later")},
    {QT_TRANSLATE_NOOP("huanjiao::AboutDialog", "Unicode Character Database (Unihan)"), QT_TRANSLATE_NOOP("huanjiao::AboutDialog", "Unicode License Agreement - Data Files and Software")},
    {"Noto Sans CJK / Droid Sans Fallback", QT_TRANSLATE_NOOP("huanjiao::AboutDialog", "SIL Open Font License 1.1 / Apache License 2.0")},
};
// The bundled sample content's id (database/content/content.md); its licence is
// in database/content/LICENSE. Other content says its own terms elsewhere.
constexpr auto kSampleContentId = "huanjiao-sample";
} // namespace

QString AboutDialog::builtOn(const QString &timestamp)
{
    // Stored as an ISO timestamp; a reader wants a date in their own language.
    const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODate);
    if (!when.isValid())
        return timestamp;
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

AboutDialog::AboutDialog(const ContentInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("About Huanjiao"));
    m_text->setOpenLinks(false);
    m_text->setHtml(html(info));
    m_text->setAccessibleName(tr("About Huanjiao"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(560, 560);
}

QString AboutDialog::html(const ContentInfo &info)
{
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Huanjiao Patient Education")));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("Version %1").arg(QCoreApplication::applicationVersion())));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Huanjiao is free software: you may share and change it under the GNU General Public "
                         "License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.")));
    h += QStringLiteral("<h3>%1</h3><p>").arg(esc(tr("Content")));
    h += esc(tr("%1, version %2, built %3").arg(info.contentName, info.contentVersion, builtOn(info.buildDate)));
    for (qsizetype i = 1; i < info.layers.size(); ++i) {
        const ContentMeta &layer = info.layers.at(i);
        h += QStringLiteral("<br/>") + esc(tr("With %1, version %2").arg(layer.name, layer.version));
    }
    h += QStringLiteral("</p><p>%1</p>")
             .arg(esc(tr("Each page names its source and the date it was last reviewed; "
                         "the Sources list shows every source in this content.")));
    if (info.sample)
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(tr("This is sample content for demonstration. It has not been reviewed for use with patients.")));
    if (info.contentId == QLatin1String(kSampleContentId))
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("The sample content is licensed under the Creative Commons Attribution 4.0 "
                             "International licence (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). "
                             "You may share and adapt it if you credit it: “Based on the Huanjiao sample "
                             "content by the Huanjiao developers, CC BY 4.0”, and say what you changed.")));
    h += QStringLiteral("<h3>%1</h3><p>%2</p>")
             .arg(esc(tr("Medical disclaimer")),
                  esc(tr("Huanjiao gives general health information. It does not replace the advice of a "
                         "doctor who knows your situation. Do not start, stop or change a treatment because "
                         "of what you read here. In an emergency, call 120.")));
    h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Libraries and licences")));
    for (const Licence &l : kLicences)
        h += QStringLiteral("<li>%1: %2</li>").arg(esc(tr(l.component)), esc(tr(l.licence)));
    h += QStringLiteral("</ul><p>%1</p>")
             .arg(esc(tr("The Debian packages of these libraries carry their full licence texts under "
                         "/usr/share/doc.")));
    return h;
}

} // namespace huanjiao
