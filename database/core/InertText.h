// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huanjiao {

// Content text made safe to show: control characters (a terminal escape
// sequence, a NUL) and the bidirectional embedding, override and isolate
// controls (U+202A-U+202E, U+2066-U+2069, which would let one field turn
// text around visually, also outside itself) are dropped. Line breaks and
// tabs stay; zero-width characters stay (they change nothing around them).
namespace InertText {

QString clean(const QString &text);
bool isDropped(char16_t c);

// clean(), and text that can be laid out in time: a run of more than
// kLongestRun characters with no place to break a line (no space, no Chinese)
// gets a zero-width space after every kLongestRun characters. Qt lays out such
// a run in time that grows with its square: a line of a million letters took
// minutes; words and addresses in real content are far shorter.
QString forLayout(const QString &text);
constexpr int kLongestRun = 64;

} // namespace InertText
} // namespace huanjiao
