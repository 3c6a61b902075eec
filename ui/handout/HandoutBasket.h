// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entity.h"
#include "EntityUri.h"

#include <QAbstractListModel>

namespace huanjiao {

// The topics collected for one printed handout, in the order they will be
// printed. Each topic is in it once; rows can be moved (also by dragging in
// a list view) and removed.
class HandoutBasket : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { UriRole = Qt::UserRole + 1, KindRole };

    explicit HandoutBasket(QObject *parent = nullptr);

    // False when the topic is in the basket already.
    bool add(const EntityRef &ref);
    bool contains(Kind kind, const QString &id) const;
    void remove(int row);
    bool move(int from, int to);
    void clear();
    const QList<EntityRef> &topics() const { return m_topics; }
    QList<EntityUri> uris() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void countChanged(int count);

private:
    QList<EntityRef> m_topics;
};

} // namespace huanjiao
