// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutBasket.h"

#include "HtmlText.h"
#include "Labels.h"

namespace huanjiao {

HandoutBasket::HandoutBasket(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, [this] { emit countChanged(rowCount()); });
    connect(this, &QAbstractItemModel::rowsRemoved, this, [this] { emit countChanged(rowCount()); });
    connect(this, &QAbstractItemModel::modelReset, this, [this] { emit countChanged(rowCount()); });
    // Rows show their place in the handout, so a move or removal renumbers them.
    const auto renumber = [this] {
        if (!m_topics.isEmpty())
            emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
    };
    connect(this, &QAbstractItemModel::rowsMoved, this, renumber);
    connect(this, &QAbstractItemModel::rowsRemoved, this, renumber);
}

bool HandoutBasket::add(const EntityRef &ref)
{
    if (ref.id.isEmpty() || contains(ref.kind, ref.id))
        return false;
    const int row = int(m_topics.size());
    beginInsertRows({}, row, row);
    m_topics.append(ref);
    endInsertRows();
    return true;
}

bool HandoutBasket::contains(Kind kind, const QString &id) const
{
    for (const auto &ref : m_topics) {
        if (ref.kind == kind && ref.id == id)
            return true;
    }
    return false;
}

void HandoutBasket::remove(int row)
{
    removeRows(row, 1);
}

bool HandoutBasket::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_topics.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_topics.remove(row, count);
    endRemoveRows();
    return true;
}

bool HandoutBasket::move(int from, int to)
{
    // moveRows takes the row the item goes before: one further when moving down.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

bool HandoutBasket::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                             const QModelIndex &destinationParent, int destinationChild)
{
    const int size = int(m_topics.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > size || destinationChild < 0 || destinationChild > size
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<EntityRef> moving = m_topics.mid(sourceRow, count);
    m_topics.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_topics.insert(insertAt + i, moving.at(i));
    endMoveRows();
    return true;
}

void HandoutBasket::clear()
{
    beginResetModel();
    m_topics.clear();
    endResetModel();
}

QList<EntityUri> HandoutBasket::uris() const
{
    QList<EntityUri> list;
    for (const auto &ref : m_topics)
        list.append({ref.kind, ref.id});
    return list;
}

int HandoutBasket::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

QVariant HandoutBasket::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_topics.size())
        return {};
    const EntityRef &ref = m_topics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2").arg(index.row() + 1).arg(ref.name);
    case Qt::ToolTipRole:
        return HtmlText::toolTip(QStringLiteral("%1 · %2").arg(Labels::kindSingular(ref.kind), ref.name));
    case UriRole:
        return EntityUri{ref.kind, ref.id}.toUrl();
    case KindRole:
        return int(ref.kind);
    default:
        return {};
    }
}

Qt::ItemFlags HandoutBasket::flags(const QModelIndex &index) const
{
    // Items drag; drops land between them (an invalid index), never onto one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions HandoutBasket::supportedDropActions() const
{
    return Qt::MoveAction;
}

} // namespace huanjiao
