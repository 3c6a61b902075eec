// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace huanjiao {

// The program's options (SPEC.md section 8), parsed once. Commands that print
// and exit (--version, --show, ...) run with no display.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode { Gui, Version, Show, Search, Handout, SetAdminPin };

    Mode mode = Mode::Gui;
    QString database;
    QString openUri;
    QString showUri;
    QString searchText;
    QString searchKind; // empty: every kind
    int limit = 20;
    bool json = false;
    bool kiosk = false;
    QStringList handoutUris;
    QString output;
    QString paper; // "a4" or "letter"; empty: the handout settings decide

    // Parses; on a usage error prints it and returns false with *exitCode set.
    bool parse(const QStringList &arguments, int *exitCode);
};

} // namespace huanjiao
