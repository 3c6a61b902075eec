// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PinyinData.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>


namespace huanjiao {

// Pinyin readings of Chinese characters, from the table built out of Unihan
// at build time (database/unihan). Used when content is compiled: for sort
// keys and for the pinyin and initials that search matches.
class Pinyin
{
public:
    // Costs nothing: the table is compiled into the library (~41k characters).
    Pinyin();

    bool isEmpty() const { return table().characterCount == 0; }
    // Toneless readings, most common first; empty for a character with none.
    QStringList readings(char32_t character) const;

    // One way to read a text: syllables (Latin words and digits pass through
    // lowercased as syllables of their own).
    struct Spelling
    {
        QStringList syllables;
        QString joined() const { return syllables.join(QString()); }
        QString initials() const;
    };
    // Every reading of the text, one per combination of polyphonic characters,
    // the most common first; at most `limit` of them.
    QList<Spelling> spellings(const QString &text, int limit = 16) const;
    // The most common reading, for sorting lists in pinyin order.
    QString sortKey(const QString &text) const;
    // Every toneless syllable some character is read as (about 400).
    QSet<QString> syllables() const;

private:
    // Splits text into units: a Han character with its readings, or a Latin run.
    QList<QStringList> units(const QString &text) const;

    // The compiled-in table (PinyinData.h), and its syllables as strings.
    // Generated C++ constants: a process parses nothing and pages in only
    // what it looks up (reading a 400 KB text table was a tenth of a
    // command-line search).
    using Character = pinyindata::Character;
    struct Table
    {
        const Character *characters;
        std::size_t characterCount;
        const quint16 *readingIndex; // into syllables
        QStringList syllables;
    };
    static const Table &table();
    // The character's entry, or null.
    static const Character *find(const Table &table, char32_t character);
    static QStringList readingsOf(const Table &table, const Character &entry);
};

} // namespace huanjiao
