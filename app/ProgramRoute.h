// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace huanjiao::ProgramRoute {

// huanjiao is four programs, so that each command loads only what it needs
// and the window starts as soon as a bare Qt window would. `huanjiao` itself
// is a launcher that links no Qt at all: it reads the options, decides which
// program the session is for and exec()s it with the same arguments (that
// keeps the process: its id, its standard streams, a service's hold on it).
//   Window:   huanjiao-gui, the window, desktop and kiosk (Qt Widgets)
//   Headless: huanjiao-cli, --search, --show, --version, --set-admin-pin,
//             --help (Qt Core and Qt Sql only)
//   Handout:  huanjiao-handout, --handout's PDF (Qt Gui on the offscreen platform)
// Nothing here uses Qt or the C++ library: the launcher runs this code alone.
enum class Program { Window, Headless, Handout };

// From the raw arguments, before any Qt exists; the full parse is
// CommandLine's, in the program chosen.
Program choose(int argc, char *argv[]);

const char *programName(Program program);

// Where the program is: installed, in the library folder for programs
// (libexec/huanjiao); in the build tree, beside the running program; the
// installed path when neither is there. Null, with errno set, if the running
// program's own path cannot be read or the path does not fit in a buffer.
const char *path(Program program);

// Replaces this process with the program and the same arguments. Returns only
// on failure, with the exit code a shell gives a program it cannot start
// (127), after saying on stderr which program could not be started and why.
int exec(Program program, char *argv[]);

} // namespace huanjiao::ProgramRoute
