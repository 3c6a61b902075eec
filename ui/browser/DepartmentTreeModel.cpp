// SPDX-License-Identifier: GPL-3.0-or-later
#include "DepartmentTreeModel.h"

#include "HtmlText.h"
#include "EntityUri.h"
#include "Labels.h"
#include "Repository.h"

namespace huanjiao {

namespace {
constexpr int kMaxDepth = 16; // the builder rejects loops; a damaged file must not recurse forever
}

DepartmentTreeModel::DepartmentTreeModel(const Repository &repository, QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({Labels::kindSingular(Kind::Department), Labels::kindPlural(Kind::Condition),
                               Labels::kindPlural(Kind::Doctor)});
    addChildren(repository.departments(), invisibleRootItem(), 0, 0);
}

void DepartmentTreeModel::addChildren(const QList<Repository::Department> &departments, QStandardItem *parent,
                                      qint64 department, int depth)
{
    if (depth >= kMaxDepth)
        return;
    for (const Repository::Department &child : departments) {
        if (child.parent != department)
            continue;
        const EntityRef &ref = child.ref;
        auto *name = new QStandardItem(ref.name);
        name->setData(ref.rowid, RowidRole);
        name->setData(EntityUri{ref.kind, ref.id}.toUrl(), UriRole);
        name->setData(depth, DepthRole);
        name->setToolTip(HtmlText::toolTip(ref.subtitle));
        auto count = [](int size) {
            auto *item = new QStandardItem(QString::number(size));
            item->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
            return item;
        };
        QList<QStandardItem *> row{name, count(child.conditions), count(child.doctors)};
        for (auto *item : row)
            item->setEditable(false);
        parent->appendRow(row);
        addChildren(departments, name, ref.rowid, depth + 1);
    }
}

QModelIndex DepartmentTreeModel::indexOfDepartment(qint64 rowid) const
{
    for (const QModelIndex &index : flattened()) {
        if (index.data(RowidRole).toLongLong() == rowid)
            return index;
    }
    return {};
}

QList<QModelIndex> DepartmentTreeModel::flattened() const
{
    QList<QModelIndex> list;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex child = index(row, NameColumn, parent);
            list.append(child);
            walk(child);
        }
    };
    walk({});
    return list;
}

} // namespace huanjiao
