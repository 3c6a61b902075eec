// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include "Progress.h"

namespace huanjiao {

class Pinyin;

// Builds the search tables of a content database from its entity tables:
//  - search_key: exact and prefix keys (name, alias, English, pinyin, initials),
//    ordered so that shorter names come first;
//  - search_name: FTS5 over names, aliases and English names, one token per
//    Chinese character, for "name contains";
//  - search_body: FTS5 over all of an entity's text, the same way;
//  - search_text: the plain text, for snippets.
class SearchIndexWriter
{
public:
    // Reports the entities indexed, as it goes.
    static bool build(QSqlDatabase db, const Pinyin &pinyin, QString *error, const Progress &progress = {});
};

} // namespace huanjiao
