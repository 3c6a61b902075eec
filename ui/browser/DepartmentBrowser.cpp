// SPDX-License-Identifier: GPL-3.0-or-later
#include "DepartmentBrowser.h"

#include "DepartmentTreeModel.h"
#include "EntityListModel.h"
#include "EntityListView.h"
#include "FocusRing.h"
#include "Labels.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace huanjiao {

namespace {
const QList<Kind> kMemberKinds{Kind::Condition, Kind::Doctor};
}

DepartmentBrowser::DepartmentBrowser(const Repository &repository, DepartmentTreeModel *departments,
                                     QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_departments(departments)
    , m_tree(new QTreeView(this))
    , m_kinds(new QTabBar(this))
    , m_members(new EntityListView(this))
{
    m_tree->setModel(departments);
    m_tree->setAccessibleName(Labels::kindPlural(Kind::Department));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    FocusRing::attach(m_tree);
    m_tree->expandAll();
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DepartmentTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DepartmentTreeModel::ConditionsColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DepartmentTreeModel::DoctorsColumn, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.siblingAtColumn(0).data(DepartmentTreeModel::UriRole).toUrl(), false);
    });

    for (Kind kind : kMemberKinds)
        m_kinds->addTab(Labels::literal(Labels::kindPlural(kind)));
    m_kinds->setExpanding(false);
    m_kinds->setDocumentMode(true);
    m_kinds->setAccessibleName(tr("Kind of entries in this department"));
    connect(m_kinds, &QTabBar::currentChanged, this, [this] { rebuildMembers(); });
    connect(m_members, &EntityListView::openRequested, this, &DepartmentBrowser::openRequested);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->setSpacing(0);
    lowerLayout->addWidget(m_kinds);
    lowerLayout->addWidget(m_members, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { rebuildMembers(); });
    const QModelIndex first = departments->index(0, 0);
    if (first.isValid())
        m_tree->setCurrentIndex(first);
}

void DepartmentBrowser::showDepartment(qint64 department, Kind kind)
{
    const QModelIndex index = m_departments->indexOfDepartment(department);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    const int tab = int(kMemberKinds.indexOf(kind));
    if (tab >= 0)
        m_kinds->setCurrentIndex(tab);
    rebuildMembers();
}

void DepartmentBrowser::rebuildMembers()
{
    const Kind kind = kMemberKinds.value(m_kinds->currentIndex(), Kind::Condition);
    const qint64 department = m_tree->currentIndex().siblingAtColumn(0).data(DepartmentTreeModel::RowidRole).toLongLong();
    if (!m_model || m_model->kind() != kind) {
        auto *model = new EntityListModel(m_repository, kind, this);
        model->setDepartment(department);
        m_members->setModel(model);
        delete m_model;
        m_model = model;
    } else {
        m_model->setDepartment(department);
    }
    m_members->setAccessibleName(Labels::kindPlural(kind));
}

} // namespace huanjiao
