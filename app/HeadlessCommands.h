#pragma once

#include <QString>

#include <memory>

namespace huanjiao {

class ContentDatabase;
struct CommandLine;

// Commands that print and exit, with no display: --version, --show and
// --handout. They return the process exit code; errors go to stderr.
namespace HeadlessCommands {
int run(const CommandLine &commandLine);
// The database file the command line names, or the bundled one's path.
QString databasePath(const CommandLine &commandLine);
// The database the command line names (or the bundled one); null after
// printing why it cannot be opened.
std::unique_ptr<ContentDatabase> openDatabase(const CommandLine &commandLine);
} // namespace HeadlessCommands

} // namespace huanjiao
