#pragma once

#include <QMainWindow>

namespace huanjiao {

class DocumentTab;
class DocumentTabs;
class KindBrowser;
class PageSource;
class Repository;
class SearchService;
class Sidebar;

// The main window: kind tabs on the left, document tabs on the right, and the
// navigation actions that act on the current document tab.
class BrowserWindow : public QMainWindow
{
    Q_OBJECT

public:
    BrowserWindow(const Repository &repository, const PageSource &pages, SearchService &search,
                  QWidget *parent = nullptr);

    DocumentTabs *documents() const { return m_documents; }
    Sidebar *sidebar() const { return m_sidebar; }
    KindBrowser *kinds() const;
    void openUrl(const QUrl &url, bool newTab = false);

private:
    void createActions();
    void updateActions();

    DocumentTabs *m_documents;
    Sidebar *m_sidebar;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_reopen = nullptr;
};

} // namespace huanjiao
