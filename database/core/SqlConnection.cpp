// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlConnection.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace huanjiao {

namespace {
QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("huanjiao-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

SqlConnection::SqlConnection(const QString &path, Mode mode)
    : m_path(path)
    , m_name(uniqueConnectionName())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    // A file another program holds locked makes a query wait this long and
    // then fail as busy, rather than hang (Qt's default is 5 s).
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    db.open();
}

SqlConnection::~SqlConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::isOpen() const
{
    return QSqlDatabase::database(m_name, false).isOpen();
}

QString SqlConnection::errorText() const
{
    return QSqlDatabase::database(m_name, false).lastError().text();
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace huanjiao
