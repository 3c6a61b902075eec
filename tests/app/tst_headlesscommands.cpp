// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "HeadlessCommands.h"

#include <QTest>

// The headless commands' dispatch. A mode that belongs to another program
// (the window, a handout's PDF) is refused with the usage exit code; it never
// falls through to a command that reads standard input or changes settings
// (--set-admin-pin).
class TestHeadlessCommands : public QObject
{
    Q_OBJECT

private slots:
    void otherProgramsModesAreRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("window") << int(huanjiao::CommandLine::Mode::Gui);
        QTest::newRow("handout") << int(huanjiao::CommandLine::Mode::Handout);
    }

    void otherProgramsModesAreRefused()
    {
        QFETCH(int, mode);
        huanjiao::CommandLine commandLine;
        commandLine.mode = huanjiao::CommandLine::Mode(mode);
        commandLine.handoutUris = {QStringLiteral("huanjiao://condition/hemifacial-spasm")};
        QCOMPARE(huanjiao::HeadlessCommands::run(commandLine), 2);
    }
};

QTEST_GUILESS_MAIN(TestHeadlessCommands)
#include "tst_headlesscommands.moc"
