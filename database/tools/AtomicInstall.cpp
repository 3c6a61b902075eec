// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicInstall.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace huanjiao {

namespace {

bool renamePath(const QString &from, const QString &to, QString *error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *error = AtomicInstall::tr("cannot move %1 to %2: %3").arg(from, to, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

} // namespace

bool AtomicInstall::installFile(const QString &temporary, const QString &target, QString *error)
{
    if (QFileInfo::exists(target)) {
        // A hard link keeps the old file under both names until the rename, so
        // there is no moment without a database at `target`.
        const QString backup = backupPath(target);
        QFile::remove(backup);
        if (::link(QFile::encodeName(target).constData(), QFile::encodeName(backup).constData()) != 0
            && !QFile::copy(target, backup)) {
            *error = tr("cannot keep the previous %1 as %2").arg(target, backup);
            return false;
        }
    }
    return renamePath(temporary, target, error);
}

bool AtomicInstall::installFolder(const QString &temporary, const QString &target, QString *error)
{
    if (QFileInfo::exists(target)) {
        const QString backup = backupPath(target);
        if (QFileInfo::exists(backup) && !QDir(backup).removeRecursively()) {
            *error = tr("cannot remove the older backup %1").arg(backup);
            return false;
        }
        if (!renamePath(target, backup, error))
            return false;
    }
    return renamePath(temporary, target, error);
}

} // namespace huanjiao
