// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuestionWords.h"

#include "TextNormalizer.h"

#include <QFile>
#include <QStringList>

#include <algorithm>

namespace huanjiao {

QuestionWords::QuestionWords()
{
    QFile file(QStringLiteral(":/huanjiao/search/question-words.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'), Qt::SkipEmptyParts);
        if (parts.size() != 2)
            continue;
        const QString words = TextNormalizer::searchKey(TextNormalizer::fold(parts.at(1)));
        if (parts.at(0) == QLatin1String("head"))
            m_heads.append(words);
        else if (parts.at(0) == QLatin1String("tail"))
            m_tails.append(words);
    }
    const auto longestFirst = [](const QString &a, const QString &b) { return a.size() > b.size(); };
    std::stable_sort(m_heads.begin(), m_heads.end(), longestFirst);
    std::stable_sort(m_tails.begin(), m_tails.end(), longestFirst);
}

QString QuestionWords::topic(const QString &compact) const
{
    QString out = compact;
    for (const QString &head : m_heads) {
        if (out.size() > head.size() && out.startsWith(head)) {
            out = out.mid(head.size());
            break;
        }
    }
    for (const QString &tail : m_tails) {
        if (out.size() > tail.size() && out.endsWith(tail)) {
            out.chop(tail.size());
            break;
        }
    }
    return out;
}

} // namespace huanjiao
