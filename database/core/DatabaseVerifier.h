// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace huanjiao {

// The full check of a content database file, before it is installed or
// switched to: it opens as ours with this build's schema, SQLite finds it
// whole (PRAGMA integrity_check), and every reference in it resolves to a
// record of the right kind. Reads the whole file: run it off the UI thread.
class DatabaseVerifier
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseVerifier)

public:
    // On failure *error says what is wrong, for people.
    static bool verify(const QString &path, QString *error);
};

} // namespace huanjiao
