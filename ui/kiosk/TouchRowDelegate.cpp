// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchRowDelegate.h"

#include "EntityListModel.h"

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

namespace {
constexpr double kSmallest = 0.8; // of the list's type
constexpr int kEntryPadding = 24; // EntityItemDelegate's, left and right
constexpr double kSubtitleShare = 0.88; // EntityItemDelegate's line under the name

// The list's font, made smaller where the entry's name or the line under it
// would not fit the row whole.
QFont fittedFont(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QFont font = option.font;
    const int room = option.rect.width() - kEntryPadding;
    if (room <= 0)
        return font;
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * kSubtitleShare);
    const int name = QFontMetrics(font).horizontalAdvance(index.data().toString());
    const int subtitle = QFontMetrics(small).horizontalAdvance(index.data(EntityListModel::SubtitleRole).toString());
    const int widest = qMax(name, subtitle);
    if (widest <= room)
        return font;
    // Fonts do not scale exactly (hinting, fallback fonts): smaller in steps until both fit.
    const QString title = index.data().toString();
    const QString under = index.data(EntityListModel::SubtitleRole).toString();
    const double size = font.pointSizeF();
    for (double scale = qMin(1.0, double(room) / widest); scale >= kSmallest - 0.001; scale -= 0.02) {
        font.setPointSizeF(size * scale);
        small.setPointSizeF(size * scale * kSubtitleShare);
        if (QFontMetrics(font).horizontalAdvance(title) <= room && QFontMetrics(small).horizontalAdvance(under) <= room)
            break;
    }
    return font;
}
} // namespace

void TouchRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &given, const QModelIndex &index) const
{
    if (!m_inner) {
        QStyledItemDelegate::paint(painter, given, index);
        return;
    }
    QStyleOptionViewItem option = given;
    if (m_fitsEntries)
        option.font = fittedFont(given, index);
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
