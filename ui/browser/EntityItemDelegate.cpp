// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityItemDelegate.h"

#include "EntityListModel.h"

#include <QApplication>
#include <QPainter>

namespace huanjiao {

namespace {
constexpr int kPadding = 6;

QFont subtitleFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}
} // namespace

void EntityItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    const QString subtitle = index.data(EntityListModel::SubtitleRole).toString();
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect r = opt.rect.adjusted(kPadding * 2, kPadding, -kPadding * 2, -kPadding);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics fm(opt.font);
    painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(name, Qt::ElideRight, r.width()));
    if (!subtitle.isEmpty()) {
        const QFont small = subtitleFont(opt.font);
        const QFontMetrics sm(small);
        painter->setFont(small);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(r.left(), r.top() + fm.height() + 2, r.width(), sm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, sm.elidedText(subtitle, Qt::ElideRight, r.width()));
    }
    painter->restore();
}

QSize EntityItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    int height = fm.height() + kPadding * 2;
    if (!index.data(EntityListModel::SubtitleRole).toString().isEmpty())
        height += QFontMetrics(subtitleFont(option.font)).height() + 2;
    return {fm.averageCharWidth() * 20, height};
}

} // namespace huanjiao
