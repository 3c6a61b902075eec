// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChineseConverter.h"
#include "CrisisPhrases.h"
#include "Pinyin.h"
#include "PinyinTypos.h"
#include "QuestionWords.h"
#include "QuestionReader.h"
#include "ReadTransaction.h"
#include "SearchResults.h"
#include "SearchTier.h"
#include "SqliteStatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <array>

namespace huanjiao {

// Runs one search over a content database's search tables, in ranked tiers:
// exact name > name prefix > alias and lay name > pinyin and initials > names
// a whole question mentions > name contains > homophones > symptom words >
// body text. Every tier is a bounded index lookup, so a keystroke costs about
// the same at 100 or 100,000 topics. A query that signals danger also carries
// a crisis notice, from the reviewed phrase list. Use from one thread, on that
// thread's connection.
class SearchEngine
{
public:
    explicit SearchEngine(QSqlDatabase db);

    SearchResults search(const QString &text, const SearchOptions &options = {});

    // Builds the FTS5 query for terms: each a quoted phrase of tokens, all
    // required; the last Latin term as a prefix once it has prefixFrom letters
    // (0: never). Tokens are single characters, overlapping pairs of them as
    // in the body text, where a lone Chinese character typed alone cannot be
    // looked up, or pairs as in the index of names (TextNormalizer::queryPairs),
    // where a term that starts with one cannot. Then the query is empty; it
    // is also empty if there is nothing to match.
    enum class Tokens { Characters, Pairs, NamePairs };
    static QString ftsQuery(const QStringList &terms, int prefixFrom, Tokens tokens = Tokens::Characters);

    using Candidate = SearchCandidate;

private:
    using Candidates = SearchCandidates;

    void collect(SqliteStatement &statement, int score, Candidates *candidates, bool *capped);
    void bindFilters(SqliteStatement &statement, const SearchOptions &options, int first);
    void keyTiers(const QString &key, const SearchOptions &options, Candidates *candidates, bool *capped);
    void homophones(const QString &compact, const SearchOptions &options, Candidates *candidates, bool *capped);
    void pinyinTypos(const QString &compact, const SearchOptions &options, Candidates *candidates, bool *capped);
    QList<SearchHit> hits(const QList<const Candidate *> &top);
    void snippets(QList<SearchHit> *hits, const QStringList &terms);
    // Whether limit candidates already rank above every row a tier scoring at
    // most tierBest could add: then that tier cannot change what is shown.
    static bool decided(const Candidates &candidates, int tierBest, int limit);
    // For people: the first statement that failed to read the file; empty if none.
    QString failure();
    // Every statement the engine runs, to clear and check their errors together.
    std::array<SqliteStatement *, 11> statements();
    QList<EntityRef> suggest(const QString &compact, const SearchOptions &options);

    QSqlDatabase m_db;
    QuestionReader m_questions;
    ChineseConverter m_converter;
    Pinyin m_pinyin;
    PinyinTypos m_typos;
    QuestionWords m_questionWords;
    CrisisPhrases m_crisis;
    bool m_latinKey = false; // the key being looked up is letters and digits only
    int m_typedLength = 0; // characters of the query, spaces aside
    SqliteStatement m_exact;
    SqliteStatement m_prefix;
    SqliteStatement m_pinyinKey;
    SqliteStatement m_pinyinKeys; // whole pinyin keys, any of a JSON array
    SqliteStatement m_names; // labels containing a phrase of single characters
    SqliteStatement m_pairs; // the same, in pairs of characters: the usual, cheaper way
    SqliteStatement m_body;
    // The rows of the hits shown, a batch at a time rather than one statement per row.
    SqliteStatement m_entities;
    SqliteStatement m_labels;
    SqliteStatement m_texts;
    SqliteStatement m_page;
    ReadTransaction m_transaction; // one per search, not one per statement
};

} // namespace huanjiao
