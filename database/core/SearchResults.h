// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entity.h"
#include "MatchKind.h"

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
    MatchKind matched = MatchKind::Name;
    QString matchedText; // the alias, lay name, symptom word or name that matched
    QString snippet;     // for body matches: text around the match
};

// A query that signals danger: thoughts of suicide or self-harm, or a medical
// emergency. Shown before any result, with the clinic's numbers to call.
struct CrisisNotice
{
    enum class Kind { SelfHarm, Emergency };
    Kind kind = Kind::Emergency;
    QString phrase; // the phrase of the reviewed list that the query contains
    QString page;   // the page it links to, as an entity URI (condition/depression)
};

QString crisisKindName(CrisisNotice::Kind kind); // "self-harm", "emergency"

struct SearchResults
{
    QString query;       // as typed
    QStringList terms;   // folded terms, for highlighting
    QList<SearchHit> hits;
    QMap<Kind, int> counts; // candidates per kind
    bool countsCapped = false;  // some counts are "at least"
    QList<EntityRef> suggestions; // close matches when nothing matched
    std::optional<CrisisNotice> crisis; // shown first, whatever else matched
    // Set when the database could not be read (damaged, a table missing):
    // the hits are then not to be trusted, and people are told so.
    QString error;
};

} // namespace huanjiao

Q_DECLARE_METATYPE(huanjiao::SearchResults)
Q_DECLARE_METATYPE(huanjiao::SearchOptions)
