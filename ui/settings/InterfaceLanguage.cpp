// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterfaceLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace huanjiao::InterfaceLanguage {

QString resolve(const QString &setting, const QLocale &system)
{
    if (setting == QLatin1String("zh_CN") || setting == QLatin1String("en"))
        return setting;
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool install(QCoreApplication *app, const QString &language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(app);
    const bool loaded = own->load(QStringLiteral(":/i18n/huanjiao_") + language);
    if (loaded)
        QCoreApplication::installTranslator(own);
    // Qt's own dialogs (file chooser, print dialog, buttons).
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

} // namespace huanjiao::InterfaceLanguage
