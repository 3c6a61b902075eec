// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace huanjiao::DatabaseSchema {

// PRAGMA user_version of the layout below; bump it on every change of layout.
// 2: search keys carry popularity and match kinds for patients' words; search_info, search_word.
// 3: search_label holds each label once; search_key is a WITHOUT ROWID table of keys, match codes and label ids.
// 4: search_pair, the labels in pairs of characters for "name contains".
// 5: search_pair's runs start with their first character (2 型 型糖 糖尿 尿病).
constexpr int kVersion = 5;

// The full-text indexes keep the rows of every Latin word's first three
// letters (FTS5 prefix='3'), so that a three-letter prefix query (inf*) reads
// one list instead of merging those of every word it covers; shorter
// prefixes are not searched, longer ones merge the fewer words they cover.
constexpr int kPrefixLength = 3;
// PRAGMA application_id: tells our databases apart from other programs' files.
constexpr int kApplicationId = 0x484A4442; // "HJDB"

// The layout, in one place: the statements that make each part's tables,
// and the indexes the writers make once their rows are in.
QStringList contentTables(); // entities, their names, fields, sections and relations
QStringList contentIndexes();
QStringList searchTables(); // SearchIndexWriter's keys, full-text tables and snippets
QStringList mentionTables(); // MentionIndexWriter's links inside the text
QStringList mentionIndexes();
QStringList listTables(); // ListIndexWriter's lists and A-Z positions

// Every table, as an empty content database is made.
QStringList tables();
// Tables and indexes, as a finished content database has them.
QStringList everything();

} // namespace huanjiao::DatabaseSchema
