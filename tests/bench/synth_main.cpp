// SPDX-License-Identifier: GPL-3.0-or-later
// huanjiao-synth: writes a synthetic content database for benchmarks, or an
// interchange file when FILE ends in .jsonl (for import benchmarks).
//   huanjiao-synth [--conditions N] [--others N] -o FILE

#include "DatabaseWriter.h"
#include "InterchangeFile.h"
#include "SyntheticContent.h"
#include "TerminalProgress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace huanjiao;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a deterministic synthetic content database."));
    parser.addHelpOption();
    const QCommandLineOption conditions(QStringLiteral("conditions"), QStringLiteral("Number of conditions."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption others(QStringLiteral("others"),
                                    QStringLiteral("Number of records of other kinds (0: in proportion)."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({conditions, others, output});
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(output)) {
        err << "huanjiao-synth: -o FILE is required\n";
        return 2;
    }
    SyntheticContent synthetic;
    synthetic.conditions = parser.value(conditions).toInt();
    synthetic.others = parser.value(others).toInt();
    QElapsedTimer timer;
    timer.start();
    // A bar on a terminal: a million conditions take minutes.
    TerminalProgress progress;
    const ContentSet set = synthetic.generate(progress.callback());
    const qint64 generated = timer.elapsed();
    QString error;
    const QString path = parser.value(output);
    // Written in place with no integrity check afterwards (a benchmark's
    // fixture, made again at will): the check reads the whole file once more,
    // minutes at a million conditions.
    if (path.endsWith(QLatin1String(".jsonl")) ? !InterchangeFile::write(set, path, &error)
                                               : !DatabaseWriter::create(set, path, &error, {}, progress.callback())) {
        progress.clear();
        err << "huanjiao-synth: " << error << '\n';
        return 1;
    }
    progress.clear();
    QTextStream(stdout) << set.records.size() << " records; generated in " << generated << " ms, written in "
                        << timer.elapsed() - generated << " ms\n";
    return 0;
}
