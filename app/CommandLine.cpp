#include "CommandLine.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>

namespace huanjiao {

bool CommandLine::needsDisplay(int argc, char *argv[])
{
    static const char *const headless[] = {"--version", "-v", "--show", "--search", "--help", "-h", "--help-all"};
    for (int i = 1; i < argc; ++i) {
        for (const char *option : headless) {
            const size_t n = std::strlen(option);
            if (std::strncmp(argv[i], option, n) == 0 && (argv[i][n] == '\0' || argv[i][n] == '='))
                return false;
        }
    }
    return true;
}

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
    parser.addOptions({versionOption, databaseOption, kioskOption, openOption, showOption, searchOption, typeOption,
                       limitOption, jsonOption});

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
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << tr("Unexpected argument: %1").arg(parser.positionalArguments().first()) << '\n';
        *exitCode = 2;
        return false;
    }
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
    return true;
}

} // namespace huanjiao
