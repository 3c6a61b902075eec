// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchRowDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QWidget>

namespace huanjiao {

TouchRowDelegate::TouchRowDelegate(QAbstractItemDelegate *inner, int minimumHeight, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_inner(inner)
    , m_minimumHeight(minimumHeight)
{
}

void TouchRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!m_inner) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background (selection) fills the whole row; the inner
    // delegate draws its content at its own height, centred.
    const int innerHeight = m_inner->sizeHint(option, index).height();
    if (innerHeight >= option.rect.height()) {
        m_inner->paint(painter, option, index);
        return;
    }
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, option.widget);
    QStyleOptionViewItem inner = option;
    inner.rect.setTop(option.rect.top() + (option.rect.height() - innerHeight) / 2);
    inner.rect.setHeight(innerHeight);
    m_inner->paint(painter, inner, index);
}

QSize TouchRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = m_inner ? m_inner->sizeHint(option, index) : QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), m_minimumHeight));
    return size;
}

} // namespace huanjiao
