// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClinicPaths.h"

#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace huanjiao {

// Which content database a session uses, the window and the headless
// commands alike: the one --database names, else the one chosen in Settings,
// else the clinic's published database (ClinicPaths) when it is current,
// else the bundled file. The bundled file is looked for beside the program
// (build tree and installed layout alike: bin/../share/huanjiao, and
// libexec/huanjiao/../../share/huanjiao for the window program), then in the
// standard data folders.
class DatabaseLocator
{
public:
    static QString choose(const QString &commandLineDatabase, const QSettings &settings);
    // The clinic whose first (or next current) publish a session on `chosen`
    // should pick up: when choose() fell back to the bundled database for want
    // of a current published one. Nothing when a database was named.
    static std::optional<ClinicPaths> awaitedClinic(const QString &commandLineDatabase, const QSettings &settings,
                                                    const QString &chosen);
    static QStringList candidates();
    // The first candidate that exists, or the first candidate (for the error message).
    static QString defaultPath();
};

} // namespace huanjiao
