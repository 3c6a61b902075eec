// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: time to write one handout PDF, for every topic of the bundled
// content, against a baseline measured in the same run: the same text as a
// plain QTextDocument printed to PDF by QTextDocument::print(). Prints
// figures; it is not a test and ctest does not run it.
//
//   bench_handout [DATABASE] [ROUNDS]

#include "ContentDatabase.h"
#include "HandoutFont.h"
#include "HandoutRenderer.h"
#include "PdfExport.h"
#include "Prose.h"
#include "Repository.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>

using namespace huanjiao;

namespace {

struct Stats
{
    double median = 0, mean = 0, max = 0;
};

Stats stats(QList<double> ms)
{
    Stats s;
    if (ms.isEmpty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.median = ms.at(ms.size() / 2);
    s.max = ms.last();
    for (double v : ms)
        s.mean += v;
    s.mean /= ms.size();
    return s;
}

QString plainText(const Entity &e)
{
    QStringList lines{e.ref.name, e.english, e.aliases.join(QStringLiteral("、")), e.summary};
    for (const auto &[key, value] : e.fields)
        lines << value;
    for (const auto &section : e.sections) {
        lines << section.key << proseText(section.body);
        for (const auto &item : section.items)
            lines << item.title << proseText(item.body);
    }
    for (const auto &r : e.relations)
        lines << r.other.name;
    return lines.join(QLatin1Char('\n'));
}

double baselineMs(const Entity &e, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QTextDocument doc;
    doc.setDefaultFont(HandoutFont::font(12));
    doc.setPlainText(plainText(e));
    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setPageSize(QPageSize(QPageSize::A4));
    doc.print(&writer);
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = args.value(1, QStringLiteral(HUANJIAO_TEST_DATABASE));
    const int rounds = qMax(1, args.value(2, QStringLiteral("3")).toInt());
    QTextStream out(stdout);

    OpenError error;
    const auto db = ContentDatabase::open(path, &error);
    if (!db) {
        QTextStream(stderr) << error.message() << '\n';
        return 1;
    }
    const Repository repository(db->database());
    QList<Entity> topics;
    for (Kind kind : {Kind::Condition, Kind::Drug, Kind::Test, Kind::Article, Kind::Qa, Kind::Doctor}) {
        for (const auto &ref : repository.listRange(kind, 0, 0, 100000))
            topics.append(*repository.entity(kind, ref.id));
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    const QString basePdf = dir.filePath(QStringLiteral("baseline.pdf"));
    HandoutRenderer::Options options;
    options.sampleContent = db->info().sample;

    // The first handout pays for loading fonts; reported on its own.
    QElapsedTimer timer;
    timer.start();
    {
        HandoutRenderer renderer({topics.first()}, options);
        PdfExport::write(renderer, QPageSize::A4, pdf, QString());
    }
    const double coldMs = timer.nsecsElapsed() / 1e6;

    QList<double> handoutMs, conditionMs, baseline;
    int pages = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const Entity &topic : topics) {
            // Interleaved, so both see the same machine load.
            baseline.append(baselineMs(topic, basePdf));
            timer.restart();
            HandoutRenderer renderer({topic}, options);
            const PdfExport::Result result = PdfExport::write(renderer, QPageSize::A4, pdf, topic.ref.name);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (!result.ok) {
                QTextStream(stderr) << result.message << '\n';
                return 1;
            }
            handoutMs.append(ms);
            if (topic.ref.kind == Kind::Condition)
                conditionMs.append(ms);
            if (round == 0)
                pages += result.pages;
        }
    }

    QList<Entity> conditions;
    for (const Entity &t : topics) {
        if (t.ref.kind == Kind::Condition)
            conditions.append(t);
    }
    timer.restart();
    HandoutRenderer basket(conditions, options);
    const PdfExport::Result basketResult = PdfExport::write(basket, QPageSize::A4, pdf, QStringLiteral("basket"));
    const double basketMs = timer.nsecsElapsed() / 1e6;

    const Stats h = stats(handoutMs), c = stats(conditionMs), b = stats(baseline);
    out << "handout benchmark: " << topics.size() << " topics (" << pages << " pages), " << rounds << " rounds, "
        << "font " << HandoutFont::family() << "\n";
    out << QStringLiteral("  first handout (fonts loading)   %1 ms\n").arg(coldMs, 0, 'f', 1);
    out << QStringLiteral("  handout per topic               median %1 ms, mean %2 ms, max %3 ms\n")
               .arg(h.median, 0, 'f', 1).arg(h.mean, 0, 'f', 1).arg(h.max, 0, 'f', 1);
    out << QStringLiteral("  condition handout               median %1 ms, mean %2 ms, max %3 ms\n")
               .arg(c.median, 0, 'f', 1).arg(c.mean, 0, 'f', 1).arg(c.max, 0, 'f', 1);
    out << QStringLiteral("  baseline (plain text to PDF)    median %1 ms, mean %2 ms, max %3 ms\n")
               .arg(b.median, 0, 'f', 1).arg(b.mean, 0, 'f', 1).arg(b.max, 0, 'f', 1);
    out << QStringLiteral("  ratio handout / baseline        %1 (median)\n").arg(h.median / b.median, 0, 'f', 2);
    out << QStringLiteral("  basket of %1 conditions          %2 ms, %3 pages, %4 ms a topic\n")
               .arg(conditions.size())
               .arg(basketMs, 0, 'f', 1)
               .arg(basketResult.pages)
               .arg(basketMs / qMax(1, int(conditions.size())), 0, 'f', 1);
    out << QStringLiteral("  target                          under 300 ms a topic: %1\n")
               .arg(h.max < 300 ? QStringLiteral("met (max %1 ms)").arg(h.max, 0, 'f', 1)
                                : QStringLiteral("NOT met (max %1 ms)").arg(h.max, 0, 'f', 1));
    return 0;
}
