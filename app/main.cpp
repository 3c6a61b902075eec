// SPDX-License-Identifier: GPL-3.0-or-later
// huanjiao: the launcher. It links no Qt, so that starting the window costs
// no more than starting the window's program: it chooses the program the
// command is for and hands the session over to it (ProgramRoute).

#include "ProgramRoute.h"

int main(int argc, char *argv[])
{
    using namespace huanjiao::ProgramRoute;
    return exec(choose(argc, argv), argv);
}
