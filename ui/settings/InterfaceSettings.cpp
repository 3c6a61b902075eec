// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterfaceSettings.h"

#include <QSettings>

#include <algorithm>

namespace huanjiao {

namespace {
const QString kLanguage = QStringLiteral("interface/language");
const QString kZoom = QStringLiteral("interface/zoom");
const QString kTheme = QStringLiteral("interface/theme");
const QString kDatabase = QStringLiteral("content/database");
} // namespace

int InterfaceSettings::clampZoom(int percent)
{
    return std::clamp(percent, kMinZoom, kMaxZoom);
}

InterfaceSettings InterfaceSettings::load(const QSettings &settings)
{
    InterfaceSettings s;
    const QString language = settings.value(kLanguage).toString();
    if (language == QLatin1String("zh_CN") || language == QLatin1String("en"))
        s.language = language;
    bool ok = false;
    const int zoom = settings.value(kZoom, 100).toInt(&ok);
    s.zoomPercent = ok ? clampZoom(zoom) : 100;
    s.theme = themeFromName(settings.value(kTheme).toString());
    s.databasePath = settings.value(kDatabase).toString().trimmed();
    return s;
}

void InterfaceSettings::save(QSettings &settings) const
{
    settings.setValue(kLanguage, language);
    settings.setValue(kZoom, clampZoom(zoomPercent));
    settings.setValue(kTheme, themeName(theme));
    settings.setValue(kDatabase, databasePath);
}

void InterfaceSettings::saveZoom(QSettings &settings, int percent)
{
    settings.setValue(kZoom, clampZoom(percent));
}

QString InterfaceSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System: return QStringLiteral("system");
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::HighContrast: return QStringLiteral("high-contrast");
    }
    return QStringLiteral("system");
}

InterfaceSettings::Theme InterfaceSettings::themeFromName(const QString &name)
{
    for (Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        if (name == themeName(theme))
            return theme;
    }
    return Theme::System;
}

} // namespace huanjiao
