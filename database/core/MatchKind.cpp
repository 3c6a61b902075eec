// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchKind.h"

#include <QCoreApplication>
#include <QStringList>

#include <iterator>

namespace huanjiao {

namespace {

struct MatchKindInfo
{
    MatchKind kind;
    const char *name;
    const char *label; // translated in the "MatchKind" context; nullptr: no label
    int code;          // as stored in the index; -1: never stored
};

// The codes are part of the database's format (since schema 3): never renumbered.
constexpr MatchKindInfo kMatchKinds[] = {
    {MatchKind::Name, "name", nullptr, 0},
    {MatchKind::Alias, "alias", QT_TRANSLATE_NOOP("MatchKind", "also called %1"), 1},
    {MatchKind::LayName, "lay-name", QT_TRANSLATE_NOOP("MatchKind", "commonly called %1"), 2},
    {MatchKind::Part, "part", nullptr, 3},
    {MatchKind::English, "english", nullptr, 4},
    {MatchKind::Pinyin, "pinyin", nullptr, 5},
    {MatchKind::Initials, "initials", nullptr, 6},
    {MatchKind::Question, "question", nullptr, -1},
    {MatchKind::Homophone, "homophone", nullptr, -1},
    {MatchKind::Symptom, "symptom", QT_TRANSLATE_NOOP("MatchKind", "symptom: %1"), 7},
    {MatchKind::SearchTerm, "search-term", nullptr, 8},
    {MatchKind::Body, "body", nullptr, -1},
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

int matchKindCode(MatchKind kind)
{
    return info(kind).code;
}

QString matchKindCodes(std::initializer_list<MatchKind> kinds)
{
    QStringList codes;
    for (const MatchKind kind : kinds)
        codes.append(QString::number(matchKindCode(kind)));
    return codes.join(QLatin1Char(','));
}

bool matchKindFromCode(qint64 code, MatchKind *kind)
{
    for (const MatchKindInfo &i : kMatchKinds) {
        if (i.code >= 0 && i.code == code) {
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
