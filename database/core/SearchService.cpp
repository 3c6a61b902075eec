// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchService.h"

#include "ContentDatabase.h"
#include "SearchEngine.h"

namespace huanjiao {

namespace {

// One read-only connection and the engine over it; the engine goes first.
struct EngineConnection
{
    std::unique_ptr<ContentDatabase> database;
    std::unique_ptr<SearchEngine> engine;
    ~EngineConnection() { engine.reset(); }
};

} // namespace

// Lives on the search thread; owns the searcher, and so that thread's connection.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    SearchWorker(SearchService::SearcherFactory factory, const QAtomicInteger<quint64> &latest)
        : m_factory(std::move(factory))
        , m_latest(latest)
    {
    }

public slots:
    void run(quint64 serial, const QString &text, const huanjiao::SearchOptions &options)
    {
        if (serial != m_latest.loadAcquire())
            return; // overtaken while queued
        if (!m_searcher) {
            m_searcher = m_factory();
            if (!m_searcher)
                return; // the window already refused a bad database; nothing to search
        }
        SearchResults results = m_searcher(text, options);
        emit finished(serial, results);
    }

    void close() { m_searcher = {}; }

signals:
    void finished(quint64 serial, const huanjiao::SearchResults &results);

private:
    SearchService::SearcherFactory m_factory;
    const QAtomicInteger<quint64> &m_latest;
    SearchService::Searcher m_searcher;
};

SearchService::SearchService(const QString &databasePath, QObject *parent)
    : SearchService(
          [databasePath]() -> Searcher {
              auto connection = std::make_shared<EngineConnection>();
              OpenError error;
              connection->database = ContentDatabase::open(databasePath, &error);
              if (!connection->database)
                  return {};
              connection->engine = std::make_unique<SearchEngine>(connection->database->database());
              return [connection](const QString &text, const SearchOptions &options) {
                  return connection->engine->search(text, options);
              };
          },
          parent)
{
}

SearchService::SearchService(SearcherFactory factory, QObject *parent)
    : QObject(parent)
    , m_worker(new SearchWorker(std::move(factory), m_latest))
{
    qRegisterMetaType<SearchResults>();
    qRegisterMetaType<SearchOptions>();
    m_thread.setObjectName(QStringLiteral("search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, [this](quint64 serial, const SearchResults &results) {
        if (serial == m_latest.loadAcquire())
            emit resultsReady(results); // else overtaken while it ran
    });
    m_thread.start();
}

SearchService::~SearchService()
{
    m_latest.storeRelease(m_latest.loadAcquire() + 1);
    // The connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(m_worker, &SearchWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SearchService::search(const QString &text, const SearchOptions &options)
{
    const quint64 serial = m_latest.fetchAndAddOrdered(1) + 1;
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(quint64, serial), Q_ARG(QString, text),
                              Q_ARG(huanjiao::SearchOptions, options));
}

void SearchService::cancel()
{
    m_latest.fetchAndAddOrdered(1);
}

} // namespace huanjiao

#include "SearchService.moc"
