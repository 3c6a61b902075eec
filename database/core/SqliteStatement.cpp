// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

#include <utility>

namespace huanjiao {

sqlite3 *SqliteStatement::handle(QSqlDatabase db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

SqliteStatement::SqliteStatement(QSqlDatabase db, const QString &sql)
    : m_handle(handle(db))
    , m_sql(sql.toUtf8())
{
    if (!m_handle)
        m_error = QStringLiteral("no SQLite connection");
}

sqlite3_stmt *SqliteStatement::prepared() const
{
    if (m_statement || m_sql.isEmpty() || !m_handle)
        return m_statement;
    const QByteArray sql = std::exchange(m_sql, QByteArray());
    if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    return m_statement;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_error(std::move(other.m_error))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_sql = std::move(other.m_sql);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

void SqliteStatement::reset()
{
    if (!m_statement) // nothing run yet, nothing to rewind
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (prepared())
        sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    if (!prepared())
        return;
    // Short text (a key, a name: nearly every bind of a build or a search)
    // is encoded on the stack, longer text in a buffer of its own; SQLite
    // copies it either way. A lone surrogate becomes U+FFFD.
    constexpr qsizetype kShort = 256;
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    char stack[kShort * 3];
    QByteArray heap;
    char *begin = stack;
    if (value.size() > kShort) {
        heap.resize(encoder.requiredSpace(value.size()));
        begin = heap.data();
    }
    const char *end = encoder.appendToBuffer(begin, value);
    sqlite3_bind_text(m_statement, index, begin, int(end - begin), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    if (prepared())
        sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::execute()
{
    if (!prepared())
        return false;
    const int result = sqlite3_step(m_statement);
    const bool ok = result == SQLITE_DONE || result == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    reset();
    return ok;
}

bool SqliteStatement::next()
{
    if (!prepared())
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    // SQLITE_ERROR is also what FTS5 says of a query it cannot parse.
    if (result != SQLITE_DONE && (result & 0xff) != SQLITE_ERROR)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

const char *SqliteStatement::latin1(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? data : "";
}

int SqliteStatement::textLength(int column) const
{
    return sqlite3_column_bytes(m_statement, column);
}

} // namespace huanjiao
