#pragma once

#include <QMainWindow>

class QMenu;
class QToolBar;

namespace huanjiao {

class DocumentTab;
class DocumentTabs;
class KindBrowser;
class PageSource;
class Repository;

// The main window: kind tabs on the left, document tabs on the right, and the
// navigation actions that act on the current document tab.
class BrowserWindow : public QMainWindow
{
    Q_OBJECT

public:
    BrowserWindow(const Repository &repository, const PageSource &pages, QWidget *parent = nullptr);

    DocumentTabs *documents() const { return m_documents; }
    KindBrowser *kinds() const { return m_kinds; }
    void openUrl(const QUrl &url, bool newTab = false);

private:
    void createActions();
    void updateActions();
    void addHistoryMenu(QToolBar *toolbar, QAction *action, int direction);
    void fillHistoryMenu(QMenu *menu, int direction);

    DocumentTabs *m_documents;
    KindBrowser *m_kinds;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_reopen = nullptr;
};

} // namespace huanjiao
