// SPDX-License-Identifier: GPL-3.0-or-later
// huanjiao: the commands that need no display (--search, --show, --handout,
// --version, --set-admin-pin) and, for everything else, the hand-over to the
// window program. Links Qt Core and Gui and the render library, never Widgets.

#include "CommandLine.h"
#include "HeadlessCommands.h"
#include "WindowProgram.h"

using namespace huanjiao;

int main(int argc, char *argv[])
{
    if (CommandLine::needsDisplay(argc, argv))
        return WindowProgram::exec(argc, argv);
    return HeadlessCommands::main(argc, argv);
}
