// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrisisPhrases.h"

#include "TextNormalizer.h"

#include <QFile>

#include <algorithm>

namespace huanjiao {

namespace {

QString loadBundled()
{
    QFile file(QStringLiteral(":/huanjiao/search/crisis-phrases.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool isLatin(const QString &phrase)
{
    return std::all_of(phrase.begin(), phrase.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

CrisisPhrases::CrisisPhrases()
    : CrisisPhrases(parse(loadBundled()))
{
}

CrisisPhrases::CrisisPhrases(QList<Group> groups)
    : m_groups(std::move(groups))
{
}

CrisisPhrases CrisisPhrases::parse(const QString &text, QStringList *errors)
{
    QList<Group> groups;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('@'))) {
            // "@self-harm condition/depression" or "@emergency condition/ischemic-stroke"
            const QStringList parts = line.mid(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            Group group;
            if (parts.size() == 2 && parts.at(0) == QLatin1String("self-harm"))
                group.kind = CrisisNotice::Kind::SelfHarm;
            else if (parts.size() == 2 && parts.at(0) == QLatin1String("emergency"))
                group.kind = CrisisNotice::Kind::Emergency;
            else {
                if (errors)
                    errors->append(QStringLiteral("line %1: expected \"@self-harm PAGE\" or \"@emergency PAGE\"").arg(i + 1));
                continue;
            }
            // "-": no page to link to; the card still gives the numbers.
            if (parts.at(1) != QLatin1String("-"))
                group.page = parts.at(1);
            groups.append(group);
            continue;
        }
        if (groups.isEmpty()) {
            if (errors)
                errors->append(QStringLiteral("line %1: a phrase before any @group").arg(i + 1));
            continue;
        }
        const QString phrase = TextNormalizer::searchKey(TextNormalizer::fold(line));
        if (phrase.isEmpty()) {
            if (errors)
                errors->append(QStringLiteral("line %1: nothing to match").arg(i + 1));
            continue;
        }
        groups.last().phrases.append(phrase);
    }
    return CrisisPhrases(groups);
}

std::optional<CrisisNotice> CrisisPhrases::match(const QString &folded) const
{
    const QString key = TextNormalizer::searchKey(folded);
    QString compact = key;
    compact.remove(QLatin1Char(' '));
    const QString spaced = QLatin1Char(' ') + key + QLatin1Char(' ');
    // Self-harm first: a query with both ("不想活了 胸痛") gets the line to talk to.
    for (const CrisisNotice::Kind kind : {CrisisNotice::Kind::SelfHarm, CrisisNotice::Kind::Emergency}) {
        for (const Group &group : m_groups) {
            if (group.kind != kind)
                continue;
            for (const QString &phrase : group.phrases) {
                bool found;
                if (isLatin(phrase)) {
                    // Latin (pinyin, English): whole words, or typed without spaces.
                    QString joined = phrase;
                    joined.remove(QLatin1Char(' '));
                    found = spaced.contains(QLatin1Char(' ') + phrase + QLatin1Char(' ')) || compact == joined
                        || (!key.contains(QLatin1Char(' ')) && joined.size() >= 8 && compact.contains(joined));
                } else {
                    found = compact.contains(QString(phrase).remove(QLatin1Char(' ')));
                }
                if (found)
                    return CrisisNotice{kind, phrase, group.page};
            }
        }
    }
    return std::nullopt;
}

} // namespace huanjiao
