#pragma once

#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QStackedWidget;

namespace huanjiao {

class KindBrowser;
class Repository;
class SearchBox;
class SearchResultsModel;
class SearchService;
struct SearchResults;

// The left column: the search field on top; below it the kind tabs, or the
// search results (grouped by kind, with kind and department filters) while
// there is search text.
class Sidebar : public QWidget
{
    Q_OBJECT

public:
    Sidebar(const Repository &repository, SearchService &search, QWidget *parent = nullptr);

    SearchBox *searchBox() const { return m_box; }
    KindBrowser *kinds() const { return m_kinds; }
    QListView *resultsView() const { return m_results; }
    SearchResultsModel *resultsModel() const { return m_model; }
    void focusSearch();
    void clearSearch();

signals:
    void openRequested(const QUrl &url, bool newTab);

private:
    void runSearch();
    void showResults(const SearchResults &results);
    void navigate(int key);
    void openCurrent(bool newTab);
    void fillDepartments();

    SearchService &m_search;
    SearchBox *m_box;
    QComboBox *m_kindFilter;
    QComboBox *m_departmentFilter;
    QStackedWidget *m_stack;
    KindBrowser *m_kinds;
    QWidget *m_resultsPage;
    QListView *m_results;
    QLabel *m_empty;
    SearchResultsModel *m_model;
    // Enter pressed before the results for the current text arrived: open the
    // first of them when they do (0: nothing pending, 1: here, 2: new tab).
    int m_pendingOpen = 0;
};

} // namespace huanjiao
