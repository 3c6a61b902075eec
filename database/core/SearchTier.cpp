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
    return QStringLiteral("k.label, k.match, k.label >> %1, k.entity, d.kind, d.name_length, d.popularity")
        .arg(kLabelLengthShift);
}

QString tierFrom()
{
    return QStringLiteral(" FROM search_key k JOIN search_doc d ON d.rowid = k.entity");
}

QString tierFilters(int first)
{
    return QStringLiteral(" AND (?%1 = '' OR d.kind = ?%1)"
                          " AND (?%2 = 0 OR d.department = ?%2 OR d.top_department = ?%2) LIMIT %3")
        .arg(first)
        .arg(first + 1)
        .arg(kTierLimit);
}

void bindTierFilters(SqliteStatement &statement, const SearchOptions &options, int first)
{
    statement.bind(first, options.kind ? kindName(*options.kind) : QStringLiteral(""));
    statement.bind(first + 1, options.department);
}

MatchKind storedMatchKind(qint64 code)
{
    MatchKind kind = MatchKind::Body;
    matchKindFromCode(code, &kind);
    return kind;
}

} // namespace huanjiao
