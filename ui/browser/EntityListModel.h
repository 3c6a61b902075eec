// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Repository.h"

#include <QAbstractListModel>
#include <QHash>

namespace huanjiao {

// The entities of one kind (optionally of one department and those under it)
// in pinyin order, either way round. The row count is known up front and rows
// are read a block at a time by position when a view asks for them, so a list
// of 100,000 rows costs only what is on screen and its scroll bar is true.
class EntityListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { UriRole = Qt::UserRole + 1, SubtitleRole, IdRole, RowidRole };

    EntityListModel(const Repository &repository, Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Shows only the entities of a department and of the departments under it (0: all).
    void setDepartment(qint64 department);
    qint64 department() const { return m_department; }
    void setDescending(bool descending);
    bool isDescending() const { return m_descending; }

    // The A-Z index of the list as shown: each initial with its first row and count.
    QList<Repository::Letter> letters() const;
    // The first row whose pinyin starts with `letter` ('A'..'Z', '#'); -1 if none.
    int rowForLetter(QChar letter) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void reload();
    const EntityRef *refAt(int row) const;

    const Repository &m_repository;
    Kind m_kind;
    qint64 m_department = 0;
    bool m_descending = false;
    int m_size = 0;
    QList<Repository::Letter> m_letters; // in ascending positions
    // Blocks of rows by block number; dropped wholesale when too many are held.
    mutable QHash<int, QList<EntityRef>> m_blocks;
};

} // namespace huanjiao
