// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ColorScheme.h"
#include "InterfaceSettings.h"
#include "PageColors.h"

#include <QPalette>

namespace huanjiao::Themes {

// The palette of a theme. System is the desktop's own palette, light or dark
// (Qt 6.4 has no colour-scheme hint; the desktop's palette carries it).
QPalette palette(InterfaceSettings::Theme theme, const QPalette &system);
// The System theme's palette: the platform's own when it matches the
// desktop's light/dark preference (or there is none), else our light or dark
// one (Qt 6.4 on many desktops keeps a light palette whatever the preference).
QPalette systemPalette(const QPalette &platform, ColorScheme scheme);
// Dark backgrounds, judged by the window colour's lightness.
bool isDark(const QPalette &palette);
// The high-contrast palette: white on black, yellow links and selection.
bool isHighContrast(const QPalette &palette);
// The colours a page is rendered in under this palette.
PageColors pageColors(const QPalette &palette);

} // namespace huanjiao::Themes
