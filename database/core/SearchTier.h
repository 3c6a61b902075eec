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

// A label's rowid (search_label, and search_name's rowid for it) is its length
// in UTF-16 code units above this many bits and its place in the build below:
// rowid order, the order FTS5 returns matches in and the order of a key's rows,
// is then shorter labels first.
inline constexpr int kLabelLengthShift = 36;

struct SearchCandidate
{
    qint64 entity = 0;
    qint64 keyRow = 0; // the search_label row of the text that matched; 0 for body text
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

// Every key tier reads the same columns (label, match, label length, entity,
// kind, name length, popularity), numbers and short codes only, from the key
// table joined to its entity's row in search_doc (tierFrom()); labels are read
// for the hits shown, afterwards.
QString tierColumns();
QString tierFrom();
// The kind and department filters on search_doc (d), from parameter first on,
// and the row bound.
QString tierFilters(int first);
void bindTierFilters(SqliteStatement &statement, const SearchOptions &options, int first);
// The kind of key a row is, from its match code.
MatchKind storedMatchKind(qint64 code);

} // namespace huanjiao
