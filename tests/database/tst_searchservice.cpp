// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchService.h"

#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

using namespace huanjiao;

// Only the newest request is answered. A searcher that can be held makes an
// older answer arrive after a newer request: the service must drop it (its
// check on the answer), and must not even run a request overtaken while it
// waited (the worker's check before running).
class TestSearchService : public QObject
{
    Q_OBJECT

    // Runs on the search thread: records what it ran; holds "held" queries
    // until released.
    struct HeldSearcher
    {
        QMutex mutex;
        QStringList ran;
        QSemaphore started;
        QSemaphore release;

        SearchService::SearcherFactory factory()
        {
            return [this]() -> SearchService::Searcher {
                return [this](const QString &text, const SearchOptions &) {
                    {
                        QMutexLocker lock(&mutex);
                        ran << text;
                    }
                    if (text.startsWith(QLatin1String("held"))) {
                        started.release();
                        release.acquire();
                    }
                    SearchResults results;
                    results.query = text;
                    return results;
                };
            };
        }
        QStringList runs()
        {
            QMutexLocker lock(&mutex);
            return ran;
        }
    };

    static QStringList answered(const QSignalSpy &spy)
    {
        QStringList queries;
        for (const QList<QVariant> &arguments : spy)
            queries << arguments.at(0).value<SearchResults>().query;
        return queries;
    }

private slots:
    void anAnswerOvertakenWhileItRanIsDropped()
    {
        HeldSearcher searcher;
        SearchService service(searcher.factory());
        QSignalSpy results(&service, &SearchService::resultsReady);
        service.search(QStringLiteral("held old"));
        QVERIFY(searcher.started.tryAcquire(1, 10000)); // the old query is running
        service.search(QStringLiteral("new"));
        searcher.release.release(); // the old answer arrives after the new request
        QTRY_COMPARE(answered(results), QStringList{QStringLiteral("new")});
        QTest::qWait(50); // nothing else comes
        QCOMPARE(answered(results), QStringList{QStringLiteral("new")});
        QCOMPARE(searcher.runs(), (QStringList{QStringLiteral("held old"), QStringLiteral("new")}));
    }

    void aRequestOvertakenWhileQueuedIsNotRun()
    {
        HeldSearcher searcher;
        SearchService service(searcher.factory());
        QSignalSpy results(&service, &SearchService::resultsReady);
        service.search(QStringLiteral("held first"));
        QVERIFY(searcher.started.tryAcquire(1, 10000));
        // Typed while the first one ran: only the last of these is wanted.
        service.search(QStringLiteral("second"));
        service.search(QStringLiteral("third"));
        searcher.release.release();
        QTRY_COMPARE(answered(results), QStringList{QStringLiteral("third")});
        QCOMPARE(searcher.runs(), (QStringList{QStringLiteral("held first"), QStringLiteral("third")}));
    }

    void aCancelledRequestIsNotAnswered()
    {
        HeldSearcher searcher;
        SearchService service(searcher.factory());
        QSignalSpy results(&service, &SearchService::resultsReady);
        service.search(QStringLiteral("held cleared"));
        QVERIFY(searcher.started.tryAcquire(1, 10000));
        service.cancel(); // the search text was cleared
        searcher.release.release();
        service.search(QStringLiteral("next"));
        QTRY_COMPARE(answered(results), QStringList{QStringLiteral("next")});
    }

    // The service as the window uses it: a real database, answered in order.
    void searchesTheContentDatabase()
    {
        SearchService service(QStringLiteral(HUANJIAO_TEST_DATABASE));
        QSignalSpy results(&service, &SearchService::resultsReady);
        service.search(QStringLiteral("面肌痉挛"));
        QTRY_COMPARE(results.count(), 1);
        const SearchResults found = results.at(0).at(0).value<SearchResults>();
        QCOMPARE(found.query, QStringLiteral("面肌痉挛"));
        QVERIFY(!found.hits.isEmpty());
        QCOMPARE(found.hits.first().ref.id, QStringLiteral("hemifacial-spasm"));
    }
};

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
