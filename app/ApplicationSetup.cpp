// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationSetup.h"

#include "InterfaceLanguage.h"
#include "InterfaceSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace huanjiao::ApplicationSetup {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Huanjiao"));
    QCoreApplication::setApplicationName(QStringLiteral("huanjiao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUANJIAO_VERSION));
}

void installTranslations(QCoreApplication *app)
{
    InterfaceLanguage::install(app, InterfaceLanguage::resolve(InterfaceSettings::load(QSettings()).language));
}

} // namespace huanjiao::ApplicationSetup
