// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include "Progress.h"

namespace huanjiao {

class Pinyin;

// Builds the search tables of a content database from its entity tables:
//  - search_label: every text an entity is found by (name, alias, lay name,
//    search term, English name, symptom word), once, shorter labels first;
//  - search_key: the exact and prefix keys of those labels (their folded text,
//    pinyin, initials, the distinctive part of a name), sorted by key;
//  - search_doc: each entity's kind, department, name length and rank;
//  - search_name: FTS5 over the labels, one token per Chinese character, for
//    "name contains" a term that starts with a lone character (面, 部CT);
//  - search_pair: FTS5 over the labels in pairs of adjacent Chinese
//    characters, each run led by its first one, for "name contains" the rest;
//  - search_body: FTS5 over all of an entity's text, in pairs;
//  - search_text: the plain text, for snippets.
class SearchIndexWriter
{
public:
    // Reports the entities indexed, as it goes.
    static bool build(QSqlDatabase db, const Pinyin &pinyin, QString *error, const Progress &progress = {});
};

} // namespace huanjiao
