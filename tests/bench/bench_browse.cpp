// SPDX-License-Identifier: GPL-3.0-or-later
// bench_browse: how fast browsing is with a large content database. Not a test:
// it prints figures. Builds a database of N conditions (the bundled conditions
// cloned with their prose, relations and all, so mentions are found as in real
// content), then times the builder's browse tables, page opening (query,
// render, layout) and list access.
//
//   bench_browse [N=100000] [--keep FILE]     build, keep the database in FILE
//   bench_browse --database FILE             time pages and lists of a built database

#include "ContentDatabase.h"
#include "ContentSources.h"
#include "DatabaseSchema.h"
#include "DatabaseWriter.h"
#include "EntityListModel.h"
#include "EntityUri.h"
#include "KindBrowser.h"
#include "KindListPage.h"
#include "ListIndexWriter.h"
#include "MentionIndexWriter.h"
#include "PageSource.h"
#include "PageRenderer.h"
#include "PageView.h"
#include "Repository.h"
#include "SqlConnection.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>

using namespace huanjiao;

namespace {

QTextStream out(stdout);

ContentSet cloned(int conditions)
{
    Diagnostics diagnostics;
    ContentSet set = ContentSources::load(QStringLiteral(HUANJIAO_CONTENT_DIR), &diagnostics);
    QList<ContentRecord> originals;
    for (const auto &r : set.records) {
        if (r.kind == Kind::Condition)
            originals.append(r);
    }
    const int existing = int(originals.size());
    for (int i = existing; i < conditions; ++i) {
        ContentRecord copy = originals.at(i % existing);
        copy.source.id += QStringLiteral("-%1").arg(i);
        for (auto &field : copy.source.fields) {
            if (field.key == QLatin1String("name"))
                field.value += QString::number(i);
            if (field.key == QLatin1String("aliases"))
                field.value.clear(); // aliases stay with the original
        }
        set.records.append(copy);
    }
    return set;
}

struct Stats
{
    QList<double> ms;
    void add(double v) { ms.append(v); }
    QString summary()
    {
        std::sort(ms.begin(), ms.end());
        auto at = [this](double q) { return ms.at(std::min(qsizetype(q * ms.size()), ms.size() - 1)); };
        return QStringLiteral("p50 %1 ms  p99 %2 ms  max %3 ms  (n=%4)")
            .arg(at(0.5), 0, 'f', 2)
            .arg(at(0.99), 0, 'f', 2)
            .arg(ms.last(), 0, 'f', 2)
            .arg(ms.size());
    }
};

double rebuild(const QString &path, const QStringList &tables, const QStringList &create,
               bool (*build)(QSqlDatabase, QString *))
{
    SqlConnection connection(path, SqlConnection::Mode::ReadWriteCreate);
    QSqlDatabase db = connection.database();
    QSqlQuery q(db);
    for (const QString &table : tables)
        q.exec(QStringLiteral("DROP TABLE %1").arg(table));
    for (const QString &statement : create)
        q.exec(statement);
    QElapsedTimer timer;
    timer.start();
    db.transaction();
    QString error;
    if (!build(db, &error))
        out << "  failed: " << error << '\n';
    db.commit();
    return timer.elapsed() / 1000.0;
}

} // namespace

bool build(int n, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const ContentSet set = cloned(n);
    out << "content: " << set.records.size() << " records, " << n << " conditions (generated in "
        << timer.elapsed() / 1000.0 << " s)\n";
    timer.restart();
    QString error;
    if (!DatabaseWriter::write(set, path, &error)) {
        out << "build failed: " << error << '\n';
        return false;
    }
    out << "whole build: " << timer.elapsed() / 1000.0 << " s\n";
    out << "  of which mention table (rebuilt alone): "
        << rebuild(path, {QStringLiteral("mention")}, DatabaseSchema::mentionTables(), &MentionIndexWriter::build)
        << " s\n";
    out << "  of which list tables (rebuilt alone): "
        << rebuild(path, {QStringLiteral("list_entry"), QStringLiteral("list_letter"), QStringLiteral("common_topic")},
                   DatabaseSchema::listTables(), &ListIndexWriter::build)
        << " s\n";
    out.flush();

    return true;
}

