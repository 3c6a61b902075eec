// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entity.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace huanjiao {

struct SearchOptions
{
    std::optional<Kind> kind;  // only this kind
    qint64 department = 0;     // only entities of this department or its sub-departments (rowid)
    int limit = 50;            // hits returned, best first
};

struct SearchHit
{
    EntityRef ref;
    int score = 0;
    QString matched;     // name, alias, english, pinyin, initials, question or body
    QString matchedText; // the alias or name that matched
    QString snippet;     // for body matches: text around the match
};

struct SearchResults
{
    QString query;       // as typed
    QStringList terms;   // folded terms, for highlighting
    QList<SearchHit> hits;
    QMap<Kind, int> counts; // candidates per kind
    bool countsCapped = false;  // some counts are "at least"
    QList<EntityRef> suggestions; // close matches when nothing matched
};

} // namespace huanjiao

Q_DECLARE_METATYPE(huanjiao::SearchResults)
Q_DECLARE_METATYPE(huanjiao::SearchOptions)
