// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlConnection.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QSqlError>

#include <unistd.h>

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
    if (mode == Mode::ReadOnly && readImmutably(path)) {
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else if (mode == Mode::ReadOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    }
    db.open();
}

bool SqlConnection::isWalMode(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    // Bytes 18 and 19 of the header: the read and write versions, 2 for WAL.
    return header.size() == 20 && header.startsWith("SQLite format 3") && header.at(18) == 2;
}

bool SqlConnection::readImmutably(const QString &path)
{
    // A WAL database needs its -shm file, which a read-only connection cannot
    // make in a folder it cannot write. When the -wal file holds nothing, the
    // database file alone is the whole content, and nothing writes it in
    // place (content is replaced by renaming a new file over it): it is read
    // as immutable, with no -shm. With frames in the -wal that would be read
    // without them, so it is not (ContentDatabase says what is wrong).
    if (!isWalMode(path))
        return false;
    const QFileInfo info(path);
    if (QFileInfo(info.absolutePath()).isWritable() && ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) == 0)
        return false;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return !wal.exists() || wal.size() == 0;
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
