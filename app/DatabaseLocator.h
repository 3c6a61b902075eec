// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

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
    static QStringList candidates();
    // The first candidate that exists, or the first candidate (for the error message).
    static QString defaultPath();
};

} // namespace huanjiao
