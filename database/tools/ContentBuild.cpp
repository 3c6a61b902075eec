// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentBuild.h"

#include "AtomicInstall.h"
#include "ContentDatabase.h"
#include "ContentInput.h"
#include "ContentLint.h"
#include "DatabaseVerifier.h"
#include "DatabaseWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace huanjiao {

namespace {

// SQLite's own words (sqlite3_errstr) for SQLITE_FULL and SQLITE_IOERR: a
// full disk, or a write refused for being past a size limit or quota.
bool diskFull(const QString &error)
{
    return error.contains(QLatin1String("database or disk is full")) || error.contains(QLatin1String("disk I/O error"));
}

// SQLite's journal beside a database file, which a failed write (a full
// disk) can leave behind when the rollback itself cannot finish.
void removeSideFiles(const QString &path)
{
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// NAME.XXXXXX.tmp files that a build killed half-way (kill -9, a power cut)
// left beside the output: removed, but never one a build running now holds
// (it keeps an flock on its file while it writes).
void removeStaleTemporaries(const QString &output)
{
    const QFileInfo info(output);
    const QDir folder = info.absoluteDir();
    const QStringList names =
        folder.entryList({info.fileName() + QStringLiteral(".??????.tmp")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            QFile::remove(path);
            removeSideFiles(path);
        }
        ::close(fd);
    }
}

} // namespace

bool ContentBuild::replaceable(const QString &output, QString *error)
{
    const QFileInfo info(output);
    if (!info.exists())
        return true;
    if (info.isDir()) {
        *error = tr("%1 is a folder; give the database file to write").arg(output);
        return false;
    }
    // Never move someone's other file aside: only a file that is (or was
    // meant to be) a content database is replaced.
    OpenError openError;
    ContentDatabase::open(output, &openError);
    if (openError.code == OpenError::NotSqlite || openError.code == OpenError::Foreign) {
        *error = tr("%1 exists and is not a Huanjiao content database; it is left alone. Choose another file name.")
                     .arg(output);
        return false;
    }
    return true;
}

ContentBuild::Result ContentBuild::run(const QStringList &layers, const QString &output, const Progress &progress,
                                       const QDateTime &buildDate, Checks checks)
{
    Result result;
    if (!replaceable(output, &result.error))
        return result;
    QList<ContentLayer> read;
    bool readable = true;
    for (const QString &location : layers) {
        read.append(ContentInput::read(location, &result.diagnostics, progress));
        readable = readable && read.last().readable;
    }
    if (!readable) // merging without a whole layer would only add misleading errors
        return result;
    result = run(read, output, progress, buildDate, checks, std::move(result));
    ContentInput::hintForgottenBase(layers, &result.diagnostics);
    return result;
}

ContentBuild::Result ContentBuild::run(const QList<ContentLayer> &layers, const QString &output,
                                       const Progress &progress, const QDateTime &buildDate, Checks checks)
{
    return run(layers, output, progress, buildDate, checks, Result{});
}

ContentBuild::Result ContentBuild::run(const QList<ContentLayer> &layers, const QString &output,
                                       const Progress &progress, const QDateTime &buildDate, Checks checks,
                                       Result result)
{
    if (!replaceable(output, &result.error))
        return result;
    result.content = ContentLayers::merge(layers, &result.diagnostics, &result.notes);
    if (result.diagnostics.isEmpty() && checks == Checks::FormatAndLint)
        result.diagnostics = ContentLint::check(result.content);
    if (!result.diagnostics.isEmpty())
        return result;

    // A unique name beside the target: same file system (so rename is atomic),
    // and two builds at once do not write into each other's file.
    removeStaleTemporaries(output);
    QTemporaryFile temporary(output + QStringLiteral(".XXXXXX.tmp"));
    if (!temporary.open()) {
        result.error = tr("cannot create a file beside %1: %2").arg(output, temporary.errorString());
        return result;
    }
    // Held open and locked until the end: the next build knows it is in use.
    // (flock is apart from SQLite's fcntl locks, and this descriptor is
    // closed only after SQLite has closed the file.)
    ::flock(temporary.handle(), LOCK_EX | LOCK_NB);
    const QString path = temporary.fileName();
    if (!DatabaseWriter::create(result.content, path, &result.error, buildDate, progress)) {
        removeSideFiles(path);
        result.error = diskFull(result.error)
            ? tr("cannot write the database: the disk is full or refuses the writes (%1). Free some space, "
                 "or write the database to another disk, and build again.")
                  .arg(result.error)
            : tr("cannot write the database: %1").arg(result.error);
        return result;
    }
    report(progress, tr("Checking the new database"), 0, 1);
    if (!DatabaseVerifier::verify(path, &result.error)) {
        removeSideFiles(path);
        return result;
    }
    report(progress, tr("Checking the new database"), 1, 1);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!AtomicInstall::installFile(path, output, &result.error))
        return result;
    temporary.setAutoRemove(false); // it is the output now
    return result;
}

} // namespace huanjiao
