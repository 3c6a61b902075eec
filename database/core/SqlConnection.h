// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace huanjiao {

// Owns one named QSqlDatabase connection for its lifetime (RAII): Qt keeps
// connections in a global registry, and a connection left behind there keeps
// the file open. One object per thread: Qt Sql connections are not shared
// across threads.
class SqlConnection
{
public:
    enum class Mode { ReadOnly, ReadWriteCreate };
    // How long a read-only query waits for a lock held by another program.
    static constexpr int kBusyTimeoutMs = 1000;

    SqlConnection(const QString &path, Mode mode);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool isOpen() const;
    QString errorText() const;
    QSqlDatabase database() const;
    QString path() const { return m_path; }

    // The file is in WAL mode (its header says so).
    static bool isWalMode(const QString &path);
    // A read-only connection opens the file as immutable: a WAL database with
    // nothing in its -wal, in a folder that cannot be written.
    static bool readImmutably(const QString &path);

private:
    QString m_path;
    QString m_name;
};

} // namespace huanjiao
