// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "VisitorState.h"

#include <QMainWindow>

class QMenu;
class QSplitter;
class QToolBar;

namespace huanjiao {

class DocumentTab;
class DocumentTabs;
class HandoutActions;
class KindBrowser;
class PageSource;
class PersonalActions;
class Repository;
class SearchService;
class Sidebar;
class UserStore;
class ViewActions;

// The main window: kind tabs on the left, document tabs on the right, and the
// navigation actions that act on the current document tab.
class BrowserWindow : public QMainWindow, public VisitorState
{
    Q_OBJECT

public:
    BrowserWindow(const Repository &repository, const PageSource &pages, SearchService &search,
                  QWidget *parent = nullptr);

    DocumentTabs *documents() const { return m_documents; }
    Sidebar *sidebar() const { return m_sidebar; }
    KindBrowser *kinds() const;
    HandoutActions *handouts() const { return m_handouts; }
    ViewActions *viewActions() const { return m_viewActions; }
    void openUrl(const QUrl &url, bool newTab = false);
    // Bookmarks and recently viewed pages, kept in `store` (which must outlive
    // the window). Without a call (kiosk mode) the window has neither.
    void setUserStore(UserStore *store);
    PersonalActions *personal() const { return m_personal; }

    // The window's menus and toolbars, for the parts that add to them.
    QMenu *viewMenu() const;
    QToolBar *navigationToolBar() const { return m_navigation; }
    // The sidebar beside the pages.
    QSplitter *splitter() const { return m_splitter; }
    // Every toolbar of the window's own parts (read aloud adds its own later).
    QList<QToolBar *> toolBars() const;
    // The parts of the window that keep something of a visitor, this window
    // (its status bar) among them: what a kiosk resets between visitors.
    QList<VisitorState *> visitorStates() const;
    void resetForNextVisitor() override;
    // File > Quit (Ctrl+Q), which closes the window; the desktop has it, a kiosk must not.
    QAction *addQuitAction();

private:
    void createActions();
    void updateActions();
    void addHistoryMenu(QToolBar *toolbar, QAction *action, int direction);
    void fillHistoryMenu(QMenu *menu, int direction);

    DocumentTabs *m_documents;
    Sidebar *m_sidebar;
    QSplitter *m_splitter = nullptr;
    QToolBar *m_navigation = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_reopen = nullptr;
    HandoutActions *m_handouts = nullptr;
    ViewActions *m_viewActions = nullptr;
    PersonalActions *m_personal = nullptr;
};

} // namespace huanjiao
