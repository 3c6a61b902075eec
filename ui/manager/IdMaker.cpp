// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdMaker.h"

#include "EntityId.h"
#include "Pinyin.h"

#include <QRegularExpression>

namespace huanjiao {

IdMaker::IdMaker(const Pinyin &pinyin)
    : m_pinyin(pinyin)
{
}

QString IdMaker::make(const QString &name, const Taken &taken, const QString &fallback) const
{
    const auto spellings = m_pinyin.spellings(name.trimmed(), 1);
    QStringList words;
    if (!spellings.isEmpty()) {
        static const QRegularExpression notSlug(QStringLiteral("[^a-z0-9]+"));
        for (const QString &syllable : spellings.first().syllables) {
            // ü is written v in pinyin input; letters outside ASCII go.
            QString word = syllable.toLower().replace(QChar(0x00FC), QLatin1Char('v'));
            for (const QString &part : word.split(notSlug, Qt::SkipEmptyParts))
                words.append(part);
        }
    }
    QString stem = words.join(QLatin1Char('-')).left(80);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    if (!EntityId::isValid(stem))
        stem = fallback;
    QString id = stem;
    for (int n = 2; taken(id); ++n)
        id = QStringLiteral("%1-%2").arg(stem).arg(n);
    return id;
}

} // namespace huanjiao
