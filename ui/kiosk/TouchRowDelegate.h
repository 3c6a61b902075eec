// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace huanjiao {

// Makes every row of a list at least a finger high: draws with the list's
// own delegate, centred in a row of at least `minimumHeight` pixels.
class TouchRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    TouchRowDelegate(QAbstractItemDelegate *inner, int minimumHeight, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QPointer<QAbstractItemDelegate> m_inner;
    int m_minimumHeight;
};

} // namespace huanjiao
