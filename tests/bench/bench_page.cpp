// SPDX-License-Identifier: GPL-3.0-or-later
// bench_page: time to open a topic page (query, render, lay out) for a
// sample of entities, next to laying out the same text as plain text.
// With --long-section CHARS, also a page whose one section holds CHARS
// characters of body (in paragraphs of about 400, then as one paragraph):
// how long opening it holds the interface thread.
// --busy runs a second process that keeps one core busy meanwhile, as
// bench_search --busy does: a kiosk's or a desk PC's other work.
//   bench_page DATABASE [--pages N] [--long-section CHARS] [--busy]

#include "ContentDatabase.h"
#include "Entity.h"
#include "PageRenderer.h"
#include "PageSource.h"
#include "PageView.h"
#include "Repository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QAbstractTextDocumentLayout>
#include <QTextStream>

#include <algorithm>

using namespace huanjiao;

namespace {
// The second process of --busy: spins until killed.
[[noreturn]] void spin()
{
    volatile quint64 x = 0;
    for (;;)
        x = x + 1;
}

double percentile(QList<double> ms, double p)
{
    std::sort(ms.begin(), ms.end());
    return ms.isEmpty() ? 0 : ms.at(qMin(ms.size() - 1, qsizetype(p / 100.0 * double(ms.size()))));
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc == 2 && qstrcmp(argv[1], "--spin") == 0)
        spin();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("The content database."));
    const QCommandLineOption pagesOption(QStringLiteral("pages"), QStringLiteral("Pages to open."),
                                         QStringLiteral("N"), QStringLiteral("500"));
    parser.addOption(pagesOption);
    const QCommandLineOption longOption(QStringLiteral("long-section"),
                                        QStringLiteral("Also open a page with one section of this many characters."),
                                        QStringLiteral("CHARS"), QStringLiteral("0"));
    parser.addOption(longOption);
    const QCommandLineOption busyOption(QStringLiteral("busy"),
                                        QStringLiteral("Keep one core busy with a second process while measuring."));
    parser.addOption(busyOption);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    OpenError error;
    auto db = ContentDatabase::open(parser.positionalArguments().first(), &error);
    if (!db) {
        QTextStream(stderr) << error.message() << '\n';
        return 1;
    }
    const Repository repository(db->database());
    const PageSource pages(repository, db->info());

    // A sample of every kind, conditions most.
    QStringList uris;
    QSqlQuery q(db->database());
    q.exec(QStringLiteral("SELECT kind, slug FROM entity WHERE kind NOT IN ('source')"));
    QStringList all;
    while (q.next())
        all << QStringLiteral("huanjiao://%1/%2").arg(q.value(0).toString(), q.value(1).toString());
    QRandomGenerator random(7);
    const int n = parser.value(pagesOption).toInt();
    for (int i = 0; i < n; ++i)
        uris << all.at(random.bounded(int(all.size())));

    PageView view;
    view.resize(900, 800);
    view.show();
    PageView plain;
    plain.resize(900, 800);
    plain.show();
    QProcess busy;
    if (parser.isSet(busyOption)) {
        busy.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--spin")});
        busy.waitForStarted();
    }
    QList<double> open, baseline;
    QElapsedTimer timer;
    for (const QString &uri : uris) {
        timer.start();
        const PageSource::Page page = pages.page(QUrl(uri));
        view.setPage(page.html);
        view.document()->documentLayout()->documentSize(); // force the layout a reader waits for
        open << double(timer.nsecsElapsed()) / 1e6;

        const QString text = view.toPlainText();
        timer.start();
        plain.setPlainText(text);
        plain.document()->documentLayout()->documentSize();
        baseline << double(timer.nsecsElapsed()) / 1e6;
    }
    QTextStream out(stdout);
    out << "database: " << parser.positionalArguments().first() << ", pages opened: " << uris.size() << '\n';
    out << QStringLiteral("open page        p50=%1 ms  p95=%2 ms  p99=%3 ms  max=%4 ms\n")
               .arg(percentile(open, 50), 0, 'f', 2).arg(percentile(open, 95), 0, 'f', 2)
               .arg(percentile(open, 99), 0, 'f', 2).arg(percentile(open, 100), 0, 'f', 2);
    out << QStringLiteral("plain text only  p50=%1 ms  p95=%2 ms  p99=%3 ms  max=%4 ms\n")
               .arg(percentile(baseline, 50), 0, 'f', 2).arg(percentile(baseline, 95), 0, 'f', 2)
               .arg(percentile(baseline, 99), 0, 'f', 2).arg(percentile(baseline, 100), 0, 'f', 2);
    out << QStringLiteral("ratio (page / plain text): p50 %1x\n")
               .arg(percentile(open, 50) / qMax(1e-6, percentile(baseline, 50)), 0, 'f', 2);
    const int longChars = parser.value(longOption).toInt();
    for (const int paragraph : {400, 0}) {
        if (longChars <= 0)
            break;
        Entity entity;
        entity.ref.name = QStringLiteral("长篇说明");
        entity.ref.id = QStringLiteral("long-section");
        entity.ref.rowid = 1;
        const QString sentence = QStringLiteral("患者应当按时服药，定期复查，如有不适及时就医。");
        QString body;
        int run = 0;
        while (body.size() < longChars) {
            body += sentence;
            run += int(sentence.size());
            if (paragraph > 0 && run >= paragraph) {
                body += QStringLiteral("\n\n");
                run = 0;
            }
        }
        entity.sections.append(Section{QStringLiteral("overview"), body, {}});
        const QString html = PageRenderer::render(entity, {});
        QElapsedTimer whole;
        whole.start();
        timer.start();
        view.setPage(html);
        const double first = double(timer.nsecsElapsed()) / 1e6;
        // The rest comes in later passes of the event loop: the longest pass
        // is how long the window could not answer.
        double longest = first;
        int passes = 0;
        while (view.isLoading()) {
            timer.start();
            QCoreApplication::processEvents();
            longest = qMax(longest, double(timer.nsecsElapsed()) / 1e6);
            ++passes;
        }
        out << QStringLiteral("long section     %1 characters, %2: first part shown in %3 ms, the rest in %4 passes"
                              " of the event loop, the longest %5 ms; whole page %6 ms\n")
                   .arg(body.size())
                   .arg(paragraph > 0 ? QStringLiteral("paragraphs of about %1").arg(paragraph)
                                      : QStringLiteral("one paragraph"))
                   .arg(first, 0, 'f', 1)
                   .arg(passes)
                   .arg(longest, 0, 'f', 1)
                   .arg(double(whole.nsecsElapsed()) / 1e6, 0, 'f', 1);
    }
    if (busy.state() != QProcess::NotRunning) {
        busy.kill();
        busy.waitForFinished();
        out << "measured with a second process keeping one core busy\n";
    }
    return 0;
}
