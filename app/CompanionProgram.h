// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace huanjiao {

// The window is a program of its own, huanjiao-gui, so that huanjiao itself
// links no Qt Widgets: --search, --show and --handout load only Qt Core and
// Gui. huanjiao hands a session that needs a display over to it with exec(),
// which keeps the process (its id, its standard streams, a service's hold on it).
namespace WindowProgram {
// Where huanjiao-gui is: installed, in the library folder for programs
// (libexec/huanjiao); in the build tree, beside huanjiao.
const char *path();
// Replaces this process with huanjiao-gui and the same arguments. Returns
// only on failure, with the exit code, after saying why on stderr.
int exec(int argc, char *argv[]);
} // namespace WindowProgram

} // namespace huanjiao
