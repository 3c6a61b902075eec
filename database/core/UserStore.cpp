// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace huanjiao {

namespace {

constexpr int kApplicationId = 0x484a5553; // "HJUS"
const auto kFormat = QStringLiteral("huanjiao-bookmarks");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Topic, kind and day, and how many: the table can hold nothing else.
bool createHandoutCounts(QSqlQuery &query)
{
    return query.exec(QStringLiteral("CREATE TABLE handout_counts (topic TEXT NOT NULL, kind TEXT NOT NULL,"
                                     " day TEXT NOT NULL, handed INTEGER NOT NULL,"
                                     " PRIMARY KEY (topic, kind, day)) WITHOUT ROWID"));
}

QList<UserItem> items(QSqlQuery &query)
{
    QList<UserItem> result;
    while (query.next()) {
        UserItem item;
        item.id = query.value(0).toLongLong();
        item.url = QUrl(query.value(1).toString());
        item.title = query.value(2).toString();
        item.when = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        result.append(item);
    }
    return result;
}

} // namespace

QString UserStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/user.sqlite");
}

UserStore::UserStore(const QString &path)
    : m_connection(path, SqlConnection::Mode::ReadWriteCreate)
{
}

UserStore::~UserStore() = default;

std::unique_ptr<UserStore> UserStore::open(const QString &path, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the folder %1 for bookmarks and recently viewed pages.")
                         .arg(QDir::toNativeSeparators(folder));
        return nullptr;
    }
    // What people viewed is theirs: the file is made readable by its owner
    // only before SQLite opens it (its -wal and -shm files take the same
    // mode), and one left readable by an earlier version is closed up.
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::close(fd);
    struct stat info {};
    if (::stat(name.constData(), &info) == 0 && S_ISREG(info.st_mode) && info.st_uid == ::geteuid()
        && (info.st_mode & 077) != 0)
        ::chmod(name.constData(), info.st_mode & 0700);
    std::unique_ptr<UserStore> store(new UserStore(path));
    if (!store->prepare(error))
        return nullptr;
    return store;
}

namespace {

struct TableSpec
{
    QString name;
    QStringList columns;
    QString create;
};

const QList<TableSpec> &tables()
{
    static const QList<TableSpec> specs{
        {QStringLiteral("bookmarks"),
         {QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("title"), QStringLiteral("added")},
         QStringLiteral("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE,"
                        " title TEXT NOT NULL, added INTEGER NOT NULL)")},
        {QStringLiteral("recent"),
         {QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("title"), QStringLiteral("viewed")},
         QStringLiteral("CREATE TABLE recent (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE,"
                        " title TEXT NOT NULL, viewed INTEGER NOT NULL)")},
    };
    return specs;
}

// The table's columns in order; empty when there is no such table.
QStringList columnsOf(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    query.addBindValue(table);
    QStringList columns;
    if (query.exec()) {
        while (query.next())
            columns.append(query.value(0).toString());
    }
    return columns;
}

} // namespace

