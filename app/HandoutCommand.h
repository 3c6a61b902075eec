// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace huanjiao {

struct CommandLine;

// huanjiao --handout URI [URI...] --output FILE.pdf [--paper a4|letter]:
// writes the handout of one or more pages as a PDF, with no display. Needs a
// QGuiApplication (fonts); returns the exit code, errors go to stderr.
namespace HandoutCommand {
int run(const CommandLine &commandLine);
}

} // namespace huanjiao
