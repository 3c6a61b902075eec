// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>
#include <QUrl>

class QMenu;

namespace huanjiao {

// A list of entities that opens them the way a browser opens links: a click
// or Enter opens the page, Ctrl+click, a middle click or the context menu's
// "Open in new tab" opens it in a new tab.
class EntityListView : public QListView
{
    Q_OBJECT

public:
    explicit EntityListView(QWidget *parent = nullptr);

    // The menu for a right click at `pos` (viewport coordinates); the caller owns it.
    QMenu *createContextMenu(const QPoint &pos);

signals:
    void openRequested(const QUrl &url, bool newTab);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void open(const QModelIndex &index, bool newTab);

    QPersistentModelIndex m_pressed;
};

} // namespace huanjiao
