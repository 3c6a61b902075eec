// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityListModel.h"

#include "HtmlText.h"
#include "EntityUri.h"

namespace huanjiao {

namespace {
constexpr int kBlockSize = 100;
// About 40 screens of rows; beyond that the cache starts over.
constexpr int kMaxBlocks = 64;
} // namespace

EntityListModel::EntityListModel(const Repository &repository, Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_kind(kind)
{
    reload();
}

void EntityListModel::reload()
{
    m_blocks.clear();
    m_size = m_repository.listSize(m_kind, m_department);
    m_letters = m_repository.letters(m_kind, m_department);
}

void EntityListModel::setDepartment(qint64 department)
{
    if (department == m_department)
        return;
    beginResetModel();
    m_department = department;
    reload();
    endResetModel();
}

void EntityListModel::setDescending(bool descending)
{
    if (descending == m_descending)
        return;
    beginResetModel();
    m_descending = descending;
    m_blocks.clear();
    endResetModel();
}

QList<Repository::Letter> EntityListModel::letters() const
{
    QList<Repository::Letter> list;
    for (const auto &letter : m_letters)
        list.append({letter.letter, rowForLetter(letter.letter), letter.count});
    return list;
}

int EntityListModel::rowForLetter(QChar letter) const
{
    for (const auto &l : m_letters) {
        if (l.letter != letter || l.count == 0)
            continue;
        // Descending, the letter's block starts at its last entry.
        return m_descending ? m_size - (l.position + l.count) : l.position;
    }
    return -1;
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

const EntityRef *EntityListModel::refAt(int row) const
{
    if (row < 0 || row >= m_size)
        return nullptr;
    const int position = m_descending ? m_size - 1 - row : row;
    const int block = position / kBlockSize;
    auto it = m_blocks.find(block);
    if (it == m_blocks.end()) {
        if (m_blocks.size() >= kMaxBlocks)
            m_blocks.clear();
        it = m_blocks.insert(block, m_repository.listRange(m_kind, m_department, block * kBlockSize, kBlockSize));
    }
    const int offset = position - block * kBlockSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const EntityRef *ref = refAt(index.row());
    if (!ref)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return ref->name;
    case Qt::ToolTipRole:
        return HtmlText::toolTip(ref->subtitle);
    case SubtitleRole:
    case Qt::AccessibleDescriptionRole:
        return ref->subtitle;
    case UriRole:
        return EntityUri{ref->kind, ref->id}.toUrl();
    case IdRole:
        return ref->id;
    case RowidRole:
        return ref->rowid;
    default:
        return {};
    }
}

} // namespace huanjiao
