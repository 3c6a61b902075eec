// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserStore.h"

#include <QAbstractListModel>

namespace huanjiao {

// A list of bookmarks or recently viewed pages for a view: the title shows,
// the address is in UrlRole. The owner hands it the store's list anew after
// each change (a few dozen rows).
class UserItemsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { UrlRole = Qt::UserRole + 1 };

    using QAbstractListModel::QAbstractListModel;

    void setItems(const QList<UserItem> &items);
    const QList<UserItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<UserItem> m_items;
};

} // namespace huanjiao
