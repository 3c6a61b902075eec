// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <initializer_list>

namespace huanjiao {

// Why a search hit matched: what the index stored (search_key.match, as a code), what
// `--search --json` prints and what the result list says beside the name all
// come from the one table in MatchKind.cpp.
enum class MatchKind {
    Name,      // the name itself
    Alias,     // another formal name ("also called")
    LayName,   // what patients call it, or a common miswriting ("commonly called")
    Part,      // the distinctive part of a name (帕金森 for 帕金森病)
    English,   // the English name
    Pinyin,    // full pinyin of a name or alias
    Initials,  // pinyin initials
    Question,  // a name or alias found inside a whole question
    Homophone, // the same pinyin as a name written with other characters
    Symptom,   // a complaint the condition typically presents with
    Body,      // the text of the page
    SearchTerm, // a search-only word (a miswriting, a subtype, a name the page
                // does not show): found like a lay name, shown with no label,
                // so a stigmatising or wrong word is never presented as a name
};

// The stable name ("name", "alias", "lay-name", ...), as `--search` prints it.
QString matchKindName(MatchKind kind);

// The small number the index stores for a kind of key (-1 for the kinds that
// are never stored: question, homophone, body); "0,1,2" for an SQL IN list.
int matchKindCode(MatchKind kind);
QString matchKindCodes(std::initializer_list<MatchKind> kinds);
bool matchKindFromCode(qint64 code, MatchKind *kind);

// What a result shows beside its name for this kind of match, translated
// ("also called %1"), with the matched text filled in; empty for matches
// that need no explanation (the name, its pinyin).
QString matchKindLabel(MatchKind kind, const QString &matchedText);

} // namespace huanjiao
