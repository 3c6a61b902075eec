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

} // namespace InertText
} // namespace huanjiao
