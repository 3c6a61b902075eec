#pragma once

#include <QStandardItemModel>

namespace huanjiao {

class Repository;

// The department tree with how many conditions and doctors each department
// has, its sub-departments included. Departments are few (hundreds at most),
// and the counts come from the builder's list tables, so building it is cheap.
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
    void addChildren(const Repository &repository, QStandardItem *parent, qint64 department, int depth);
};

} // namespace huanjiao
