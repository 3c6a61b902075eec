// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pinyin.h"

#include <QFile>

namespace huanjiao {

Pinyin::Pinyin()
{
    QFile file(QStringLiteral(":/huanjiao/pinyin.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    m_readings.reserve(45000);
    for (const QByteArray &line : data.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 2)
            continue;
        bool ok = false;
        const char32_t codepoint = parts.at(0).toUInt(&ok, 16);
        if (!ok)
            continue;
        QStringList readings;
        for (qsizetype i = 1; i < parts.size(); ++i)
            readings.append(QString::fromLatin1(parts.at(i)));
        m_readings.insert(codepoint, readings);
    }
}

QStringList Pinyin::readings(char32_t character) const
{
    return m_readings.value(character);
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
    const QList<uint> codepoints = text.toUcs4();
    for (const uint c : codepoints) {
        const auto it = m_readings.constFind(c);
        if (it != m_readings.constEnd()) {
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
    QList<Spelling> result{Spelling{}};
    for (const QStringList &options : units(text)) {
        QList<Spelling> next;
        // Most common readings first, so the first spelling is the usual one and
        // the limit drops only rare combinations.
        for (const QString &option : options) {
            for (const Spelling &s : result) {
                if (next.size() >= limit)
                    break;
                Spelling longer = s;
                longer.syllables.append(option);
                next.append(longer);
            }
        }
        result = next;
    }
    if (result.size() == 1 && result.first().syllables.isEmpty())
        return {};
    return result;
}

QString Pinyin::sortKey(const QString &text) const
{
    QStringList syllables;
    for (const QStringList &options : units(text))
        syllables.append(options.first());
    return syllables.join(QLatin1Char(' '));
}

} // namespace huanjiao
