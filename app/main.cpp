// SPDX-License-Identifier: GPL-3.0-or-later
// huanjiao: the commands that need no display (--search, --show, --version,
// --set-admin-pin) and the hand-over to the program that does the rest: the
// window, or a handout's PDF (CompanionProgram). Links Qt Core and Sql only.

#include "CommandLine.h"
#include "HeadlessCommands.h"
#include "CompanionProgram.h"

using namespace huanjiao;

int main(int argc, char *argv[])
{
    if (CommandLine::needsDisplay(argc, argv))
        return CompanionProgram::exec(CompanionProgram::kWindow, argc, argv);
    return HeadlessCommands::main(argc, argv);
}
