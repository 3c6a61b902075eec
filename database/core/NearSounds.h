// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace huanjiao {

// Sounds that many speakers do not tell apart (z/zh, c/ch, s/sh, n/l, and
// en/eng, in/ing, an/ang at the end of a syllable): 帕金生 pa-jin-sheng is
// heard as 帕金森 pa-jin-sen. Returns the spellings of syllables (toneless
// pinyin) with exactly one syllable said the other way, each joined into one
// word; the spelling as given is not among them. Bounded: at most three
// alternatives per syllable.
QStringList nearSpellings(const QStringList &syllables);

} // namespace huanjiao
