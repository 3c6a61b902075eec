// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the content pipeline tests: files, folders and a
// row-by-row dump of a database for comparisons.

#include "SqlConnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace huanjiao::test {

inline QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

// Every file below `directory`, relative, sorted.
inline QStringList filesBelow(const QString &directory)
{
    QStringList list;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        list.append(QDir(directory).relativeFilePath(it.next()));
    list.sort();
    return list;
}

// Path -> contents of every file below `directory`.
inline QMap<QString, QByteArray> folderContents(const QString &directory)
{
    QMap<QString, QByteArray> map;
    for (const QString &file : filesBelow(directory))
        map.insert(file, readFile(QDir(directory).filePath(file)));
    return map;
}

inline void copyFolder(const QString &from, const QString &to)
{
    for (const QString &file : filesBelow(from))
        writeFile(QDir(to).filePath(file), readFile(QDir(from).filePath(file)));
}

// Every row of every table (rowids included), in storage order, plus the
// schema: two databases with the same dump hold the same rows in the same order.
inline QStringList dumpDatabase(const QString &path)
{
    SqlConnection connection(path, SqlConnection::Mode::ReadOnly);
    QStringList lines;
    QSqlQuery tables(connection.database());
    tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next()) {
        names.append(tables.value(0).toString());
        lines.append(QStringLiteral("schema ") + tables.value(1).toString());
    }
    for (const QString &name : std::as_const(names)) {
        // Table names come from sqlite_master of our own test database, not from users.
        QSqlQuery rows(connection.database());
        if (!rows.exec(QStringLiteral("SELECT rowid, * FROM \"%1\"").arg(name)))
            rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name)); // WITHOUT ROWID
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            lines.append(name + QLatin1Char('|') + values.join(QLatin1Char('|')));
        }
    }
    for (const char *pragma : {"user_version", "application_id"}) {
        QSqlQuery q(connection.database());
        q.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma));
        q.next();
        lines.append(QLatin1String(pragma) + QLatin1Char('=') + q.value(0).toString());
    }
    return lines;
}

} // namespace huanjiao::test
