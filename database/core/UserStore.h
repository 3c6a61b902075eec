// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlConnection.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

namespace huanjiao {

// One bookmark or one recently viewed page.
struct UserItem
{
    qint64 id = 0;
    QUrl url;
    QString title;
    QDateTime when; // added (bookmarks) or last viewed (recent), UTC
};

// How often one topic was handed out in one form on one day. Only these
// three: nothing about who it was for, no time of day, never a note.
struct HandoutCount
{
    QString topic; // the topic's address, such as condition/asthma
    QString kind;  // "full" or "summary"
    QDate day;
    int count = 0;
};

// The reader's own things on a home PC: bookmarks and the pages viewed last.
// A small SQLite database of its own (never the content database, which is
// read-only), in WAL mode with synchronous=FULL: a commit is on disk when it
// returns, so neither a crash nor a power cut loses a bookmark once added;
// the writes are a few per page opened, so the extra fsync costs nothing a
// reader notices. Each add or remove is one transaction. Kiosk mode uses no
// store at all (the window is given none), so it keeps nothing.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)

public:
    static constexpr int kRecentLimit = 50;
    static constexpr int kVersion = 2; // 2: handout_counts

    // The file in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // Opens (creating it if need be) the store at `path`; null with a
    // translated message in `error` when it cannot be opened or written.
    static std::unique_ptr<UserStore> open(const QString &path, QString *error);

    ~UserStore();
    UserStore(const UserStore &) = delete;
    UserStore &operator=(const UserStore &) = delete;

    QString path() const { return m_connection.path(); }
    // The connection, for checks such as PRAGMA integrity_check.
    QSqlDatabase database() const { return m_connection.database(); }
    // The translated reason the last change failed; nothing was changed then.
    QString lastError() const { return m_error; }
    // Set when open() found damaged tables and made them again: what was
    // done, and where the copy of the old file is. Show it once.
    QString repairNote() const { return m_repairNote; }

    // The bookmark's id (the existing one when the page is bookmarked
    // already), or 0 when it could not be saved.
    qint64 addBookmark(const QUrl &url, const QString &title);
    bool removeBookmark(const QUrl &url);
    bool isBookmarked(const QUrl &url) const;
    // Newest first.
    QList<UserItem> bookmarks() const;

    // Remembers a page as viewed now, keeping the last kRecentLimit pages.
    bool addRecent(const QUrl &url, const QString &title);
    bool clearRecent();
    // Newest first.
    QList<UserItem> recent() const;

    // Bookmarks as JSON: {"format":"huanjiao-bookmarks","version":1,"bookmarks":[{url,title,added}]}.
    QByteArray exportBookmarks() const;
    // Adds the bookmarks of an export (those already here are kept as they
    // are), all in one transaction; -1 with lastError() when the data is not
    // such an export or cannot be saved.
    int importBookmarks(const QByteArray &json);

    // Counts one handout (when the clinic has switched counting on).
    bool countHandout(const QString &topic, const QString &kind, const QDate &day);
    // Newest day first.
    QList<HandoutCount> handoutCounts() const;
    bool clearHandoutCounts();
    // The counts as CSV for a spreadsheet: UTF-8 with a byte order mark (so
    // spreadsheet programs read the Chinese), CRLF lines, a header row.
    QByteArray exportHandoutCountsCsv() const;

private:
    explicit UserStore(const QString &path);
    bool prepare(QString *error);
    bool fail(const QString &message);
    // Runs one DELETE in a transaction of its own (clearing recent, counts).
    bool deleteAll(const QString &statement);

    SqlConnection m_connection;
    QString m_error;
    QString m_repairNote;
};

} // namespace huanjiao
