// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchTier.h"

namespace huanjiao {

void keepCandidate(SearchCandidates *candidates, const SearchCandidate &c)
{
    const auto it = candidates->constFind(c.entity);
    if (it == candidates->constEnd() || it->score < c.score)
        candidates->insert(c.entity, c);
}

QString tierColumns()
{
    return QStringLiteral("k.rowid, k.match, length(k.label), k.entity, k.kind, k.name_length, k.popularity");
}

QString tierFilters(int first, const QString &table)
{
    return QStringLiteral(" AND (?%1 = '' OR %4.kind = ?%1)"
                          " AND (?%2 = 0 OR %4.department = ?%2 OR %4.top_department = ?%2) LIMIT %3")
        .arg(first)
        .arg(first + 1)
        .arg(kTierLimit)
        .arg(table);
}

void bindTierFilters(SqliteStatement &statement, const SearchOptions &options, int first)
{
    statement.bind(first, options.kind ? kindName(*options.kind) : QStringLiteral(""));
    statement.bind(first + 1, options.department);
}

MatchKind storedMatchKind(const char *text)
{
    MatchKind kind = MatchKind::Body;
    matchKindFromName(text, &kind);
    return kind;
}

} // namespace huanjiao
