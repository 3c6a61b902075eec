#pragma once

namespace huanjiao {

struct CommandLine;

// Commands that print and exit, with no display: --version and --show.
// They return the process exit code; errors go to stderr.
namespace HeadlessCommands {
int run(const CommandLine &commandLine);
}

} // namespace huanjiao
