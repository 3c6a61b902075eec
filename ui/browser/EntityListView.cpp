// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityListView.h"

#include "EntityItemDelegate.h"
#include "FocusRing.h"
#include "EntityListModel.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

namespace huanjiao {

EntityListView::EntityListView(QWidget *parent)
    : QListView(parent)
{
    setItemDelegate(new EntityItemDelegate(this));
    // Uniform rows let the view place row 90,000 without asking for rows 0..89,999.
    setUniformItemSizes(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    FocusRing::attach(this); // Fusion's focus on the current row alone is too faint
}

void EntityListView::open(const QModelIndex &index, bool newTab)
{
    const QUrl url = index.data(EntityListModel::UriRole).toUrl();
    if (url.isValid())
        emit openRequested(url, newTab);
}

void EntityListView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = indexAt(event->position().toPoint());
    QListView::mousePressEvent(event);
}

void EntityListView::mouseReleaseEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    const bool middle = event->button() == Qt::MiddleButton;
    const bool left = event->button() == Qt::LeftButton;
    QListView::mouseReleaseEvent(event);
    // A click is a press and a release on the same entry, not a drag across the list.
    if (index.isValid() && index == m_pressed && (middle || left))
        open(index, middle || event->modifiers().testFlag(Qt::ControlModifier));
    m_pressed = QPersistentModelIndex();
}

void EntityListView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        open(currentIndex(), event->modifiers().testFlag(Qt::ControlModifier));
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

QMenu *EntityListView::createContextMenu(const QPoint &pos)
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return nullptr;
    QMenu *menu = new QMenu(this);
    const QPersistentModelIndex persistent(index);
    menu->addAction(tr("Open"), this, [this, persistent] { open(persistent, false); });
    menu->addAction(tr("Open in new tab"), this, [this, persistent] { open(persistent, true); });
    // Actions others put on the view (Add to Handout Basket) act on the current row.
    setCurrentIndex(index);
    if (!actions().isEmpty()) {
        menu->addSeparator();
        menu->addActions(actions());
    }
    return menu;
}

void EntityListView::contextMenuEvent(QContextMenuEvent *event)
{
    if (QMenu *menu = createContextMenu(event->pos())) {
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(event->globalPos());
    }
}

} // namespace huanjiao
