// SPDX-License-Identifier: GPL-3.0-or-later
#include "../database/TestDatabase.h"

#include "EntityUri.h"
#include "PageProbe.h"
#include "PageSource.h"
#include "PageView.h"

#include <QQueue>
#include <QSet>
#include <QTest>

using namespace huanjiao;

// Follows every link of every page of the bundled content, starting from the
// home page, the way the page view shows them: no link may be dead, every
// in-page link must land on an anchor of its page, and every entity of the
// content must be reachable.
class TestCrawl : public QObject
{
    Q_OBJECT

    test::TestDatabase m_bundled;
    std::optional<PageSource> m_pages;

    static QSet<QString> anchorsOf(const PageView &view)
    {
        QSet<QString> names;
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
            // An empty <a name> before a heading lands on the block's own format.
            for (const QString &name : block.charFormat().anchorNames())
                names.insert(name);
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                for (const QString &name : it.fragment().charFormat().anchorNames())
                    names.insert(name);
            }
        }
        return names;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_bundled.openBundled(&error), qPrintable(error));
        m_pages.emplace(m_bundled.repo(), m_bundled.info());
    }

    void everyLinkWorksAndEveryPageIsReachable()
    {
        PageView view;
        view.resize(900, 700);
        QSet<QString> seen{PageSource::homeUrl().toString()};
        QQueue<QString> queue;
        queue.enqueue(PageSource::homeUrl().toString());
        int links = 0;
        while (!queue.isEmpty()) {
            const QString address = queue.dequeue();
            const PageSource::Page page = m_pages->page(QUrl(address));
            QVERIFY2(page.found, qPrintable(QStringLiteral("dead link: %1").arg(address)));
            QVERIFY2(!page.title.isEmpty(), qPrintable(address));
            // A tab opened behind shows this title before its page is made.
            const PageSource::Page heading = m_pages->heading(QUrl(address));
            QCOMPARE(heading.title, page.title);
            QCOMPARE(heading.found, page.found);
            view.setPage(page.html);
            const QSet<QString> anchors = anchorsOf(view);
            for (const QString &href : PageProbe::links(&view)) {
                ++links;
                const QUrl url(href);
                QVERIFY2(url.scheme() == EntityUri::scheme(),
                         qPrintable(QStringLiteral("%1 links outside the app: %2").arg(address, href)));
                const QString target = url.adjusted(QUrl::RemoveFragment).toString();
                if (url.hasFragment()) {
                    // In-page links (the outline) must find their place.
                    QCOMPARE(target, address);
                    QVERIFY2(anchors.contains(url.fragment()),
                             qPrintable(QStringLiteral("%1 has no anchor for %2").arg(address, href)));
                    continue;
                }
                if (!seen.contains(target)) {
                    seen.insert(target);
                    queue.enqueue(target);
                }
            }
        }

        const QUrl missing(QStringLiteral("huanjiao://condition/no-such-condition"));
        QCOMPARE(m_pages->heading(missing).title, m_pages->page(missing).title);
        QVERIFY(!m_pages->heading(missing).found);

        QStringList unreachable;
        int entities = 0;
        for (Kind kind : allKinds()) {
            const int size = m_bundled.repo().listSize(kind);
            for (const auto &ref : m_bundled.repo().listRange(kind, 0, 0, size)) {
                ++entities;
                const QString address = EntityUri{ref.kind, ref.id}.toString();
                if (!seen.contains(address))
                    unreachable << address;
            }
        }
        QVERIFY2(unreachable.isEmpty(), qPrintable(QStringLiteral("not reachable from home: ") + unreachable.join(u' ')));
        QVERIFY(entities >= 140);
        QCOMPARE(seen.size(), entities + 1); // every entity and the home page, nothing else
        qInfo("crawled %lld pages, %d links", qlonglong(seen.size()), links);
    }
};

QTEST_MAIN(TestCrawl)
#include "tst_crawl.moc"
