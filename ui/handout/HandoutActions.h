// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentDatabase.h"
#include "PrintController.h"
#include "VisitorState.h"

#include <QObject>
#include <QUrl>

class QAbstractItemView;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace huanjiao {

class BasketPanel;
class HandoutBasket;
class HandoutCounts;
class UserStore;
class PrintController;
class Repository;

// Handouts in a browser window: Print (Ctrl+P) and Export PDF for the page
// on show, Add to Basket, the basket as a dockable panel, and the handout
// settings. The window tells it which page is on show; it adds its own menu,
// toolbar and dock to the window.
class HandoutActions : public QObject, public VisitorState
{
    Q_OBJECT

public:
    HandoutActions(const Repository &repository, const ContentInfo &info, QMainWindow *window);

    // The page the actions act on; pages that are not topics disable them.
    void setCurrentUrl(const QUrl &url);
    // Adds a topic (a page, or a search result) to the basket; false when it
    // is not a topic or is in the basket already.
    bool addToBasket(const QUrl &url);
    // Gives a list of topics (search results, a kind's list) an "Add to
    // Handout Basket" context menu for the item under the pointer. A view that
    // builds its own menu (an entity list) lists the view's actions in it.
    enum class ContextMenu { FromActions, ViewBuildsItsOwn };
    void offerBasketOn(QAbstractItemView *view, int uriRole, ContextMenu menu = ContextMenu::FromActions);
    // Kiosk mode: prints per `printing` with no dialog, and offers nothing
    // that opens a file dialog (Export PDF) or the settings.
    void lockDown(PrintController::Policy printing);

    HandoutBasket *basket() const { return m_basket; }
    BasketPanel *basketPanel() const { return m_panel; }
    PrintController *printController() const { return m_printer; }
    QDockWidget *basketDock() const { return m_dock; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QToolBar *toolBar() const { return m_toolBar; }
    // An empty, hidden basket and no message left open.
    void resetForNextVisitor() override;
    QAction *printAction() const { return m_print; }
    QAction *exportAction() const { return m_export; }
    QAction *addToBasketAction() const { return m_add; }

    // Counts handouts in `store` when the clinic has switched counting on,
    // and offers the counts as CSV. A kiosk is given no store.
    void setUserStore(UserStore *store);
    HandoutCounts *counts() const { return m_counts; }

    // The clinic's header, QR link and paper, in their own dialog.
    void editSettings();

signals:
    void openRequested(const QUrl &url, bool newTab);

private:
    void createActions();
    void updateActions();
    void showStatus(const QString &message);

    const Repository &m_repository;
    QMainWindow *m_window;
    HandoutBasket *m_basket;
    PrintController *m_printer;
    BasketPanel *m_panel;
    QDockWidget *m_dock;
    QUrl m_current;
    QAction *m_print = nullptr;
    QAction *m_export = nullptr;
    QAction *m_add = nullptr;
    QAction *m_settings = nullptr;
    HandoutCounts *m_counts = nullptr;
    QMenu *m_fileMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace huanjiao
