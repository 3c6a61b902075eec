// SPDX-License-Identifier: GPL-3.0-or-later
// huanjiao-cli: the commands that need no display (--search, --show,
// --version, --set-admin-pin, --help). Links Qt Core and Sql only
// (tst_headlesslinks); huanjiao hands them over here (ProgramRoute).

#include "HeadlessCommands.h"
#include "ProgramRoute.h"

using namespace huanjiao;

int main(int argc, char *argv[])
{
    // Started directly for a window, it does what huanjiao does.
    if (ProgramRoute::choose(argc, argv) == ProgramRoute::Program::Window)
        return ProgramRoute::exec(ProgramRoute::Program::Window, argv);
    return HeadlessCommands::main(argc, argv);
}
