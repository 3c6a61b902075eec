// SPDX-License-Identifier: GPL-3.0-or-later
// bench_content: how long the content pipeline takes on a large content set.
// Generates a deterministic interchange file (SyntheticContent), then times
// import (.jsonl -> folder), build (folder -> database), build straight from
// the .jsonl, and export (database -> folder), through the same classes
// huanjiao-content runs. Prints the figures; it is not a test.
//   bench_content [--conditions 10000] [--others 100000] [--keep DIR]

#include "ContentBuild.h"
#include "ContentExport.h"
#include "ContentImport.h"
#include "Progress.h"
#include "InterchangeFile.h"
#include "SyntheticContent.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace huanjiao;

namespace {

QTextStream out(stdout);

// Peak resident memory of this process so far, in MiB.
qint64 peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return 0;
}

void figure(const char *step, qint64 ms, const QString &detail = {})
{
    out << QStringLiteral("%1 %2 s").arg(QLatin1String(step), -28).arg(ms / 1000.0, 7, 'f', 2);
    if (!detail.isEmpty())
        out << "  " << detail;
    out << "  (peak " << peakMiB() << " MiB)\n";
    out.flush();
}

// Times each stage a command reports through its Progress, to show where the time goes.
class StageTimes
{
public:
    Progress callback()
    {
        return [this](const QString &stage, qint64, qint64) {
            if (stage == m_stage)
                return;
            finish();
            m_stage = stage;
            m_timer.start();
        };
    }
    void finish()
    {
        if (!m_stage.isEmpty())
            out << QStringLiteral("    %1 %2 s\n").arg(m_stage, -60).arg(m_timer.elapsed() / 1000.0, 7, 'f', 2);
        m_stage.clear();
    }

private:
    QString m_stage;
    QElapsedTimer m_timer;
};

bool report(const Diagnostics &diagnostics, const QString &error)
{
    QTextStream err(stderr);
    for (qsizetype i = 0; i < qMin<qsizetype>(diagnostics.size(), 10); ++i)
        err << diagnostics.at(i).toString() << '\n';
    if (!error.isEmpty())
        err << error << '\n';
    return diagnostics.isEmpty() && error.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times import and build of a large interchange file."));
    parser.addHelpOption();
    const QCommandLineOption conditionsOption(QStringLiteral("conditions"), QStringLiteral("Conditions."),
                                              QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption othersOption(QStringLiteral("others"), QStringLiteral("Records of other kinds."),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Work in DIR and keep the files."),
                                        QStringLiteral("DIR"));
    parser.addOptions({conditionsOption, othersOption, keepOption});
    parser.process(app);

    QTemporaryDir temporary;
    const QString work = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir().mkpath(work);
    const QDir dir(work);
    const QString jsonl = dir.filePath(QStringLiteral("content.jsonl"));
    const QString folder = dir.filePath(QStringLiteral("content"));
    const QString database = dir.filePath(QStringLiteral("content.sqlite"));
    const QString direct = dir.filePath(QStringLiteral("direct.sqlite"));
    const QString exported = dir.filePath(QStringLiteral("exported"));

    SyntheticContent synthetic;
    synthetic.conditions = parser.value(conditionsOption).toInt();
    synthetic.others = parser.value(othersOption).toInt();
    QElapsedTimer timer;
    timer.start();
    ContentSet content = synthetic.generate();
    const qsizetype conditions = std::count_if(content.records.begin(), content.records.end(),
                                               [](const ContentRecord &r) { return r.kind == Kind::Condition; });
    figure("generate", timer.elapsed(),
           QStringLiteral("%1 conditions, %2 other records").arg(conditions).arg(content.records.size() - conditions));

    timer.restart();
    QString error;
    if (!report({}, InterchangeFile::write(content, jsonl, &error) ? QString() : error))
        return 1;
    figure("write interchange file", timer.elapsed(),
           QStringLiteral("%1 MiB").arg(QFileInfo(jsonl).size() / (1024.0 * 1024.0), 0, 'f', 1));
    content = {}; // what follows reads the file, as a clinic's run would

    timer.restart();
    const ContentImport::Result imported = ContentImport::run(jsonl, {}, folder);
    if (!report(imported.diagnostics, imported.error))
        return 1;
    const qint64 importMs = timer.elapsed();
    figure("import .jsonl -> folder", importMs, QStringLiteral("%1 records").arg(imported.records));

    timer.restart();
    StageTimes stages;
    {
        const ContentBuild::Result built = ContentBuild::run({folder}, database, stages.callback());
        if (!report(built.diagnostics, built.error))
            return 1;
    }
    const qint64 buildMs = timer.elapsed();
    stages.finish();
    figure("build folder -> database", buildMs,
           QStringLiteral("%1 MiB").arg(QFileInfo(database).size() / (1024.0 * 1024.0), 0, 'f', 1));
    figure("import + build", importMs + buildMs);

    timer.restart();
    {
        const ContentBuild::Result fromJsonl = ContentBuild::run({jsonl}, direct);
        if (!report(fromJsonl.diagnostics, fromJsonl.error))
            return 1;
    }
    figure("build .jsonl -> database", timer.elapsed());

    timer.restart();
    int records = 0;
    if (!report({}, ContentExport::run(database, exported, &error, &records) ? QString() : error))
        return 1;
    figure("export database -> folder", timer.elapsed(), QStringLiteral("%1 records").arg(records));
    return 0;
}
