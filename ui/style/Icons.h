// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace huanjiao::Icons {

// The app's own icons, drawn as vector paths in the palette's text colour:
// sharp at any device pixel ratio, right in the dark and high-contrast
// themes, and nothing to load at start-up (the style's stock icons decode
// a dozen PNG files before the first window can appear).
QIcon back();
QIcon forward();
QIcon home();
QIcon print();
QIcon exportPdf();
QIcon addToBasket();
QIcon bookmark();
QIcon moveUp();
QIcon moveDown();
QIcon clear();
QIcon play();
QIcon pause();
QIcon stop();
// The overflow arrows of toolbars and the menu bar.
QIcon moreRight();
QIcon moreDown();
// Close (tabs, docks) and float (docks).
QIcon close();
QIcon undock();

} // namespace huanjiao::Icons
