// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace huanjiao {

class Pinyin;

// Pinyin typed with one slip of the keyboard (gaoxuye for gaoxueya, shimain
// for shimian): the spellings one edit away (a letter missing, extra, wrong,
// or two neighbours swapped) that read as whole pinyin syllables, the only
// ones worth looking up. Bounded in length, so that a keystroke stays cheap.
class PinyinTypos
{
public:
    explicit PinyinTypos(const Pinyin &pinyin);

    // Letters a-z only, 5 to kMaxLength of them; empty otherwise. The typed
    // word itself is not among them.
    QStringList corrections(const QString &typed) const;

    static constexpr int kMinLength = 5;
    static constexpr int kMaxLength = 24;

private:
    // The whole of text reads as pinyin syllables.
    bool readsAsSyllables(const QString &text) const;

    QSet<QString> m_syllables;
    int m_longestSyllable = 0;
};

} // namespace huanjiao
