// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

#include <memory>

namespace huanjiao {

class ContentDatabase;
struct CommandLine;

// Commands that print and exit, with no display: --version, --search, --show,
// --set-admin-pin. They return the process exit code; errors go to stderr.
namespace HeadlessCommands {
// The whole program for these commands: makes a QCoreApplication, parses the
// command line and runs it. --handout, which lays out text and needs Qt Gui,
// is handed over to huanjiao-handout.
int main(int argc, char *argv[]);
// What every headless program does once its application object exists: the
// identity, the translations, the command line. False, with the exit code,
// when there is nothing more to do (--help, a mistake in the arguments).
bool setUp(QCoreApplication *app, CommandLine *commandLine, int *exitCode);
int run(const CommandLine &commandLine);
// The database file DatabaseLocator::choose picks (--database, Settings, the
// bundled file).
QString databasePath(const CommandLine &commandLine);
// That database, opened; null after printing why it cannot be opened.
std::unique_ptr<ContentDatabase> openDatabase(const CommandLine &commandLine);
} // namespace HeadlessCommands

} // namespace huanjiao
