// SPDX-License-Identifier: GPL-3.0-or-later
// huanjiao-handout: `huanjiao --handout`, which lays text out (Qt Gui, on the
// offscreen platform: no display is needed) and writes the PDF. huanjiao hands
// it over here (ProgramRoute), so that the other commands load no Qt Gui.

#include "CommandLine.h"
#include "HandoutCommand.h"
#include "HeadlessCommands.h"
#include "ProgramRoute.h"

#include <QGuiApplication>

using namespace huanjiao;

int main(int argc, char *argv[])
{
    // Started directly with another command, it does what huanjiao does.
    if (ProgramRoute::choose(argc, argv) != ProgramRoute::Program::Handout)
        return HeadlessCommands::main(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    CommandLine commandLine;
    int exitCode = 0;
    if (!HeadlessCommands::setUp(&app, &commandLine, &exitCode))
        return exitCode;
    if (commandLine.mode != CommandLine::Mode::Handout)
        return HeadlessCommands::run(commandLine);
    return HandoutCommand::run(commandLine);
}
