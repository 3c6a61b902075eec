// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Files to open as content databases, in a temporary folder of their own:
// any bytes, or a copy of the bundled database with one PRAGMA changed. The
// tests of refusing a bad database (and of what the user is then told) share it.

#include "SqlConnection.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace huanjiao::test {

class DatabaseFiles
{
public:
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Writes `bytes` to `name`; the file's path.
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    // The bundled database, byte for byte.
    static QByteArray bundled()
    {
        QFile file(QStringLiteral(HUANJIAO_TEST_DATABASE));
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }

    // A copy of the bundled database with one PRAGMA changed.
    QString withPragma(const QString &name, const QString &pragma) const
    {
        const QString path = write(name, bundled());
        SqlConnection connection(path, SqlConnection::Mode::ReadWriteCreate);
        QSqlQuery(connection.database()).exec(QStringLiteral("PRAGMA ") + pragma);
        return path;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace huanjiao::test
