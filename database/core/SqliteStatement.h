// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace huanjiao {

// A prepared SQLite statement on a Qt Sql connection's handle, for the few
// queries run on every keystroke: binding and reading columns directly skips
// Qt's per-row QVariant caching and UTF-16 conversion, which cost more than
// the queries themselves. Owns the statement (RAII); not copyable. Parameters
// are always bound, never formatted into the SQL. Prepared when first used,
// not when made: an engine holds a statement for every shape of query, and a
// command that runs one search should not pay for parsing all of them.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(QSqlDatabase db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    // The sqlite3 handle behind a QSQLITE connection, or null.
    static sqlite3 *handle(QSqlDatabase db);

    bool isValid() const { return prepared() != nullptr; }
    // Clears bindings and rewinds, ready for the next run.
    void reset();
    void bind(int index, qint64 value);       // index from 1, as in SQLite
    void bind(int index, const QString &value);
    void bindNull(int index);
    // Runs a statement that returns no rows (an insert) and resets it for the
    // next; false, with error() set, if it failed.
    bool execute();
    // Steps to the next row; false at the end or on an error.
    bool next();
    // Why the statement could not be prepared (a table or column missing), or
    // the last step failed reading the file (damaged, I/O); empty if neither.
    // A malformed full-text query is not such an error: it finds nothing.
    // Asking does not prepare it: a statement not used yet has not failed
    // (isValid() prepares, for callers that check up front).
    QString error() const { return m_error; }
    // Forgets a step's error (not a failed prepare): before the next search.
    void clearError()
    {
        if (m_statement)
            m_error.clear();
    }

    qint64 integer(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    // The column's bytes, valid until the next step or reset (for short ASCII codes).
    const char *latin1(int column) const;
    int textLength(int column) const; // in bytes of UTF-8

private:
    // The statement, prepared now if it has not been; null if it cannot be.
    sqlite3_stmt *prepared() const;

    sqlite3 *m_handle = nullptr;
    mutable QByteArray m_sql; // UTF-8, until prepared
    mutable sqlite3_stmt *m_statement = nullptr;
    mutable QString m_error;
};

} // namespace huanjiao
