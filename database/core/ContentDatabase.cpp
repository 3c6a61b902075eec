// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentDatabase.h"

#include "DatabaseSchema.h"
#include "SchemaCheck.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <unistd.h>

namespace huanjiao {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";

quint32 readBigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

// Reads the 100-byte SQLite header and checks the file is as long as it says.
OpenError::Code checkHeader(const QString &path, QString *detail)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *detail = file.errorString();
        return OpenError::Unreadable;
    }
    const qint64 size = file.size();
    if (size == 0)
        return OpenError::Empty;
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic)))
        return OpenError::NotSqlite;
    if (header.size() < 100)
        return OpenError::Truncated;
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = readBigEndian32(header, 28);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return OpenError::Corrupt;
    if (pages > 0 && size < qint64(pageSize) * pages) {
        *detail = QStringLiteral("%1 of %2 bytes").arg(size).arg(qint64(pageSize) * pages);
        return OpenError::Truncated;
    }
    return OpenError::None;
}

// SQLITE_BUSY and SQLITE_LOCKED: another connection holds a lock we need.
bool isLocked(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6;
}

OpenError::Code failure(const QSqlError &error)
{
    return isLocked(error) ? OpenError::Locked : OpenError::Corrupt;
}

} // namespace

QString OpenError::message() const
{
    const QString &file = path;
    switch (code) {
    case None:
        return {};
    case Missing:
        return ContentDatabase::tr("The content database %1 was not found. Reinstall Huanjiao or choose "
                                   "another database with --database.")
            .arg(file);
    case Unreadable:
        return ContentDatabase::tr("The content database %1 cannot be read (%2). Check its permissions.")
            .arg(file, detail);
    case Empty:
        return ContentDatabase::tr("The content database %1 is empty. Rebuild it or reinstall the content "
                                   "package.")
            .arg(file);
    case NotSqlite:
        return ContentDatabase::tr("%1 is not a content database (it is not an SQLite file). Choose the "
                                   "huanjiao.sqlite file that came with the program.")
            .arg(file);
    case Truncated:
        return ContentDatabase::tr("The content database %1 is incomplete; it may have been cut short while "
                                   "copying. Copy or rebuild it again.")
            .arg(file);
    case Corrupt:
        if (!detail.isEmpty())
            return ContentDatabase::tr("The content database %1 is damaged and cannot be used: %2. Rebuild it or "
                                       "reinstall the content package.")
                .arg(file, detail);
        return ContentDatabase::tr("The content database %1 is damaged and cannot be read. Rebuild it or "
                                   "reinstall the content package.")
            .arg(file);
    case Foreign:
        return ContentDatabase::tr("%1 is an SQLite database of another program, not Huanjiao content. "
                                   "Choose the huanjiao.sqlite file that came with the program.")
            .arg(file);
    case TooOld:
        return ContentDatabase::tr("The content database %1 was made for an older version of Huanjiao "
                                   "(schema %2). Rebuild it with this version's huanjiao-content.")
            .arg(file, detail);
    case Locked:
        return ContentDatabase::tr("The content database %1 is locked by another program that is changing it. "
                                   "Wait until that program has finished (or close it) and start Huanjiao again.")
            .arg(file);
    case Journal:
        return ContentDatabase::tr("The content database %1 has an unfinished change: the journal %1-journal was left "
                                   "by a program stopped while it wrote to the database, which cannot be read "
                                   "safely until that change is undone. Open it once with write access (for "
                                   "example with sqlite3), or rebuild it.")
            .arg(file);
    case WalUnreadable:
        return ContentDatabase::tr("The content database %1 is in WAL mode and has changes in %1-wal that are not "
                                   "yet in the file, in a folder that cannot be written, so they cannot be read. "
                                   "Copy the database, its -wal file and its -shm file to a folder that can be "
                                   "written, or rebuild it.")
            .arg(file);
    case TooNew:
        return ContentDatabase::tr("The content database %1 needs a newer version of Huanjiao (schema %2). "
                                   "Update the program.")
            .arg(file, detail);
    }
    return {};
}

ContentDatabase::ContentDatabase(const QString &path)
    : m_connection(path, SqlConnection::Mode::ReadOnly)
{
}

