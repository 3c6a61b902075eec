// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace huanjiao {

// The colours a page is rendered in, as plain values: the renderer knows no
// widget or theme, the interface (Themes::pageColors) fills this in from its palette.
struct PageColors
{
    // Dark background: the page takes the text and link colours below.
    bool dark = false;
    // High contrast: secondary text at full strength, links underlined.
    bool highContrast = false;
    QColor text;
    QColor link;
};

} // namespace huanjiao
