// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinyinTypos.h"

#include "Pinyin.h"

#include <QList>

#include <algorithm>

namespace huanjiao {

PinyinTypos::PinyinTypos(const Pinyin &pinyin)
    : m_syllables(pinyin.syllables())
{
    // Readings with ü are written v or u when typed; both are syllables.
    const QSet<QString> read = m_syllables;
    for (const QString &s : read) {
        if (s.contains(QChar(0xFC))) {
            QString v = s;
            m_syllables.insert(v.replace(QChar(0xFC), QLatin1Char('v')));
        }
    }
    for (const QString &s : std::as_const(m_syllables))
        m_longestSyllable = qMax(m_longestSyllable, int(s.size()));
}

bool PinyinTypos::readsAsSyllables(const QString &text) const
{
    const qsizetype n = text.size();
    QList<bool> reached(n + 1, false);
    reached[0] = true;
    for (qsizetype start = 0; start < n; ++start) {
        if (!reached.at(start))
            continue;
        for (qsizetype length = 1; length <= m_longestSyllable && start + length <= n; ++length) {
            if (m_syllables.contains(text.mid(start, length)))
                reached[start + length] = true;
        }
    }
    return reached.at(n);
}

QStringList PinyinTypos::corrections(const QString &typed) const
{
    const qsizetype n = typed.size();
    if (n < kMinLength || n > kMaxLength || m_syllables.isEmpty()
        || !std::all_of(typed.begin(), typed.end(), [](QChar c) { return c >= QLatin1Char('a') && c <= QLatin1Char('z'); }))
        return {};
    // Which starts of the word as typed read as syllables: an edit at p leaves
    // text[0, p) alone, so a reading of the corrected word has a syllable
    // boundary at some j, p - longest < j <= p, with text[0, j) readable.
    QList<bool> prefix(n + 1, false);
    prefix[0] = true;
    for (qsizetype end = 1; end <= n; ++end) {
        for (qsizetype length = 1; length <= m_longestSyllable && length <= end && !prefix.at(end); ++length)
            prefix[end] = prefix.at(end - length) && m_syllables.contains(typed.mid(end - length, length));
    }
    auto worthTrying = [&](qsizetype p) {
        for (qsizetype j = p; j >= 0 && j > p - m_longestSyllable; --j) {
            if (prefix.at(j))
                return true;
        }
        return false;
    };
    QStringList out;
    auto consider = [&](const QString &candidate) {
        if (candidate != typed && readsAsSyllables(candidate))
            out.append(candidate);
    };
    for (qsizetype p = 0; p <= n; ++p) {
        if (!worthTrying(p))
            continue;
        if (p < n) {
            consider(typed.left(p) + typed.mid(p + 1)); // a letter too many
            if (p + 1 < n && typed.at(p) != typed.at(p + 1)) // two letters swapped
                consider(typed.left(p) + typed.at(p + 1) + typed.at(p) + typed.mid(p + 2));
        }
        for (char c = 'a'; c <= 'z'; ++c) {
            const QChar letter = QLatin1Char(c);
            consider(typed.left(p) + letter + typed.mid(p)); // a letter missing
            if (p < n && typed.at(p) != letter) // a wrong letter
                consider(typed.left(p) + letter + typed.mid(p + 1));
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace huanjiao
