// SPDX-License-Identifier: GPL-3.0-or-later
// huanjiao-content: the content pipeline for clinics (docs/content-format.md).
// Wiring only: each command's work is done by a class in database/tools.

#include "ClinicPaths.h"
#include "ClinicLayer.h"
#include "ClinicPublisher.h"
#include "ClinicSheet.h"
#include "ClinicValidation.h"
#include "FleetPackage.h"
#include "ContentBuild.h"
#include "ContentExport.h"
#include "ContentImport.h"
#include "ContentInput.h"
#include "ContentSources.h"
#include "ContentLint.h"
#include "DatabaseDiff.h"
#include "DatabaseStats.h"
#include "TerminalProgress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QTextStream>
#include <QTranslator>

using namespace huanjiao;

namespace {

// The tool's own strings, in one translation context.
struct ContentTool
{
    Q_DECLARE_TR_FUNCTIONS(ContentTool)
};

struct Options
{
    QString command;
    QStringList arguments;
    QString output;
    QStringList overlays;
    QStringList base;
    QString root; // publish, sheets: the clinic's root folder instead of the usual one
    QString kind; // sheets: which kind of record a sheet holds
    bool check = false; // import-sheet: check only
    bool lint = true; // the writing standard of patient text; --no-lint turns it off
};

int printDiagnostics(const Diagnostics &diagnostics)
{
    QTextStream err(stderr);
    QSet<QString> files;
    for (const auto &d : diagnostics) {
        err << d.toString() << '\n';
        files.insert(d.file);
    }
    err << QCoreApplication::translate("huanjiao-content", "%n error(s)", nullptr, int(diagnostics.size()))
        << ' ' << QCoreApplication::translate("huanjiao-content", "in %n file(s)", nullptr, int(files.size())) << '\n';
    return 1;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "huanjiao-content: " << message << '\n';
    return 1;
}

void printNotes(const QStringList &notes)
{
    QTextStream out(stdout);
    for (const QString &note : notes)
        out << note << '\n';
}

QString counts(const ContentSet &content)
{
    QStringList parts;
    for (Kind kind : allKinds()) {
        const auto n = std::count_if(content.records.begin(), content.records.end(),
                                     [kind](const ContentRecord &r) { return r.kind == kind; });
        if (n > 0)
            parts.append(QStringLiteral("%1 %2").arg(n).arg(kindName(kind)));
    }
    return parts.join(QStringLiteral(", "));
}

int validate(const Options &o)
{
    TerminalProgress progress;
    Diagnostics diagnostics;
    QStringList notes;
    const ContentSet content = ContentInput::load(o.arguments + o.overlays, &diagnostics, &notes, progress.callback());
    progress.clear();
    if (diagnostics.isEmpty() && o.lint)
        diagnostics = ContentLint::check(content);
    if (!diagnostics.isEmpty())
        return printDiagnostics(diagnostics);
    printNotes(notes);
    QTextStream(stdout) << ContentTool::tr("%1 records (%2): no problems").arg(content.records.size()).arg(counts(content)) << '\n';
    return 0;
}

int build(const Options &o)
{
    TerminalProgress progress;
    QElapsedTimer timer;
    timer.start();
    const ContentBuild::Result result =
        ContentBuild::run(o.arguments + o.overlays, o.output, progress.callback(), {},
                          o.lint ? ContentBuild::Checks::FormatAndLint : ContentBuild::Checks::Format);
    progress.clear();
    if (!result.diagnostics.isEmpty())
        return printDiagnostics(result.diagnostics);
    if (!result.error.isEmpty())
        return fail(result.error + QLatin1Char(' ') + ContentTool::tr("(%1 is unchanged)").arg(o.output));
    printNotes(result.notes);
    QTextStream(stdout) << ContentTool::tr("%1: %2 records (%3) in %4 s")
                               .arg(o.output)
                               .arg(result.content.records.size())
                               .arg(counts(result.content))
                               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                        << '\n';
    // What the content covers, as the README shows it.
    const DatabaseStats::Result stats = DatabaseStats::run(o.output);
    if (stats.ok())
        QTextStream(stdout) << stats.coverageTable() << stats.sizeLine() << '\n';
    return 0;
}

int import(const Options &o)
{
    TerminalProgress progress;
    const ContentImport::Result result = ContentImport::run(o.arguments.first(), o.base, o.output, progress.callback());
    progress.clear();
    if (!result.diagnostics.isEmpty())
        return printDiagnostics(result.diagnostics);
    if (!result.error.isEmpty())
        return fail(result.error);
    QTextStream(stdout) << ContentTool::tr("%1: %2 records written").arg(o.output).arg(result.records) << '\n';
    return 0;
}

int exportContent(const Options &o)
{
    TerminalProgress progress;
    QString error;
    int records = 0;
    const bool ok = ContentExport::run(o.arguments.first(), o.output, &error, &records, progress.callback());
    progress.clear();
    if (!ok)
        return fail(error);
    QTextStream(stdout) << ContentTool::tr("%1: %2 records written").arg(o.output).arg(records) << '\n';
    return 0;
}

int diff(const Options &o)
{
    TerminalProgress progress;
    const DatabaseDiff::Result result = DatabaseDiff::run(o.arguments.at(0), o.arguments.at(1), progress.callback());
    progress.clear();
    if (!result.ok()) {
        printDiagnostics(result.diagnostics);
        return 2;
    }
    QTextStream(stdout) << result.toText();
    return result.changes.isEmpty() ? 0 : 1; // as diff(1)
}

int stats(const Options &o)
{
    const DatabaseStats::Result result = DatabaseStats::run(o.arguments.first());
    if (!result.ok())
        return fail(result.error);
    QTextStream(stdout) << result.toText();
    return 0;
}

ClinicPaths clinicPaths(const Options &o)
{
    ClinicPaths paths = ClinicPaths::locate();
    if (!o.root.isEmpty())
        paths = ClinicPaths::under(o.root, paths.base);
    if (!o.base.isEmpty())
        paths.base = o.base.first();
    return paths;
}

// The clinic's layer over the bundled content, into the published database
// the program opens (README, "The clinic's content").
int publish(const Options &o)
{
    const ClinicPaths paths = clinicPaths(o);
    QTextStream out(stdout);
    const bool noLayer = !QFileInfo(paths.layer).isDir() || ContentSources::files(paths.layer).isEmpty();
    if (noLayer && paths.fleetLayers.isEmpty()) {
        out << ContentTool::tr("no clinic content at %1; nothing to publish").arg(paths.layer) << '\n';
        return 0;
    }
    TerminalProgress progress;
    const ClinicPublisher::Result result = ClinicPublisher::publish(paths, progress.callback());
    progress.clear();
    if (!result.diagnostics.isEmpty())
        return printDiagnostics(result.diagnostics);
    if (!result.error.isEmpty())
        return fail(result.error + QLatin1Char(' ') + ContentTool::tr("(%1 is unchanged)").arg(paths.published));
    printNotes(result.notes);
    out << ContentTool::tr("%1: %2 over %3, %4 records").arg(paths.published, paths.layer, paths.base)
               .arg(result.content.records.size())
        << '\n';
    return 0;
}

bool sheetKind(const Options &o, Kind *kind)
{
    if (kindFromName(o.kind, kind))
        return true;
    for (Kind k : allKinds()) {
        if (ClinicSheet::sheetName(k) == o.kind) {
            *kind = k;
            return true;
        }
    }
    QTextStream(stderr) << ContentTool::tr("huanjiao-content: --kind must name a kind (doctor, hospital, department, "
                                           "condition, drug, test, article, qa), not '%1'")
                               .arg(o.kind)
                        << '\n';
    return false;
}

// The sheet commands' common start: the kind named, the base the clinic's
// layer is checked against, and the layer read whole; then `work`.
template<typename Work>
int withClinicLayer(const Options &o, Work work)
{
    Kind kind;
    if (!sheetKind(o, &kind))
        return 2;
    const ClinicPaths paths = clinicPaths(o);
    const ClinicValidation validation(paths.base, paths.fleetLayers);
    if (!validation.ok())
        return fail(validation.error());
    ClinicLayer layer(paths.layer);
    Diagnostics diagnostics;
    if (!layer.load(&diagnostics))
        return printDiagnostics(diagnostics);
    layer.setBaseKeys(validation.baseKeys());
    return work(kind, paths, validation, layer);
}

// A spreadsheet of records into the clinic's layer: all of it, or nothing.
int importSheet(const Options &o)
{
    return withClinicLayer(o, [&o](Kind kind, const ClinicPaths &paths, const ClinicValidation &validation,
                                   ClinicLayer &layer) {
        const QString file = o.arguments.first();
        const ClinicSheet::Import result = ClinicSheet::importFile(file, kind, &layer, validation, !o.check);
        if (!result.error.isEmpty())
            return fail(file + QStringLiteral(": ") + result.error);
        if (!result.problems.isEmpty()) {
            QTextStream err(stderr);
            for (const SheetProblem &problem : result.problems)
                err << file << ": " << problem.toString() << '\n';
            err << ContentTool::tr("%n problem(s); nothing was imported", nullptr, int(result.problems.size())) << '\n';
            return 1;
        }
        QTextStream(stdout) << (o.check ? ContentTool::tr("%1: %2 records, no problems").arg(file).arg(result.records.size())
                                        : ContentTool::tr("%1: %2 records imported into %3; publish to show them")
                                              .arg(file)
                                              .arg(result.records.size())
                                              .arg(paths.layer))
                            << '\n';
        return 0;
    });
}

int exportSheet(const Options &o)
{
    return withClinicLayer(o, [&o](Kind kind, const ClinicPaths &, const ClinicValidation &validation,
                                   ClinicLayer &layer) {
        QString error;
        if (!ClinicSheet::exportFile(o.output, kind, layer, validation, &error))
            return fail(error);
        QTextStream(stdout) << ContentTool::tr("%1: %2 records written").arg(o.output).arg(layer.records(kind).size()) << '\n';
        return 0;
    });
}

int sheetTemplate(const Options &o)
{
    Kind kind;
    if (!sheetKind(o, &kind))
        return 2;
    QString error;
    if (!ClinicSheet::templateFile(o.output, kind, &error))
        return fail(error);
    QTextStream(stdout) << ContentTool::tr("%1: a sheet to fill in, one row per record").arg(o.output) << '\n';
    return 0;
}

// The clinic's layer as a Debian package for a chain's apt repository.
int package(const Options &o)
{
    const ClinicPaths paths = clinicPaths(o);
    QString error, name;
    if (!FleetPackage::build({paths.layer, paths.base, o.output, {}}, &error, &name))
        return fail(error);
    QTextStream(stdout) << ContentTool::tr("%1: package %2 with the layer %3").arg(o.output, name, paths.layer) << '\n';
    return 0;
}

struct Command
{
    const char *name;
    int arguments;
    bool needsOutput;
    int (*run)(const Options &);
};

constexpr Command kCommands[] = {
    {"validate", 1, false, validate}, {"build", 1, true, build}, {"import", 1, true, import},
    {"export", 1, true, exportContent}, {"diff", 2, false, diff}, {"stats", 1, false, stats},
    {"publish", 0, false, publish},   {"import-sheet", 1, false, importSheet},
    {"export-sheet", 0, true, exportSheet}, {"sheet-template", 0, true, sheetTemplate},
    {"package", 0, true, package},
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("huanjiao-content"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUANJIAO_VERSION));
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("huanjiao"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        ContentTool::tr("Validates Huanjiao content, builds the content database, and converts between its forms.\n"
           "SOURCE is a content folder, an interchange file (.jsonl) or a content database.\n\n"
           "Commands:\n"
           "  validate SOURCE [--overlay SOURCE]...          report every problem as file:line: message\n"
           "  build SOURCE [--overlay SOURCE]... -o FILE     validate, write, check, then replace FILE\n"
           "                                                 (the previous one is kept as FILE.bak)\n"
           "  import FILE.jsonl [--base SOURCE]... -o DIR    interchange file to content folder\n"
           "  export FILE -o DIR|OUT.jsonl                   database to content folder or interchange file\n"
           "  diff OLD NEW                                   records added, removed or changed\n"
           "  stats FILE                                     counts by kind, content version, build date\n"
           "  publish [--root DIR] [--base FILE]             the clinic's content over the bundled content,\n"
           "                                                 into the database the program opens\n"
           "  import-sheet FILE --kind KIND [--check]        a spreadsheet (.csv, .xlsx) into the clinic's content\n"
           "  export-sheet --kind KIND -o FILE               the clinic's records of a kind as a spreadsheet\n"
           "  sheet-template --kind KIND -o FILE             an empty sheet with the Chinese column headers\n"
           "  package [--root DIR] -o FILE.deb               the clinic's layer as a Debian package for a chain"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          ContentTool::tr("The file or folder to write."), ContentTool::tr("PATH"));
    const QCommandLineOption overlayOption(QStringLiteral("overlay"),
                                           ContentTool::tr("A clinic's overlay on the content; may be repeated, later ones win."),
                                           ContentTool::tr("SOURCE"));
    const QCommandLineOption baseOption(QStringLiteral("base"),
                                        ContentTool::tr("import: the content the file is an overlay of; may be repeated."),
                                        ContentTool::tr("SOURCE"));
    const QCommandLineOption noLintOption(
        QStringLiteral("no-lint"),
        ContentTool::tr("validate, build: check the format only, not the writing standard of patient text "
                        "(doses, brand names, emergency signs, questions, sentence length, authoring notes)."));
    const QCommandLineOption rootOption(QStringLiteral("root"),
                                        ContentTool::tr("publish: the folder holding clinic/ and the published database "
                                                        "(default: $HUANJIAO_CLINIC_ROOT, /var/lib/huanjiao, or the "
                                                        "user's data folder)."),
                                        ContentTool::tr("DIR"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        ContentTool::tr("sheets: the kind of record a sheet holds (doctor, or 医生 ...)."),
                                        ContentTool::tr("KIND"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         ContentTool::tr("import-sheet: report the problems, import nothing."));
    parser.addOptions({outputOption, overlayOption, baseOption, noLintOption, rootOption, kindOption, checkOption});
    parser.addPositionalArgument(QStringLiteral("command"), ContentTool::tr("validate, build, import, export, diff, stats, publish, import-sheet, export-sheet, sheet-template or package"));
    parser.addPositionalArgument(QStringLiteral("arguments"), ContentTool::tr("What the command works on."));
    parser.process(app);

    QStringList positional = parser.positionalArguments();
    const QString name = positional.isEmpty() ? QString() : positional.takeFirst();
    for (const Command &command : kCommands) {
        if (name != QLatin1String(command.name))
            continue;
        if (positional.size() != command.arguments || command.needsOutput != parser.isSet(outputOption)
            || (parser.isSet(overlayOption) && name != QLatin1String("validate") && name != QLatin1String("build"))
            || (parser.isSet(baseOption) && name != QLatin1String("import") && name != QLatin1String("publish")
                && name != QLatin1String("package") && !name.endsWith(QLatin1String("-sheet")))
            || (parser.isSet(rootOption) && name != QLatin1String("publish") && name != QLatin1String("package")
                && !name.endsWith(QLatin1String("-sheet")))
            || (parser.isSet(kindOption) != (name.contains(QLatin1String("sheet"))))
            || (parser.isSet(checkOption) && name != QLatin1String("import-sheet"))
            || (parser.isSet(noLintOption) && name != QLatin1String("validate") && name != QLatin1String("build"))) {
            QTextStream(stderr) << ContentTool::tr("huanjiao-content: wrong arguments for '%1'; see --help").arg(name) << '\n';
            return 2;
        }
        return command.run({name, positional, parser.value(outputOption), parser.values(overlayOption),
                            parser.values(baseOption), parser.value(rootOption), parser.value(kindOption),
                            parser.isSet(checkOption), !parser.isSet(noLintOption)});
    }
    QTextStream(stderr) << parser.helpText();
    return 2;
}
