// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace huanjiao {

// Paints a search result: the name with the typed text highlighted, "also
// called ..." for an alias match, and for body matches a snippet with the
// match highlighted. Kind headers are painted as quiet section titles.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // HTML of text with every occurrence of the terms in bold; escaped.
    static QString highlighted(const QString &text, const QStringList &terms);

private:
    QString html(const QModelIndex &index, bool selected, const QPalette &palette) const;
};

} // namespace huanjiao
