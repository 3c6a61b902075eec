// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VisitorState.h"

#include <QUrl>
#include <QWidget>

class QAbstractItemView;
class QComboBox;
class QLabel;
class QListView;
class QStackedWidget;

namespace huanjiao {

class CrisisCard;

class KindBrowser;
class Repository;
class SearchBox;
class SearchResultsModel;
class SearchService;
struct SearchResults;

// The left column: the search field on top; below it the kind tabs, or the
// search results (grouped by kind, with kind and department filters) while
// there is search text.
class Sidebar : public QWidget, public VisitorState
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
    // Puts `widget` right under the search field (the kiosk's on-screen keyboard).
    void insertUnderSearchBox(QWidget *widget);
    // Puts `widget` above the kind lists, shown with them (the kiosk's kind buttons).
    void insertAboveKinds(QWidget *widget);
    // Searches for `text` as if it had been typed.
    void searchFor(const QString &text);
    // The filters' drop-down lists and the results (the kind lists are KindBrowser's).
    QList<QAbstractItemView *> itemViews() const;
    // No search text (nor its undo history), no results, no filter.
    void resetForNextVisitor() override;

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
    QWidget *m_kindsPage;
    KindBrowser *m_kinds;
    QWidget *m_resultsPage;
    QListView *m_results;
    QLabel *m_empty;
    CrisisCard *m_crisis;
    SearchResultsModel *m_model;
    // Enter pressed before the results for the current text arrived: open the
    // first of them when they do (0: nothing pending, 1: here, 2: new tab).
    int m_pendingOpen = 0;
};

} // namespace huanjiao
