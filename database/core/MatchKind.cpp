// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchKind.h"

#include <QCoreApplication>

#include <iterator>

namespace huanjiao {

namespace {

struct MatchKindInfo
{
    MatchKind kind;
    const char *name;
    const char *label; // translated in the "MatchKind" context; nullptr: no label
};

constexpr MatchKindInfo kMatchKinds[] = {
    {MatchKind::Name, "name", nullptr},
    {MatchKind::Alias, "alias", QT_TRANSLATE_NOOP("MatchKind", "also called %1")},
    {MatchKind::LayName, "lay-name", QT_TRANSLATE_NOOP("MatchKind", "commonly called %1")},
    {MatchKind::Part, "part", nullptr},
    {MatchKind::English, "english", nullptr},
    {MatchKind::Pinyin, "pinyin", nullptr},
    {MatchKind::Initials, "initials", nullptr},
    {MatchKind::Question, "question", nullptr},
    {MatchKind::Homophone, "homophone", nullptr},
    {MatchKind::Symptom, "symptom", QT_TRANSLATE_NOOP("MatchKind", "symptom: %1")},
    {MatchKind::SearchTerm, "search-term", nullptr},
    {MatchKind::Body, "body", nullptr},
};

const MatchKindInfo &info(MatchKind kind)
{
    for (const MatchKindInfo &i : kMatchKinds) {
        if (i.kind == kind)
            return i;
    }
    return kMatchKinds[std::size(kMatchKinds) - 1];
}

} // namespace

QString matchKindName(MatchKind kind)
{
    return QString::fromLatin1(info(kind).name);
}

bool matchKindFromName(QStringView name, MatchKind *kind)
{
    for (const MatchKindInfo &i : kMatchKinds) {
        if (name == QLatin1String(i.name)) {
            *kind = i.kind;
            return true;
        }
    }
    return false;
}

bool matchKindFromName(const char *name, MatchKind *kind)
{
    for (const MatchKindInfo &i : kMatchKinds) {
        if (qstrcmp(name, i.name) == 0) {
            *kind = i.kind;
            return true;
        }
    }
    return false;
}

QString matchKindLabel(MatchKind kind, const QString &matchedText)
{
    const char *label = info(kind).label;
    if (!label)
        return {};
    return QCoreApplication::translate("MatchKind", label).arg(matchedText);
}

} // namespace huanjiao
