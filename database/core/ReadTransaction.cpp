// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadTransaction.h"

#include <sqlite3.h>

namespace huanjiao {

ReadTransaction::ReadTransaction(QSqlDatabase db)
    : m_handle(SqliteStatement::handle(db))
    , m_begin(db, QStringLiteral("BEGIN"))
    , m_commit(db, QStringLiteral("COMMIT"))
{
}

bool ReadTransaction::begin()
{
    if (m_open || !m_begin.isValid())
        return m_open;
    // A transaction someone else opened on this connection is theirs to end.
    if (!sqlite3_get_autocommit(m_handle))
        return false;
    m_begin.next();
    m_begin.reset();
    m_open = !sqlite3_get_autocommit(m_handle);
    return m_open;
}

void ReadTransaction::end()
{
    if (!m_open)
        return;
    m_commit.next();
    m_commit.reset();
    m_open = false;
}

} // namespace huanjiao
