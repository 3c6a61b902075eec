#include "SearchService.h"

#include "ContentDatabase.h"
#include "SearchEngine.h"

namespace huanjiao {

// Lives on the search thread; owns that thread's connection and engine.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    SearchWorker(const QString &path, const QAtomicInteger<quint64> &latest)
        : m_path(path)
        , m_latest(latest)
    {
    }

public slots:
    void run(quint64 serial, const QString &text, const huanjiao::SearchOptions &options)
    {
        if (serial != m_latest.loadAcquire())
            return; // overtaken while queued
        if (!m_engine) {
            OpenError error;
            m_database = ContentDatabase::open(m_path, &error);
            if (!m_database)
                return; // the window already refused a bad database; nothing to search
            m_engine = std::make_unique<SearchEngine>(m_database->database());
        }
        SearchResults results = m_engine->search(text, options);
        emit finished(serial, results);
    }

    void close()
    {
        m_engine.reset();
        m_database.reset();
    }

signals:
    void finished(quint64 serial, const huanjiao::SearchResults &results);

private:
    QString m_path;
    const QAtomicInteger<quint64> &m_latest;
    std::unique_ptr<ContentDatabase> m_database;
    std::unique_ptr<SearchEngine> m_engine;
};

SearchService::SearchService(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new SearchWorker(databasePath, m_latest))
{
    qRegisterMetaType<SearchResults>();
    qRegisterMetaType<SearchOptions>();
    m_thread.setObjectName(QStringLiteral("search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, [this](quint64 serial, const SearchResults &results) {
        if (serial == m_latest.loadAcquire())
            emit resultsReady(results);
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
