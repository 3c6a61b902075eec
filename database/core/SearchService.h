#pragma once

#include "SearchResults.h"

#include <QAtomicInteger>
#include <QObject>
#include <QThread>

namespace huanjiao {

class SearchWorker;

// Runs searches on a thread of its own, on its own read-only connection, so
// typing never waits for the database. Only the newest request is answered:
// requests that were overtaken by further typing are dropped unrun or unsent.
class SearchService : public QObject
{
    Q_OBJECT

public:
    explicit SearchService(const QString &databasePath, QObject *parent = nullptr);
    ~SearchService() override;

    // Call from the thread that owns the service; answered by resultsReady.
    void search(const QString &text, const SearchOptions &options = {});
    // Forget the pending request (the search text was cleared).
    void cancel();

signals:
    void resultsReady(const huanjiao::SearchResults &results);

private:
    QThread m_thread;
    SearchWorker *m_worker;
    QAtomicInteger<quint64> m_latest{0};
};

} // namespace huanjiao
