// SPDX-License-Identifier: GPL-3.0-or-later
#include "Themes.h"

namespace huanjiao::Themes {

namespace {

QPalette light()
{
    QPalette p(QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf1, 0xf4));
    p.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Highlight, QColor(0x1a, 0x62, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x62, 0xa8));
    return p;
}

QPalette dark()
{
    const QColor window(0x20, 0x23, 0x27);
    const QColor text(0xe6, 0xe8, 0xeb);
    QPalette p(text, window, window.lighter(140), window.darker(140), window.darker(110), text,
               Qt::white, QColor(0x17, 0x19, 0x1c), window);
    p.setColor(QPalette::Button, QColor(0x2c, 0x30, 0x35));
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x28, 0x2d));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7e, 0xb6, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x9c, 0xf0));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa2, 0xab));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x80, 0x88));
    return p;
}

QPalette highContrast()
{
    QPalette p(Qt::white, Qt::black, Qt::white, Qt::white, Qt::white, Qt::white, Qt::white, Qt::black, Qt::black);
    p.setColor(QPalette::Button, Qt::black);
    p.setColor(QPalette::AlternateBase, Qt::black);
    p.setColor(QPalette::Highlight, Qt::yellow);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, Qt::yellow);
    p.setColor(QPalette::LinkVisited, Qt::yellow);
    p.setColor(QPalette::ToolTipBase, Qt::black);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
    // Disabled controls stay readable: grey on black still passes 7:1.
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xb0, 0xb0, 0xb0));
    return p;
}

} // namespace

QPalette palette(InterfaceSettings::Theme theme, const QPalette &system)
{
    switch (theme) {
    case InterfaceSettings::Theme::System: return system;
    case InterfaceSettings::Theme::Light: return light();
    case InterfaceSettings::Theme::Dark: return dark();
    case InterfaceSettings::Theme::HighContrast: return highContrast();
    }
    return system;
}

QPalette systemPalette(const QPalette &platform, ColorScheme scheme)
{
    if (scheme == ColorScheme::Dark && !isDark(platform))
        return dark();
    if (scheme == ColorScheme::Light && isDark(platform))
        return light();
    return platform;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool isHighContrast(const QPalette &palette)
{
    return palette.color(QPalette::Base) == Qt::black && palette.color(QPalette::Text) == Qt::white
           && palette.color(QPalette::Link) == Qt::yellow;
}

PageColors pageColors(const QPalette &palette)
{
    PageColors colors;
    colors.dark = isDark(palette);
    colors.highContrast = isHighContrast(palette);
    colors.text = palette.color(QPalette::Text);
    colors.link = palette.color(QPalette::Link);
    return colors;
}

} // namespace huanjiao::Themes
