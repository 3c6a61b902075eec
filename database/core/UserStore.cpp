// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace huanjiao {

namespace {

constexpr int kApplicationId = 0x484a5553; // "HJUS"
const auto kFormat = QStringLiteral("huanjiao-bookmarks");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
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
    std::unique_ptr<UserStore> store(new UserStore(path));
    if (!store->prepare(error))
        return nullptr;
    return store;
}

bool UserStore::prepare(QString *error)
{
    const auto failed = [&](const QString &detail) {
        if (error)
            *error = tr("Cannot open the bookmarks file %1: %2")
                         .arg(QDir::toNativeSeparators(m_connection.path()), detail);
        return false;
    };
    if (!m_connection.isOpen())
        return failed(m_connection.errorText());
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return failed(query.lastError().text());
    const int application = query.value(0).toInt();
    query.exec(QStringLiteral("PRAGMA user_version"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (application != 0 && application != kApplicationId)
        return failed(tr("it belongs to another program."));
    if (version > kVersion)
        return failed(tr("it was written by a newer version of Huanjiao."));
    // WAL must be set outside a transaction; it stays set in the file.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()
        || query.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return failed(query.lastError().isValid() ? query.lastError().text() : tr("the folder cannot be written."));
    query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    query.exec(QStringLiteral("PRAGMA busy_timeout=2000"));
    if (application == 0) {
        QSqlDatabase db = m_connection.database();
        db.transaction();
        const bool created =
            query.exec(QStringLiteral("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE,"
                                      " title TEXT NOT NULL, added INTEGER NOT NULL)"))
            && query.exec(QStringLiteral("CREATE TABLE recent (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE,"
                                         " title TEXT NOT NULL, viewed INTEGER NOT NULL)"))
            && query.exec(QStringLiteral("CREATE INDEX recent_viewed ON recent(viewed)"))
            && query.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId))
            && query.exec(QStringLiteral("PRAGMA user_version=%1").arg(kVersion));
        if (!created || !db.commit()) {
            const QString detail = query.lastError().text();
            db.rollback();
            return failed(detail.isEmpty() ? db.lastError().text() : detail);
        }
    }
    return true;
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
    QSqlDatabase db = m_connection.database();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM recent")) || !db.commit()) {
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
