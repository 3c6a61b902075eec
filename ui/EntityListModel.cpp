#include "EntityListModel.h"

#include "EntityUri.h"

namespace huanjiao {

namespace {
constexpr int kPageSize = 200;
}

EntityListModel::EntityListModel(const Repository &repository, Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_kind(kind)
{
}

void EntityListModel::setDepartment(qint64 department)
{
    beginResetModel();
    m_department = department;
    m_rows.clear();
    m_cursor = {};
    m_atEnd = false;
    endResetModel();
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EntityRef &ref = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return ref.name;
    case Qt::ToolTipRole:
    case SubtitleRole:
        return ref.subtitle;
    case Qt::AccessibleDescriptionRole:
        return ref.subtitle;
    case UriRole:
        return EntityUri{ref.kind, ref.id}.toUrl();
    case IdRole:
        return ref.id;
    default:
        return {};
    }
}

bool EntityListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void EntityListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    Repository::Cursor last = m_cursor;
    const QList<EntityRef> page = m_repository.page(m_kind, m_cursor, kPageSize, m_department, &last);
    if (page.size() < kPageSize)
        m_atEnd = true;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    m_cursor = last;
    endInsertRows();
}

} // namespace huanjiao
