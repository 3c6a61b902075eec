// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pinyin.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <unordered_map>

#include <QByteArrayView>
#include <QFile>

namespace huanjiao {

Pinyin::Pinyin() = default;

const Pinyin::Table &Pinyin::table()
{
    // Built by the first thread that asks (a static's initialisation is
    // thread-safe) and kept to the end: never freed, so a short command does
    // not spend its last milliseconds taking it apart.
    static const Table *const built = [] {
        auto *table = new Table;
        QFile file(QStringLiteral(":/huanjiao/pinyin.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return table;
        const QByteArray data = file.readAll();
        table->characters.reserve(45000);
        table->readingIndex.reserve(52000);
        std::unordered_map<std::string_view, quint16> syllableIndex;
        // Lines of "HEX reading reading ...", read in place.
        const char *p = data.constData();
        const char *const end = p + data.size();
        while (p < end) {
            const char *lineEnd = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
            if (!lineEnd)
                lineEnd = end;
            const char *space = static_cast<const char *>(memchr(p, ' ', size_t(lineEnd - p)));
            bool ok = false;
            const char32_t codepoint = space ? QByteArrayView(p, space - p).toUInt(&ok, 16) : 0;
            if (ok) {
                const auto first = quint32(table->readingIndex.size());
                const char *word = space + 1;
                while (word < lineEnd) {
                    const char *wordEnd = static_cast<const char *>(memchr(word, ' ', size_t(lineEnd - word)));
                    if (!wordEnd)
                        wordEnd = lineEnd;
                    if (wordEnd > word) {
                        const std::string_view spelling(word, size_t(wordEnd - word));
                        auto [it, added] = syllableIndex.try_emplace(spelling, quint16(table->syllables.size()));
                        if (added)
                            table->syllables.append(QString::fromLatin1(word, wordEnd - word));
                        table->readingIndex.push_back(it->second);
                    }
                    word = wordEnd + 1;
                }
                const auto count = quint32(table->readingIndex.size()) - first;
                if (count > 0)
                    table->characters.push_back(Character{codepoint, first, count});
            }
            p = lineEnd + 1;
        }
        // The generator writes the table in code-point order; a table edited
        // by hand need not be.
        const auto byCodepoint = [](const Character &a, const Character &b) { return a.codepoint < b.codepoint; };
        if (!std::is_sorted(table->characters.begin(), table->characters.end(), byCodepoint))
            std::stable_sort(table->characters.begin(), table->characters.end(), byCodepoint);
        return table;
    }();
    return *built;
}

const Pinyin::Character *Pinyin::find(const Table &table, char32_t character)
{
    const auto it = std::lower_bound(table.characters.begin(), table.characters.end(), character,
                                     [](const Character &entry, char32_t c) { return entry.codepoint < c; });
    return it != table.characters.end() && it->codepoint == character ? &*it : nullptr;
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
