// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entity.h"
#include "MatchKind.h"
#include "SearchResults.h"
#include "SqliteStatement.h"

#include <QHash>
#include <QString>

namespace huanjiao {

// What every search tier shares: the bound on the rows one tier looks at, the
// columns it reads, its filters, and the candidate a row becomes.

// Each tier looks at no more than this many rows: the bound that keeps a
// keystroke fast however large the database.
inline constexpr int kTierLimit = 200;

struct SearchCandidate
{
    qint64 entity = 0;
    qint64 keyRow = 0; // the search_key row that matched; 0 for body text
    int score = 0;
    int labelLength = 0;
    int popularity = 0; // 0: the most linked topic
    Kind kind = Kind::Condition;
    MatchKind matched = MatchKind::Name;
    MatchKind stored = MatchKind::Name; // the kind of key the row is
};

using SearchCandidates = QHash<qint64, SearchCandidate>;

// Keeps c unless the entity already has a better-scored candidate.
void keepCandidate(SearchCandidates *candidates, const SearchCandidate &c);

// Every tier reads the same columns: numbers and short codes only; names are
// read for the hits shown, afterwards.
QString tierColumns();
// The kind and department filters, from parameter first on, and the row bound.
QString tierFilters(int first, const QString &table = QStringLiteral("k"));
void bindTierFilters(SqliteStatement &statement, const SearchOptions &options, int first);
// The kind of key a search_key row is, from its match column.
MatchKind storedMatchKind(const char *text);

} // namespace huanjiao
