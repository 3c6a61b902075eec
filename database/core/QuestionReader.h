// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SearchResults.h"
#include "SearchTier.h"

#include "SqliteStatement.h"

#include <QSqlDatabase>
#include <QString>

namespace huanjiao {

// Reads a whole question ("面肌痉挛能治好吗", "乙肝大三阳严重吗") for the topics
// it names: the names, aliases, lay names, distinctive parts of names and
// symptom words it contains, cut into words the way the word lexicon reads the
// question, so that a name read across a word boundary ranks below one read
// whole. Conditions before the drugs, tests and departments it also names.
// Use from one thread, on that thread's connection.
class QuestionReader
{
public:
    explicit QuestionReader(QSqlDatabase db);

    // Adds the topics compact (a folded search key without spaces) names to
    // candidates; sets *capped when a lookup reached the tier bound.
    void read(const QString &compact, const SearchOptions &options, SearchCandidates *candidates, bool *capped);
    // A query of several Latin words ("heart attack symptoms", "tongfeng
    // fazuo"): the names, English names and pinyin spellings that runs of its
    // words are. key is the folded search key, words apart.
    void readWords(const QString &key, const SearchOptions &options, SearchCandidates *candidates, bool *capped);

    // The first lookup that failed since clearError(); empty if none.
    QString error() const;
    void clearError();

private:
    QSqlDatabase m_db;
    int m_longestKey = 0;
    qint64 m_wordTotal = 0; // the lexicon's frequencies added up
    QString m_error;
    // Prepared once: the pieces and words go in as one JSON array each.
    SqliteStatement m_names;
    SqliteStatement m_latin;  // names, English names, pinyin: any of a JSON array
    SqliteStatement m_gapped; // names and symptom words: any of a JSON array
    SqliteStatement m_words;
};

} // namespace huanjiao
