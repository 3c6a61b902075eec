// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListView;
class QPushButton;

namespace huanjiao {

class UserItemsModel;

// Bookmarks and recently viewed pages as a side panel: two lists, a click
// opens the page; buttons remove a bookmark, export and import bookmarks and
// clear the recent list. It shows the models; the actions do the storing.
class PersonalPanel : public QWidget
{
    Q_OBJECT

public:
    PersonalPanel(UserItemsModel *bookmarks, UserItemsModel *recent, QWidget *parent = nullptr);

    QListView *bookmarkList() const { return m_bookmarks; }
    QListView *recentList() const { return m_recent; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void openRequested(const QUrl &url, bool newTab);
    void removeRequested(const QUrl &url);
    void exportRequested();
    void importRequested();
    void clearRecentRequested();

private:
    QListView *createList(UserItemsModel *model, const QString &name);
    void updateButtons();

    QListView *m_bookmarks;
    QListView *m_recent;
    QPushButton *m_remove;
    QPushButton *m_export;
    QPushButton *m_clearRecent;
};

} // namespace huanjiao
