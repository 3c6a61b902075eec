// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

namespace huanjiao {

// The content is Simplified Chinese whatever language the interface speaks.
// Left to fontconfig, Chinese characters under an English (or Japanese)
// locale fall back to Noto Sans CJK JP or TC, whose full-width comma and
// colon sit centred with space on both sides. Naming the Simplified Chinese
// family after the interface's own makes every Han character, and the
// punctuation among them, use the Simplified Chinese glyphs.
namespace ChineseFont {

// The installed Simplified Chinese family: Noto Sans CJK SC first; empty if none.
QString family();
// `base` with the Simplified Chinese family after its own families: Latin
// text keeps the interface's font, Chinese text gets the SC glyphs.
QFont withSimplifiedChinese(const QFont &base);

} // namespace ChineseFont

} // namespace huanjiao
