// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteStatement.h"

namespace huanjiao {

// One read transaction around a burst of statements (a keystroke's search):
// without it SQLite opens and closes one per statement, and on a WAL file
// each of those takes and drops a read lock and checks the log again, which
// costs more than the small lookups themselves. The statements are prepared
// once; begin() and end() are cheap. Use from the connection's own thread.
class ReadTransaction
{
public:
    ReadTransaction() = default;
    explicit ReadTransaction(QSqlDatabase db);

    // Begins a transaction unless one is open; false if SQLite refused.
    bool begin();
    // Ends the transaction begin() opened (statements still stepping are
    // reset by their owners first; a read has nothing to commit).
    void end();
    bool isOpen() const { return m_open; }

    // Holds a transaction open for its scope.
    class Scope
    {
    public:
        explicit Scope(ReadTransaction &t)
            : m_transaction(t)
        {
            m_transaction.begin();
        }
        ~Scope() { m_transaction.end(); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        ReadTransaction &m_transaction;
    };

private:
    sqlite3 *m_handle = nullptr;
    SqliteStatement m_begin;
    SqliteStatement m_commit;
    bool m_open = false;
};

} // namespace huanjiao
