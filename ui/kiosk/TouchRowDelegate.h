// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace huanjiao {

// Makes every row of a list at least a finger high: draws with the list's
// own delegate, centred in a row of at least `minimumHeight` pixels. For the
// lists of entries (a name and a line under it, each on one line) it sets a
// row too long for the column a little smaller, down to four fifths of the
// type, rather than let the entry's delegate cut it short.
class TouchRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    TouchRowDelegate(QAbstractItemDelegate *inner, int minimumHeight, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The rows are an entry list's (EntityItemDelegate's): fit them to the width.
    void setFitsEntries(bool fits) { m_fitsEntries = fits; }

private:
    QPointer<QAbstractItemDelegate> m_inner;
    int m_minimumHeight;
    bool m_fitsEntries = false;
};

} // namespace huanjiao
