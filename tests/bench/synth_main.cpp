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
#include <QFile>
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
    // A bar on a terminal (plain lines otherwise): a million conditions take minutes.
    TerminalProgress bar;
    // Not a terminal (a log, a pipe): a plain line for each stage and each
    // tenth of it.
    QString lastStage;
    int lastTenth = -1;
    const Progress lines = [&](const QString &stage, qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 0;
        if (stage == lastStage && tenth == lastTenth)
            return;
        lastStage = stage;
        lastTenth = tenth;
        err << stage << ": " << tenth * 10 << "% (" << done << '/' << total << ", " << timer.elapsed() / 1000
            << " s)\n";
        err.flush();
    };
    const Progress progress = bar.enabled() ? bar.callback() : lines;
    QString error;
    const QString path = parser.value(output);
    qint64 records = 0;
    bool ok = false;
    if (path.endsWith(QLatin1String(".jsonl"))) {
        const ContentSet set = synthetic.generate(progress);
        records = set.records.size();
        ok = InterchangeFile::write(set, path, &error);
    } else {
        // Made (on a second thread) and written batch by batch: memory stays
        // flat at any size.
        // Written in place with no integrity check afterwards (a benchmark's
        // fixture, made again at will): the check reads the whole file once
        // more, minutes at a million conditions.
        // Made under a temporary name and renamed when done, so that no one
        // opens a database half written.
        records = synthetic.recordCount();
        const QString partial = path + QStringLiteral(".part");
        ok = DatabaseWriter::create(
                 SyntheticContent::meta(), records,
                 [&](const DatabaseWriter::Sink &sink) { return synthetic.generateAhead(sink); }, partial, &error, {},
                 progress)
            && (QFile::remove(path) || !QFile::exists(path)) && QFile::rename(partial, path);
        if (!ok && error.isEmpty())
            error = QStringLiteral("cannot rename %1 to %2").arg(partial, path);
    }
    bar.clear();
    if (!ok) {
        err << "huanjiao-synth: " << error << '\n';
        return 1;
    }
    QTextStream(stdout) << records << " records in " << timer.elapsed() << " ms\n";
    return 0;
}
