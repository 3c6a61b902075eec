// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pinyin.h"

#include <algorithm>

namespace huanjiao {

Pinyin::Pinyin() = default;

const Pinyin::Table &Pinyin::table()
{
    // Made by the first thread that asks (a static's initialisation is
    // thread-safe) and kept to the end.
    static const Table built = [] {
        Table table{pinyindata::characters, pinyindata::characterCount, pinyindata::readings, {}};
        table.syllables.reserve(qsizetype(pinyindata::syllableCount));
        for (std::size_t i = 0; i < pinyindata::syllableCount; ++i)
            table.syllables.append(QLatin1String(pinyindata::syllables[i]));
        return table;
    }();
    return built;
}

const Pinyin::Character *Pinyin::find(const Table &table, char32_t character)
{
    const Character *const end = table.characters + table.characterCount;
    const Character *const it = std::lower_bound(table.characters, end, character,
                                                 [](const Character &entry, char32_t c) { return entry.codepoint < c; });
    return it != end && it->codepoint == character ? it : nullptr;
}

QStringList Pinyin::readingsOf(const Table &table, const Character &entry)
{
    QStringList readings;
    readings.reserve(qsizetype(entry.count));
    for (quint32 i = entry.first; i < entry.first + entry.count; ++i)
        readings.append(table.syllables.at(table.readingIndex[i]));
    return readings;
}

QSet<QString> Pinyin::syllables() const
{
    const QStringList &all = table().syllables;
    return QSet<QString>(all.begin(), all.end());
}

QStringList Pinyin::readings(char32_t character) const
{
    const Table &t = table();
    const Character *entry = find(t, character);
    return entry ? readingsOf(t, *entry) : QStringList();
}

QString Pinyin::Spelling::initials() const
{
    QString out;
    for (const QString &s : syllables) {
        if (!s.isEmpty())
            out.append(s.front());
    }
    return out;
}

QList<QStringList> Pinyin::units(const QString &text) const
{
    QList<QStringList> list;
    QString latin;
    auto flush = [&] {
        if (!latin.isEmpty())
            list.append(QStringList{latin});
        latin.clear();
    };
    const Table &readings = table();
    const QList<uint> codepoints = text.toUcs4();
    for (const uint c : codepoints) {
        if (const Character *entry = find(readings, c)) {
            flush();
            list.append(readingsOf(readings, *entry));
        } else if (c < 0x80 && QChar::isLetterOrNumber(c)) {
            latin.append(QChar(c).toLower());
        } else {
            flush();
        }
    }
    flush();
    return list;
}

QList<Pinyin::Spelling> Pinyin::spellings(const QString &text, int limit) const
{
    // Each spelling costs the sum of its readings' places in their lists (the
    // usual reading costs 0); the cheapest `limit` are kept after every unit.
    // Costs add up, so keeping the cheapest partial spellings loses none of the
    // cheapest whole ones: the limit drops only the rarest combinations, and a
    // name whose everyday reading uses two second readings (咯血 kaxie) keeps it.
    struct Partial
    {
        Spelling spelling;
        int cost;
    };
    QList<Partial> result{Partial{Spelling{}, 0}};
    for (const QStringList &options : units(text)) {
        QList<Partial> next;
        next.reserve(result.size() * options.size());
        for (const Partial &p : std::as_const(result)) {
            for (int i = 0; i < options.size(); ++i) {
                Partial longer = p;
                longer.spelling.syllables.append(options.at(i));
                longer.cost += i;
                next.append(longer);
            }
        }
        std::stable_sort(next.begin(), next.end(), [](const Partial &a, const Partial &b) { return a.cost < b.cost; });
        if (next.size() > limit)
            next.erase(next.begin() + limit, next.end());
        result = next;
    }
    if (result.size() == 1 && result.first().spelling.syllables.isEmpty())
        return {};
    QList<Spelling> spellings;
    spellings.reserve(result.size());
    for (const Partial &p : std::as_const(result))
        spellings.append(p.spelling);
    return spellings;
}

QString Pinyin::sortKey(const QString &text) const
{
    QStringList syllables;
    for (const QStringList &options : units(text))
        syllables.append(options.first());
    return syllables.join(QLatin1Char(' '));
}

} // namespace huanjiao