int measure(QApplication &app, const QString &path)
{
    OpenError openError;
    auto db = ContentDatabase::open(path, &openError);
    if (!db) {
        out << openError.message() << '\n';
        return 1;
    }
    const Repository repo(db->database());
    const PageSource pages(repo, db->info());
    {
        QSqlQuery q(db->database());
        q.exec(QStringLiteral("SELECT count(*) FROM mention"));
        q.next();
        out << "mentions: " << q.value(0).toLongLong() << '\n';
    }

    PageView view;
    view.resize(900, 800);
    view.show();
    QList<QUrl> urls{PageSource::homeUrl(), QUrl(QStringLiteral("huanjiao://department/neurology")),
                     QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm")),
                     QUrl(QStringLiteral("huanjiao://doctor/ye-lin")),
                     QUrl(QStringLiteral("huanjiao://hospital/jiangxi-chest"))};
    const auto sample = repo.listRange(Kind::Condition, 0, 0, repo.listSize(Kind::Condition));
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 300; ++i) {
        const auto &ref = sample.at(random->bounded(int(sample.size())));
        urls.append(EntityUri{ref.kind, ref.id}.toUrl());
    }
    urls.append(PageSource::homeUrl()); // again, warm
    // Fonts and glyph caches warm up on the first pages, as they do at start-up.
    for (int i = 0; i < 10; ++i)
        view.setPage(pages.page(urls.at(5 + i)).html);
    Stats source, layout, total, parse;
    for (const QUrl &url : urls) {
        {
            const QString html = pages.page(url).html;
            QTextDocument document;
            document.setDefaultStyleSheet(PageRenderer::styleSheet());
            QElapsedTimer p;
            p.start();
            document.setHtml(html);
            parse.add(p.nsecsElapsed() / 1e6);
        }
        QElapsedTimer t;
        t.start();
        const PageSource::Page page = pages.page(url);
        const double a = t.nsecsElapsed() / 1e6;
        view.setPage(page.html);
        const double b = t.nsecsElapsed() / 1e6;
        source.add(a);
        layout.add(b - a);
        total.add(b);
        if (urls.indexOf(url) < 5 || url == PageSource::homeUrl())
            out << "  " << url.toString() << ": " << QString::number(b, 'f', 2) << " ms (" << page.title << ")\n";
        app.processEvents();
    }
    out << "page query+render: " << source.summary() << '\n';
    out << "page layout:       " << layout.summary() << '\n';
    out << "  of which HTML parsing: " << parse.summary() << '\n';
    out << "page open total:   " << total.summary() << '\n';

    Stats list;
    EntityListModel model(repo, Kind::Condition);
    for (int i = 0; i < 300; ++i) {
        QElapsedTimer t;
        t.start();
        const int row = random->bounded(model.rowCount());
        model.index(row).data();
        list.add(t.nsecsElapsed() / 1e6);
    }
    out << "list row at a random place (a block read when not cached): " << list.summary() << '\n';
    Stats letters;
    for (QChar letter : QStringLiteral("ABDFGHJMQSXYZ")) {
        QElapsedTimer t;
        t.start();
        EntityListModel fresh(repo, Kind::Condition);
        fresh.index(fresh.rowForLetter(letter)).data();
        letters.add(t.nsecsElapsed() / 1e6);
    }
    out << "new list + A-Z jump + row read: " << letters.summary() << '\n';

    QElapsedTimer shown;
    shown.start();
    KindBrowser browser(repo);
    browser.resize(360, 800);
    browser.show();
    app.processEvents();
    out << "kind tabs built and shown: " << shown.nsecsElapsed() / 1e6 << " ms\n";
    Stats jumps;
    KindListPage *conditions = browser.listPage(Kind::Condition);
    for (QChar letter : QStringLiteral("ZAMYBXS")) {
        QElapsedTimer t;
        t.start();
        conditions->jumpToLetter(letter);
        app.processEvents(); // paints the rows now on screen
        jumps.add(t.nsecsElapsed() / 1e6);
    }
    out << "A-Z jump in the shown list, with repaint: " << jumps.summary() << '\n';
    return 0;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 && args.at(1).toInt() > 0 ? args.at(1).toInt() : 100000;
    const qsizetype keep = args.indexOf(QStringLiteral("--keep"));
    const qsizetype existing = args.indexOf(QStringLiteral("--database"));
    QTemporaryDir dir;
    QString path = keep > 0 && keep + 1 < args.size() ? args.at(keep + 1) : dir.filePath(QStringLiteral("big.sqlite"));
    if (existing > 0 && existing + 1 < args.size())
        path = args.at(existing + 1);
    else if (!build(n, path))
        return 1;
    return measure(app, path);
}
