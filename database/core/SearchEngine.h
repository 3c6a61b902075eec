#pragma once

#include "ChineseConverter.h"
#include "SearchResults.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace huanjiao {

// Runs one search over a content database's search tables, in ranked tiers:
// exact name > name prefix > alias > pinyin and initials > names a whole
// question mentions > name contains > body text. Every tier is a bounded
// index lookup, so a keystroke costs the same at 100 or 100,000 topics.
// Use from one thread, on that thread's connection.
class SearchEngine
{
public:
    explicit SearchEngine(QSqlDatabase db);

    SearchResults search(const QString &text, const SearchOptions &options = {});

    // Builds the FTS5 query for terms: each a quoted phrase of single-character
    // tokens, all required; the last Latin term as a prefix. Empty if nothing to match.
    static QString ftsQuery(const QStringList &terms, bool prefixLast);

    struct Candidate;

private:
    void collect(QSqlQuery &query, int score, QHash<qint64, Candidate> *candidates, bool *capped);
    void bindFilters(QSqlQuery &query, const SearchOptions &options, int first);
    QList<SearchHit> hits(const QList<const Candidate *> &top);
    QString snippet(qint64 rowid, const QStringList &terms);
    QList<EntityRef> suggest(const QString &folded, const SearchOptions &options);

    QSqlDatabase m_db;
    ChineseConverter m_converter;
    QSqlQuery m_exact;
    QSqlQuery m_prefix;
    QSqlQuery m_names;
    QSqlQuery m_body;
    QSqlQuery m_text;
};

} // namespace huanjiao