bool UserStore::prepare(QString *error)
{
    const QString shown = QDir::toNativeSeparators(m_connection.path());
    const auto failed = [&](const QString &detail) {
        if (error)
            *error = tr("Cannot open the bookmarks file %1: %2").arg(shown, detail);
        return false;
    };
    if (!m_connection.isOpen())
        return failed(m_connection.errorText());
    QSqlDatabase db = m_connection.database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return failed(query.lastError().text());
    const int application = query.value(0).toInt();
    query.exec(QStringLiteral("PRAGMA user_version"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return failed(query.lastError().text());
    const bool empty = query.value(0).toInt() == 0;
    // Someone else's SQLite file at this path (no id, or another id, and
    // tables of its own) is left exactly as it is: not a table added, not
    // switched to WAL.
    if ((application != 0 && application != kApplicationId) || (application == 0 && !empty))
        return failed(tr("it is not a Huanjiao bookmarks file but belongs to another program; it was left "
                         "untouched. Move it away to keep bookmarks; until then there are none."));
    if (version > kVersion)
        return failed(tr("it was written by a newer version of Huanjiao."));
    // WAL must be set outside a transaction; it stays set in the file.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()
        || query.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return failed(query.lastError().isValid() ? query.lastError().text() : tr("the folder cannot be written."));
    query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    query.exec(QStringLiteral("PRAGMA busy_timeout=2000"));

    // Ours, new or old: every table with the columns used here. A table that
    // is missing or has other columns is made again, after a copy of the
    // whole file is kept beside it.
    QStringList broken;
    for (const TableSpec &table : tables()) {
        if (columnsOf(db, table.name) != table.columns)
            broken.append(table.name);
    }
    if (!empty && !broken.isEmpty()) {
        query.finish(); // VACUUM INTO needs no statement in progress
        const QString copy = m_connection.path() + QStringLiteral(".broken-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QSqlQuery backup(db);
        backup.prepare(QStringLiteral("VACUUM INTO ?"));
        backup.addBindValue(copy);
        if (!backup.exec())
            return failed(tr("its tables %1 are damaged, and no copy could be kept before mending them (%2); "
                             "nothing was changed.")
                              .arg(broken.join(QStringLiteral(", ")), backup.lastError().text()));
        ::chmod(QFile::encodeName(copy).constData(), 0600);
        m_repairNote = tr("The bookmarks file %1 had damaged tables (%2); they were made again, empty. "
                          "A copy of the file as it was is kept at %3.")
                           .arg(shown, broken.join(QStringLiteral(", ")), QDir::toNativeSeparators(copy));
    }
    if (!broken.isEmpty()) {
        db.transaction();
        bool made = true;
        for (const TableSpec &table : tables()) {
            if (!broken.contains(table.name))
                continue;
            made = made && query.exec(QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(table.name))
                && query.exec(table.create);
        }
        made = made && query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS recent_viewed ON recent(viewed)"))
            && query.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId))
            && query.exec(QStringLiteral("PRAGMA user_version=%1").arg(kVersion));
        if (!made || !db.commit()) {
            const QString detail = query.lastError().text();
            db.rollback();
            return failed(detail.isEmpty() ? db.lastError().text() : detail);
        }
    }
    // Version 1 had no handout counts: added, nothing else touched.
    if (columnsOf(db, QStringLiteral("handout_counts")).isEmpty()) {
        db.transaction();
        const bool upgraded =
            createHandoutCounts(query) && query.exec(QStringLiteral("PRAGMA user_version=%1").arg(kVersion));
        if (!upgraded || !db.commit()) {
            const QString detail = query.lastError().text();
            db.rollback();
            return failed(detail.isEmpty() ? db.lastError().text() : detail);
        }
    }
    return true;
}

bool UserStore::countHandout(const QString &topic, const QString &kind, const QDate &day)
{
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO handout_counts (topic, kind, day, handed) VALUES (?, ?, ?, 1)"
                                 " ON CONFLICT(topic, kind, day) DO UPDATE SET handed = handed + 1"));
    query.addBindValue(topic);
    query.addBindValue(kind);
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec() || !db.commit()) {
        const QString detail = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        db.rollback();
        return fail(detail);
    }
    m_error.clear();
    return true;
}

QList<HandoutCount> UserStore::handoutCounts() const
{
    QList<HandoutCount> result;
    QSqlQuery query(m_connection.database());
    query.exec(QStringLiteral("SELECT topic, kind, day, handed FROM handout_counts ORDER BY day DESC, topic, kind"));
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(),
                       QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toInt()});
    return result;
}

bool UserStore::clearHandoutCounts()
{
    return deleteAll(QStringLiteral("DELETE FROM handout_counts"));
}

QByteArray UserStore::exportHandoutCountsCsv() const
{
    // RFC 4180 quoting; topics are addresses, but quote anyway so no value can break a row.
    const auto field = [](const QString &value) {
        QString quoted = value;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    };
    QByteArray csv("\xEF\xBB\xBF");
    csv += "topic,kind,date,count\r\n";
    for (const HandoutCount &c : handoutCounts()) {
        csv += QStringList{field(c.topic), field(c.kind), c.day.toString(Qt::ISODate), QString::number(c.count)}
                   .join(QLatin1Char(','))
                   .toUtf8();
        csv += "\r\n";
    }
    return csv;
}

bool UserStore::fail(const QString &message)
{
    m_error = tr("Your bookmarks could not be saved (%1). Nothing was changed.").arg(message);
    return false;
}

qint64 UserStore::addBookmark(const QUrl &url, const QString &title)
{
    QSqlDatabase db = m_connection.database();
    QSqlQuery query(db);
    if (!db.transaction()) {
        fail(db.lastError().text());
        return 0;
    }
    query.prepare(QStringLiteral("INSERT INTO bookmarks (url, title, added) VALUES (?, ?, ?)"
                                 " ON CONFLICT(url) DO NOTHING"));
    query.addBindValue(url.toString());
    query.addBindValue(title);
    query.addBindValue(nowMs());
    if (!query.exec()) {
        const QString detail = query.lastError().text();
        db.rollback();
        fail(detail);
        return 0;
    }
    query.prepare(QStringLiteral("SELECT id FROM bookmarks WHERE url = ?"));
    query.addBindValue(url.toString());
    const qint64 id = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        fail(detail);
        return 0;
    }
    m_error.clear();
    return id;
}

