// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentMeta.h"
#include "SqlConnection.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace huanjiao {

struct ContentInfo
{
    int schemaVersion = 0;
    QString contentId;
    QString contentName;
    QString contentVersion;
    QString buildDate;
    bool sample = false;
    QList<ContentMeta> layers; // base content first, then each clinic overlay
};

// Why a content database could not be opened. Each has a message for people
// that says what is wrong and what to do.
struct OpenError
{
    enum Code { None, Missing, Unreadable, Empty, NotSqlite, Truncated, Corrupt, Foreign, TooOld, TooNew, Locked,
                Journal, WalUnreadable };
    Code code = None;
    QString path;
    QString detail;

    QString message() const;
};

// A content database opened read-only and checked: it is ours, it is whole as
// far as can be seen cheaply, and its schema is the one this build reads.
class ContentDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ContentDatabase)

public:
    static std::unique_ptr<ContentDatabase> open(const QString &path, OpenError *error);

    QSqlDatabase database() const { return m_connection.database(); }
    const ContentInfo &info() const { return m_info; }
    QString path() const { return m_connection.path(); }

private:
    explicit ContentDatabase(const QString &path);

    SqlConnection m_connection;
    ContentInfo m_info;
};

} // namespace huanjiao
