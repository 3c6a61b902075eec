// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserItemsModel.h"

#include <QLocale>

namespace huanjiao {

void UserItemsModel::setItems(const QList<UserItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int UserItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant UserItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const UserItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return item.title.isEmpty() ? item.url.toString() : item.title;
    case Qt::ToolTipRole:
        return QLocale().toString(item.when.toLocalTime(), QLocale::ShortFormat);
    case UrlRole:
        return item.url;
    default:
        return {};
    }
}

} // namespace huanjiao
