// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>

namespace huanjiao::pinyindata {

// The readings table huanjiao-unihan writes as C++ at build time
// (PinyinData.cpp in the build tree): constant data in the library, so a
// process reads none of it until it looks a character up, and then only the
// pages it touches.
struct Character
{
    char32_t codepoint;
    quint32 first; // into readings
    quint32 count;
};

extern const Character characters[]; // sorted by code point
extern const std::size_t characterCount;
extern const quint16 readings[]; // into syllables
extern const char *const syllables[]; // toneless, ASCII
extern const std::size_t syllableCount;

} // namespace huanjiao::pinyindata
