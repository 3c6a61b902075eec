// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentDatabaseReloader.h"

#include "DatabaseVerifier.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sys/stat.h>

#include <memory>

namespace huanjiao {

namespace {
constexpr int kSettleMs = 300;
} // namespace

ContentDatabaseReloader::ContentDatabaseReloader(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_current(identify(m_path))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ContentDatabaseReloader::check);
    // The folder is watched too: a file replaced by rename is a new file, and
    // a watch on the old one ends with it.
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    watch();
}

ContentDatabaseReloader::~ContentDatabaseReloader()
{
    if (m_worker)
        m_worker->wait(); // it only reads a file; let it finish rather than leave it running
}

ContentDatabaseReloader::Identity ContentDatabaseReloader::identify(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {qint64(st.st_dev), qint64(st.st_ino), qint64(st.st_size),
            qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

void ContentDatabaseReloader::watch()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void ContentDatabaseReloader::check()
{
    watch();
    if (m_worker) {
        m_checkAgain = true;
        return;
    }
    const Identity identity = identify(m_path);
    // Gone (being replaced, or removed): keep what is in use and wait for a file.
    if (!identity.exists() || identity == m_current || identity == m_offered || identity == m_rejected)
        return;
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_path;
    m_worker = QThread::create([path, outcome] { outcome->ok = DatabaseVerifier::verify(path, &outcome->error); });
    connect(m_worker, &QThread::finished, this, [this, identity, outcome] {
        m_worker->deleteLater();
        m_worker = nullptr;
        verified(identity, outcome->ok, outcome->error);
        if (std::exchange(m_checkAgain, false))
            check();
    });
    m_worker->start(QThread::LowPriority);
}

void ContentDatabaseReloader::verified(const Identity &identity, bool ok, const QString &error)
{
    if (identify(m_path) != identity) { // replaced again while it was being checked
        m_checkAgain = true;
        return;
    }
    if (!ok) {
        m_rejected = identity;
        emit updateRejected(error);
        return;
    }
    OpenError openError;
    auto database = ContentDatabase::open(m_path, &openError);
    // Opened, then looked at again: the file opened must be the one checked.
    if (identify(m_path) != identity) {
        m_checkAgain = true;
        return;
    }
    if (!database) {
        m_rejected = identity;
        emit updateRejected(openError.message());
        return;
    }
    m_update = std::move(database);
    m_offered = identity;
    emit updateAvailable(m_update->info());
}

std::unique_ptr<ContentDatabase> ContentDatabaseReloader::takeUpdate()
{
    if (m_update) {
        m_current = m_offered;
        m_offered = {};
    }
    return std::move(m_update);
}

} // namespace huanjiao