bool UserStore::removeBookmark(const QUrl &url)
{
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM bookmarks WHERE url = ?"));
    query.addBindValue(url.toString());
    if (!query.exec() || !db.commit()) {
        const QString detail = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        db.rollback();
        return fail(detail);
    }
    m_error.clear();
    return true;
}

bool UserStore::isBookmarked(const QUrl &url) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT 1 FROM bookmarks WHERE url = ?"));
    query.addBindValue(url.toString());
    return query.exec() && query.next();
}

QList<UserItem> UserStore::bookmarks() const
{
    QSqlQuery query(m_connection.database());
    query.exec(QStringLiteral("SELECT id, url, title, added FROM bookmarks ORDER BY added DESC, id DESC"));
    return items(query);
}

bool UserStore::addRecent(const QUrl &url, const QString &title)
{
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    // Never earlier than the newest entry: two pages opened in the same
    // millisecond (or a clock set back) still list in the order seen.
    query.prepare(QStringLiteral("INSERT INTO recent (url, title, viewed)"
                                 " VALUES (?, ?, MAX(?, (SELECT COALESCE(MAX(viewed), 0) + 1 FROM recent)))"
                                 " ON CONFLICT(url) DO UPDATE SET title = excluded.title, viewed = excluded.viewed"));
    query.addBindValue(url.toString());
    query.addBindValue(title);
    query.addBindValue(nowMs());
    bool ok = query.exec();
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM recent WHERE id NOT IN"
                                     " (SELECT id FROM recent ORDER BY viewed DESC, id DESC LIMIT ?)"));
        query.addBindValue(kRecentLimit);
        ok = query.exec();
    }
    if (!ok || !db.commit()) {
        const QString detail = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        db.rollback();
        return fail(detail);
    }
    m_error.clear();
    return true;
}

bool UserStore::clearRecent()
{
    return deleteAll(QStringLiteral("DELETE FROM recent"));
}

bool UserStore::deleteAll(const QString &statement)
{
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    if (!query.exec(statement) || !db.commit()) {
        const QString detail = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        db.rollback();
        return fail(detail);
    }
    m_error.clear();
    return true;
}

QList<UserItem> UserStore::recent() const
{
    QSqlQuery query(m_connection.database());
    query.exec(QStringLiteral("SELECT id, url, title, viewed FROM recent ORDER BY viewed DESC, id DESC"));
    return items(query);
}

QByteArray UserStore::exportBookmarks() const
{
    QJsonArray list;
    const QList<UserItem> all = bookmarks();
    // Oldest first, so an import adds them back in the order they were made.
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        list.append(QJsonObject{{QStringLiteral("url"), it->url.toString()},
                                {QStringLiteral("title"), it->title},
                                {QStringLiteral("added"), it->when.toString(Qt::ISODateWithMs)}});
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("bookmarks"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int UserStore::importBookmarks(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        m_error = tr("The file is not valid JSON (%1 at byte %2). Nothing was imported.")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        return -1;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat
        || !root.value(QStringLiteral("bookmarks")).isArray()) {
        m_error = tr("The file is not a Huanjiao bookmarks export. Nothing was imported.");
        return -1;
    }
    QList<UserItem> incoming;
    const QJsonArray list = root.value(QStringLiteral("bookmarks")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        UserItem item;
        item.url = QUrl(entry.value(QStringLiteral("url")).toString());
        item.title = entry.value(QStringLiteral("title")).toString();
        item.when = QDateTime::fromString(entry.value(QStringLiteral("added")).toString(), Qt::ISODateWithMs);
        if (!item.url.isValid() || item.url.scheme() != QLatin1String("huanjiao")) {
            m_error = tr("Bookmark %1 in the file has no Huanjiao address. Nothing was imported.").arg(i + 1);
            return -1;
        }
        if (!item.when.isValid())
            item.when = QDateTime::currentDateTimeUtc();
        incoming.append(item);
    }
    QSqlDatabase db = m_connection.database();
    if (!db.transaction()) {
        fail(db.lastError().text());
        return -1;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO bookmarks (url, title, added) VALUES (?, ?, ?)"
                                 " ON CONFLICT(url) DO NOTHING"));
    int added = 0;
    for (const UserItem &item : std::as_const(incoming)) {
        query.addBindValue(item.url.toString());
        query.addBindValue(item.title);
        query.addBindValue(item.when.toMSecsSinceEpoch());
        if (!query.exec()) {
            const QString detail = query.lastError().text();
            db.rollback();
            fail(detail);
            return -1;
        }
        added += query.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        fail(detail);
        return -1;
    }
    m_error.clear();
    return added;
}

} // namespace huanjiao
