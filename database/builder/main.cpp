// huanjiao-content: validates content sources and compiles them into the
// SQLite database the app reads.

#include "ContentSources.h"
#include "DatabaseWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace huanjiao;

namespace {

int printDiagnostics(const Diagnostics &diagnostics, int files)
{
    QTextStream err(stderr);
    for (const auto &d : diagnostics)
        err << d.toString() << '\n';
    if (!diagnostics.isEmpty())
        err << diagnostics.size() << " error(s) in " << files << " file(s)\n";
    return diagnostics.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("huanjiao-content"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUANJIAO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Validates Huanjiao content sources and builds the content database.\n\n"
        "Commands:\n"
        "  validate DIR          report every problem as file:line: message\n"
        "  build DIR -o FILE     validate, then write FILE atomically"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The database file to write."),
                                          QStringLiteral("FILE"));
    parser.addOption(outputOption);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("validate or build"));
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("The content folder."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    QTextStream err(stderr);
    if (args.size() != 2 || (args.at(0) != QLatin1String("validate") && args.at(0) != QLatin1String("build"))) {
        err << "usage: huanjiao-content validate DIR | build DIR -o FILE\n";
        return 2;
    }
    const bool build = args.at(0) == QLatin1String("build");
    if (build && !parser.isSet(outputOption)) {
        err << "huanjiao-content: build needs -o FILE\n";
        return 2;
    }

    Diagnostics diagnostics;
    const ContentSet content = ContentSources::load(args.at(1), &diagnostics);
    const int files = int(ContentSources::files(args.at(1)).size());
    if (printDiagnostics(diagnostics, files) != 0)
        return 1;
    if (!build) {
        QTextStream(stdout) << files << " file(s), " << content.records.size() << " record(s): no problems\n";
        return 0;
    }
    QString error;
    if (!DatabaseWriter::write(content, parser.value(outputOption), &error)) {
        err << "huanjiao-content: " << error << '\n';
        return 1;
    }
    return 0;
}
