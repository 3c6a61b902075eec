// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace huanjiao {

// Checks that a content database has every table and index the program
// queries, each with the columns this build writes (DatabaseSchema's
// statements, as SQLite stored them in an empty database at build time, are
// the reference), and
// that the full-text indexes pass their own integrity check. A file whose
// header and meta table are fine can still have lost a table or have garbage
// in its full-text data; without this it would be used, silently giving
// empty names or wrong results.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // What is wrong, for people ("the table entity is missing"); empty when
    // nothing is. Reads only the schema: quick.
    static QString problem(QSqlDatabase content);
    // Whether every table and index is as this build's statements make it,
    // word for word: then problem() needs one query, not one per table.
    static bool madeByThisBuild(QSqlDatabase content);
    // FTS5's 'integrity-check' on every full-text index: reads the whole index
    // (a few milliseconds for the bundled content). Empty when they pass.
    // Opens the file itself: may be called from any thread.
    static QString fullTextProblem(const QString &path);
};

} // namespace huanjiao
