// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace huanjiao {

class PersonalPanel;
class UserItemsModel;
class UserStore;

// Bookmarks and recently viewed pages in a browser window: Bookmark This
// Page (Ctrl+D), the side panel (toggled from the View menu), export and
// import of bookmarks as JSON. Exists only when the window has a user store;
// kiosk mode gives it none, so it has no actions, no panel and keeps nothing.
class PersonalActions : public QObject
{
    Q_OBJECT

public:
    // `store` must outlive this object.
    // The actions go into the window's `viewMenu` and, Bookmark, onto `toolbar`.
    PersonalActions(UserStore *store, QMainWindow *window, QMenu *viewMenu, QToolBar *toolbar);

    // The page on show; the bookmark action acts on it.
    void setCurrentPage(const QUrl &url, const QString &title);
    // Remembers a page as viewed.
    void pageViewed(const QUrl &url, const QString &title);
    bool toggleBookmark();
    bool exportTo(const QString &path);
    // The number of bookmarks added, or -1 (and a message) when nothing was.
    int importFrom(const QString &path);

    QAction *bookmarkAction() const { return m_bookmark; }
    QAction *panelAction() const;
    QDockWidget *dock() const { return m_dock; }
    PersonalPanel *panel() const { return m_panel; }
    UserItemsModel *bookmarks() const { return m_bookmarks; }
    UserItemsModel *recent() const { return m_recent; }

signals:
    void openRequested(const QUrl &url, bool newTab);

private:
    void createActions(QMenu *view, QToolBar *toolbar);
    void refresh();
    void updateBookmarkAction();
    void showError(const QString &message);
    void showStatus(const QString &message);
    void chooseExport();
    void chooseImport();

    UserStore *m_store;
    QMainWindow *m_window;
    UserItemsModel *m_bookmarks;
    UserItemsModel *m_recent;
    PersonalPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_bookmark = nullptr;
    QUrl m_current;
    QString m_title;
};

} // namespace huanjiao
