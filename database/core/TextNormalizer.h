// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace huanjiao {

// Folding and tokenising shared by the search index builder and the query
// side, so that both see text the same way.
namespace TextNormalizer {

// NFKC (full-width to half-width), case folding, no control or invisible
// format characters, single spaces; at most maxLength characters.
QString fold(const QString &text, int maxLength = 256);

// Search tokens: each Chinese (or other CJK) character is a token of its own;
// runs of other letters and digits are one token each; the rest separates.
QStringList tokens(const QString &folded);

// The tokens joined by spaces: what the FTS5 unicode61 tokenizer indexes as
// one token per Chinese character, which makes 1- and 2-character queries work.
QString spaced(const QString &folded);

// Tokens for long text: a run of Chinese characters becomes its overlapping
// pairs (面肌痉挛 -> 面肌 肌痉 痉挛), a lone character stays itself. A phrase of
// pairs finds the same places as a phrase of characters, but each pair's list
// of places is short, so a rare phrase of common characters is found quickly.
QStringList bigrams(const QString &folded);

// The pairs of a name, for the index of names: as bigrams(), and each run of
// two characters or more also starts with its first character (2型糖尿病 ->
// 2 型 型糖 糖尿 尿病), so that what follows letters or digits in a query, even
// one character (Ⅲ型 -> iii 型), has a token to match.
QStringList namePairs(const QString &folded);
// The tokens of a query term for that index: its pairs, with the first
// character of every run that letters or digits come before (b超 -> b 超);
// empty when the term starts with a lone character (面, 部CT), which in a
// name may be the end of a longer run.
QStringList queryPairs(const QString &folded);

bool isCjkCharacter(char32_t c);

// Variant spellings folded to one form (综合症 -> 综合征, 梗塞 -> 梗死), from the
// table in database/search/variants.txt; for folded, simplified text.
QString foldVariants(const QString &folded);

// The form names are looked up by, on both sides: folded variants, and no
// punctuation or symbols (格林-巴利 and 格林巴利 are one key); single spaces.
QString searchKey(const QString &folded);

} // namespace TextNormalizer
} // namespace huanjiao
