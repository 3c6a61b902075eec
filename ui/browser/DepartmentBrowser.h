// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"

#include <QUrl>
#include <QWidget>

class QTabBar;
class QTreeView;

namespace huanjiao {

class DepartmentTreeModel;
class EntityListModel;
class EntityListView;
class Repository;

// The departments tab: the department tree with the number of conditions and
// doctors of each; choosing a department lists its conditions or doctors
// below, and activating it (double click, Enter) opens its page.
class DepartmentBrowser : public QWidget
{
    Q_OBJECT

public:
    DepartmentBrowser(const Repository &repository, DepartmentTreeModel *departments, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    EntityListView *members() const { return m_members; }
    EntityListModel *membersModel() const { return m_model; }
    QTabBar *memberKinds() const { return m_kinds; }

    // Selects a department and lists its members of `kind` (Condition or Doctor).
    void showDepartment(qint64 department, Kind kind);

signals:
    void openRequested(const QUrl &url, bool newTab);

private:
    void rebuildMembers();

    const Repository &m_repository;
    DepartmentTreeModel *m_departments;
    QTreeView *m_tree;
    QTabBar *m_kinds;
    EntityListView *m_members;
    EntityListModel *m_model = nullptr;
};

} // namespace huanjiao