std::unique_ptr<ContentDatabase> ContentDatabase::open(const QString &path, OpenError *error)
{
    *error = OpenError{OpenError::None, path, {}};
    const QFileInfo fileInfo(path);
    if (path.isEmpty() || !fileInfo.exists()) {
        error->code = OpenError::Missing;
        return nullptr;
    }
    if (!fileInfo.isFile()) {
        error->code = OpenError::NotSqlite;
        return nullptr;
    }
    error->code = checkHeader(path, &error->detail);
    if (error->code != OpenError::None)
        return nullptr;
    // A hot journal: SQLite would have to write to undo it, and this
    // connection is read-only (SQLite's journal header begins with these bytes).
    {
        QFile journal(path + QStringLiteral("-journal"));
        static const QByteArray journalMagic("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
        if (journal.open(QIODevice::ReadOnly) && journal.read(8) == journalMagic) {
            error->code = OpenError::Journal;
            return nullptr;
        }
    }
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (SqlConnection::isWalMode(path) && wal.exists() && wal.size() > 0
        && ::access(QFile::encodeName(fileInfo.absolutePath()).constData(), W_OK) != 0
        && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        error->code = OpenError::WalUnreadable;
        return nullptr;
    }

    std::unique_ptr<ContentDatabase> db(new ContentDatabase(path));
    if (!db->m_connection.isOpen()) {
        error->code = OpenError::Corrupt;
        error->detail = db->m_connection.errorText();
        return nullptr;
    }
    QSqlQuery q(db->database());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        error->code = failure(q.lastError());
        error->detail = q.lastError().text();
        return nullptr;
    }
    if (q.value(0).toInt() != DatabaseSchema::kApplicationId) {
        error->code = OpenError::Foreign;
        return nullptr;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        error->code = failure(q.lastError());
        error->detail = q.lastError().text();
        return nullptr;
    }
    const int version = q.value(0).toInt();
    if (version != DatabaseSchema::kVersion) {
        error->code = version < DatabaseSchema::kVersion ? OpenError::TooOld : OpenError::TooNew;
        error->detail = QString::number(version);
        return nullptr;
    }
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        error->code = failure(q.lastError());
        error->detail = q.lastError().text();
        return nullptr;
    }
    ContentInfo &info = db->m_info;
    info.schemaVersion = version;
    QMap<int, ContentMeta> layers;
    static const QRegularExpression layerKey(QRegularExpression::anchoredPattern(QStringLiteral("layer\\.(\\d+)\\.([a-z]+)")));
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (const auto m = layerKey.match(key); m.hasMatch()) {
            ContentMeta &layer = layers[m.captured(1).toInt()];
            const QString part = m.captured(2);
            if (part == QLatin1String("id"))
                layer.id = value;
            else if (part == QLatin1String("name"))
                layer.name = value;
            else if (part == QLatin1String("version"))
                layer.version = value;
            else if (part == QLatin1String("sample"))
                layer.sample = value == QLatin1String("yes");
        } else if (key == QLatin1String("content_id"))
            info.contentId = value;
        else if (key == QLatin1String("content_name"))
            info.contentName = value;
        else if (key == QLatin1String("content_version"))
            info.contentVersion = value;
        else if (key == QLatin1String("build_date"))
            info.buildDate = value;
        else if (key == QLatin1String("sample"))
            info.sample = value == QLatin1String("yes");
    }
    info.layers = layers.values();
    if (info.layers.isEmpty()) // built before layers were recorded: the content is its one layer
        info.layers.append({info.contentId, info.contentName, info.contentVersion, info.sample, {}, {}});
    if (info.contentVersion.isEmpty()) {
        error->code = OpenError::Corrupt;
        error->detail = tr("it has no content version");
        return nullptr;
    }
    // Every table and index the program reads, with its columns: a file that
    // lost one would otherwise show pages with empty names.
    if (const QString problem = SchemaCheck::problem(db->database()); !problem.isEmpty()) {
        error->code = OpenError::Corrupt;
        error->detail = problem;
        return nullptr;
    }
    return db;
}

} // namespace huanjiao
