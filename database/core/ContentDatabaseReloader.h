// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentDatabase.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QThread;

namespace huanjiao {

// Notices when the content database file is replaced on disk (an update
// installs a new one with rename, as `huanjiao-content build` does), checks
// the new file fully (DatabaseVerifier) on a worker thread, and offers it.
// The app switches when it chooses - a kiosk at its next idle reset - with
// takeUpdate(). A new file that fails its checks is reported and the
// database in use stays; nothing here touches it.
class ContentDatabaseReloader : public QObject
{
    Q_OBJECT

public:
    explicit ContentDatabaseReloader(const QString &path, QObject *parent = nullptr);
    ~ContentDatabaseReloader() override;

    QString path() const { return m_path; }
    bool hasUpdate() const { return m_update != nullptr; }
    // The checked new database, opened read-only; null when there is none.
    // From then on it is the one in use.
    std::unique_ptr<ContentDatabase> takeUpdate();

public slots:
    // Looks at the file now; the watcher calls it after changes settle.
    void check();

signals:
    void updateAvailable(const huanjiao::ContentInfo &info);
    void updateRejected(const QString &message);

private:
    // Which file is at the path: a replaced file has a new inode, a file
    // rewritten in place a new size or time.
    struct Identity
    {
        qint64 device = -1;
        qint64 inode = -1;
        qint64 size = -1;
        qint64 modifiedNs = -1;
        bool operator==(const Identity &o) const
        {
            return device == o.device && inode == o.inode && size == o.size && modifiedNs == o.modifiedNs;
        }
        bool operator!=(const Identity &o) const { return !(*this == o); }
        bool exists() const { return inode >= 0; }
    };
    static Identity identify(const QString &path);

    void watch();
    void verified(const Identity &identity, bool ok, const QString &error);

    QString m_path;
    Identity m_current;  // the file in use
    Identity m_offered;  // the file of m_update
    Identity m_rejected; // the last file that failed its checks
    std::unique_ptr<ContentDatabase> m_update;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // a copy in progress fires many events; check once it is quiet
    QPointer<QThread> m_worker;
    bool m_checkAgain = false;
};

} // namespace huanjiao
