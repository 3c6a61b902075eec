// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace huanjiao {

bool CommandLine::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Huanjiao, an offline patient-education browser."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Print the program, schema and content versions."));
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("Use this content database."),
                                            tr("FILE"));
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"), tr("Run as a locked-down kiosk."));
    const QCommandLineOption setPinOption(
        QStringLiteral("set-admin-pin"),
        tr("Set the PIN that leaves kiosk mode: read from standard input, or asked for on the terminal."));
    const QCommandLineOption openOption(QStringLiteral("open"), tr("Open this page at start."),
                                        QStringLiteral("huanjiao://KIND/ID"));
    const QCommandLineOption showOption(QStringLiteral("show"), tr("Print a page and exit."),
                                        QStringLiteral("huanjiao://KIND/ID"));
    const QCommandLineOption searchOption(QStringLiteral("search"), tr("Search, print the results and exit."),
                                          tr("QUERY"));
    const QCommandLineOption typeOption(QStringLiteral("type"),
                                        tr("Only results of this kind (condition, doctor, drug, test, article, "
                                           "qa, department, hospital)."),
                                        tr("KIND"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("At most N results (default 20)."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON, one object per line."));
    const QCommandLineOption handoutOption(
        QStringLiteral("handout"), tr("Write a handout of these pages (more may follow) as a PDF and exit."),
        QStringLiteral("huanjiao://KIND/ID"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("The PDF file --handout writes."),
                                          tr("FILE.pdf"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), tr("Paper size of the handout: a4 or letter."),
                                         QStringLiteral("a4|letter"));
    parser.addOptions({versionOption, databaseOption, kioskOption, setPinOption, openOption, showOption, searchOption, typeOption,
                       limitOption, jsonOption, handoutOption, outputOption, paperOption});

    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = 0;
        return false;
    }
    const auto usageError = [exitCode](const QString &message) {
        QTextStream(stderr) << message << '\n';
        *exitCode = 2;
        return false;
    };
    const bool handout = parser.isSet(handoutOption);
    // --handout takes one or more pages: the first as its value, the rest after it.
    if (!handout && !parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    if (handout) {
        handoutUris = parser.values(handoutOption) + parser.positionalArguments();
        output = parser.value(outputOption);
        if (output.isEmpty())
            return usageError(tr("--handout needs --output FILE.pdf: the file to write."));
    } else if (parser.isSet(outputOption) || parser.isSet(paperOption)) {
        return usageError(tr("--output and --paper go with --handout."));
    }
    paper = parser.value(paperOption).toLower();
    if (parser.isSet(paperOption) && paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return usageError(tr("Unknown paper size '%1': use a4 or letter.").arg(parser.value(paperOption)));
    database = parser.value(databaseOption);
    openUri = parser.value(openOption);
    showUri = parser.value(showOption);
    json = parser.isSet(jsonOption);
    searchText = parser.value(searchOption);
    searchKind = parser.value(typeOption);
    bool limitOk = false;
    limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 10000) {
        QTextStream(stderr) << tr("--limit takes a number from 1 to 10000") << '\n';
        *exitCode = 2;
        return false;
    }
    kiosk = parser.isSet(kioskOption);
    if (parser.isSet(versionOption))
        mode = Mode::Version;
    else if (parser.isSet(showOption))
        mode = Mode::Show;
    else if (parser.isSet(searchOption))
        mode = Mode::Search;
    else if (handout)
        mode = Mode::Handout;
    else if (parser.isSet(setPinOption))
        mode = Mode::SetAdminPin;
    return true;
}

} // namespace huanjiao
