// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace huanjiao {

// huanjiao itself links only Qt Core and Qt Sql, so that --search, --show and
// --version start as fast as a bare Qt command-line program. What needs more
// is a program of its own, which huanjiao hands the session over to with
// exec() (that keeps the process: its id, its standard streams, a service's
// hold on it): huanjiao-gui, the window (Qt Widgets), and huanjiao-handout,
// which lays handouts out and writes their PDF (Qt Gui).
namespace CompanionProgram {
inline constexpr char kWindow[] = "huanjiao-gui";
inline constexpr char kHandout[] = "huanjiao-handout";
// Where the program is: installed, in the library folder for programs
// (libexec/huanjiao); in the build tree, beside huanjiao.
const char *path(const char *name);
// Replaces this process with the program and the same arguments. Returns
// only on failure, with the exit code, after saying why on stderr.
int exec(const char *name, int argc, char *argv[]);
} // namespace CompanionProgram

} // namespace huanjiao
