// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSettings;

namespace huanjiao {

// How the reader likes the interface: language, type size, theme and the
// content database to open. Kept in QSettings beside the handout settings.
struct InterfaceSettings
{
    enum class Theme { System, Light, Dark, HighContrast };

    // "" follows the system locale; otherwise "zh_CN" or "en".
    QString language;
    // Type size of pages, in percent of the normal reading size.
    int zoomPercent = 100;
    Theme theme = Theme::System;
    // "" uses the database installed with the program.
    QString databasePath;

    static constexpr int kMinZoom = 50;
    static constexpr int kMaxZoom = 300;
    static constexpr int kZoomStep = 10;
    static int clampZoom(int percent);

    static InterfaceSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // Only the type size, saved as the reader zooms.
    static void saveZoom(QSettings &settings, int percent);

    static QString themeName(Theme theme);
    static Theme themeFromName(const QString &name);
};

} // namespace huanjiao
