// SPDX-License-Identifier: GPL-3.0-or-later
// bench_page: time to open a topic page (query, render, lay out) for a
// sample of entities, next to laying out the same text as plain text.
//   bench_page DATABASE [--pages N]

#include "ContentDatabase.h"
#include "PageSource.h"
#include "PageView.h"
#include "Repository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QAbstractTextDocumentLayout>
#include <QTextStream>

#include <algorithm>

using namespace huanjiao;

namespace {
double percentile(QList<double> ms, double p)
{
    std::sort(ms.begin(), ms.end());
    return ms.isEmpty() ? 0 : ms.at(qMin(ms.size() - 1, qsizetype(p / 100.0 * double(ms.size()))));
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("The content database."));
    const QCommandLineOption pagesOption(QStringLiteral("pages"), QStringLiteral("Pages to open."),
                                         QStringLiteral("N"), QStringLiteral("500"));
    parser.addOption(pagesOption);
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
    return 0;
}
