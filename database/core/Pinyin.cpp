// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pinyin.h"

#include <algorithm>
#include <cstring>

#include <QByteArrayView>
#include <QFile>

namespace huanjiao {

Pinyin::Pinyin() = default;

const Pinyin::Table &Pinyin::table()
{
    // Built by the first thread that asks (a static's initialisation is
    // thread-safe) and kept to the end: never freed, so a short command does
    // not spend its last milliseconds taking 41k lists apart.
    static const Table *const readings = [] {
        auto *table = new Table;
        QFile file(QStringLiteral(":/huanjiao/pinyin.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return table;
        const QByteArray data = file.readAll();
        table->reserve(45000);
        // Lines of "HEX reading reading ...", read in place.
        const char *p = data.constData();
        const char *const end = p + data.size();
        while (p < end) {
            const char *lineEnd = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
            if (!lineEnd)
                lineEnd = end;
            const char *space = static_cast<const char *>(memchr(p, ' ', size_t(lineEnd - p)));
            bool ok = false;
            const char32_t codepoint =
                space ? QByteArrayView(p, space - p).toUInt(&ok, 16) : 0;
            if (ok) {
                QStringList readings;
                const char *word = space + 1;
                while (word < lineEnd) {
                    const char *wordEnd = static_cast<const char *>(memchr(word, ' ', size_t(lineEnd - word)));
                    if (!wordEnd)
                        wordEnd = lineEnd;
                    if (wordEnd > word)
                        readings.append(QString::fromLatin1(word, wordEnd - word));
                    word = wordEnd + 1;
                }
                if (!readings.isEmpty())
                    table->insert(codepoint, readings);
            }
            p = lineEnd + 1;
        }
        return table;
    }();
    return *readings;
}

QSet<QString> Pinyin::syllables() const
{
    QSet<QString> set;
    for (const QStringList &readings : table()) {
        for (const QString &reading : readings)
            set.insert(reading);
    }
    return set;
}

QStringList Pinyin::readings(char32_t character) const
{
    return table().value(character);
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
        const auto it = readings.constFind(c);
        if (it != readings.constEnd()) {
            flush();
            list.append(*it);
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
