// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace huanjiao::OpenccChanges {

// The characters where OpenCC's t2s may change a text, as huanjiao-opencc
// read them off OpenCC's dictionaries at build time (OpenccChanges.cpp in the
// build tree): every character t2s changes on its own, and the first
// character of every phrase it changes that holds none of those. A text
// with none of them is its own conversion, so a search need not open
// OpenCC's dictionaries for it.
extern const char32_t characters[]; // sorted
extern const std::size_t count;

// The dictionary files they were read from, with their sizes: where the
// installed files differ (OpenCC's data upgraded under this program), the
// list may be wrong and is not used.
struct Dictionary
{
    const char *path;
    long long size;
};
extern const Dictionary dictionaries[];
extern const std::size_t dictionaryCount;

} // namespace huanjiao::OpenccChanges
