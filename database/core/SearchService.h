// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SearchResults.h"

#include <QAtomicInteger>
#include <QObject>
#include <QThread>

#include <functional>

namespace huanjiao {

class SearchWorker;

// Runs searches on a thread of its own, on its own read-only connection, so
// typing never waits for the database. Only the newest request is answered:
// requests that were overtaken by further typing are dropped unrun or unsent.
class SearchService : public QObject
{
    Q_OBJECT

public:
    // What answers one query on the search thread.
    using Searcher = std::function<SearchResults(const QString &text, const SearchOptions &options)>;
    // Makes the searcher, on the search thread, at the first query (null: nothing to search).
    using SearcherFactory = std::function<Searcher()>;

    // Searches the content database at `databasePath` with a SearchEngine.
    explicit SearchService(const QString &databasePath, QObject *parent = nullptr);
    // Searches with what `factory` makes (a test holds a query back with it).
    explicit SearchService(SearcherFactory factory, QObject *parent = nullptr);
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
