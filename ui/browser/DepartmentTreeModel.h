// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Repository.h"

#include <QStandardItemModel>

namespace huanjiao {

// The department tree with how many conditions and doctors each department
// has, its sub-departments included. Departments are few (hundreds at most),
// and one query brings them with their counts, so building it is cheap.
class DepartmentTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Columns { NameColumn, ConditionsColumn, DoctorsColumn };
    enum Roles { RowidRole = Qt::UserRole + 1, UriRole, DepthRole };

    explicit DepartmentTreeModel(const Repository &repository, QObject *parent = nullptr);

    QModelIndex indexOfDepartment(qint64 rowid) const;
    // Every department in tree order, for a flat list such as a filter menu.
    QList<QModelIndex> flattened() const;

private:
    void addChildren(const QList<Repository::Department> &departments, QStandardItem *parent, qint64 department,
                     int depth);
};

} // namespace huanjiao
