// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace huanjiao {

// Builds the tables the browser's lists read, so that every list operation is
// an index lookup however many rows there are:
//  - list_entry: each entity's position in its kind's list (scope 0) and in
//    the list of every department above it (scope = department rowid), in
//    sort-key order; a list row is found by position, in either direction;
//  - list_letter: per list, the first position and the number of entries of
//    each pinyin initial (A-Z, '#' for the rest): the A-Z bar and the counts;
//  - common_topic: the conditions most written and talked about, for the
//    home page.
class ListIndexWriter
{
public:
    // Runs after the entity, relation and mention tables are written.
    static bool build(QSqlDatabase db, QString *error);

    // The index letter of a sort key: 'A'..'Z', or '#' for anything else.
    static QChar letterOf(const QString &sortKey);
};

} // namespace huanjiao
