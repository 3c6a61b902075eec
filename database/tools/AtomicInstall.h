// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace huanjiao {

// Puts a finished, checked file or folder in place of the old one. The old one
// is kept beside it as NAME.bak (replacing an older .bak). A file is replaced
// with rename(2), so readers of NAME see the old file or the new one, never
// neither; a folder is moved aside and the new one moved in, one rename each.
class AtomicInstall
{
    Q_DECLARE_TR_FUNCTIONS(AtomicInstall)

public:
    static QString backupPath(const QString &target) { return target + QStringLiteral(".bak"); }

    static bool installFile(const QString &temporary, const QString &target, QString *error);
    static bool installFolder(const QString &temporary, const QString &target, QString *error);
};

} // namespace huanjiao
