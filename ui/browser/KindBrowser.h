// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"
#include "VisitorState.h"

#include <QTabWidget>
#include <QUrl>

class QAbstractItemView;

namespace huanjiao {

class DepartmentBrowser;
class DepartmentTreeModel;
class KindListPage;
class Repository;

// A tab per kind of content: conditions, departments (a tree with counts),
// doctors, drugs, tests, articles and Q&A. Activating an entry asks for its page.
class KindBrowser : public QTabWidget, public VisitorState
{
    Q_OBJECT

public:
    KindBrowser(const Repository &repository, QWidget *parent = nullptr);

    static const QList<Kind> &kinds();
    // The list tab of a kind (null for departments, which have a tree); built
    // now if its tab has not been shown yet.
    KindListPage *listPage(Kind kind) const;
    // The lists built so far; pageCreated announces the others as they come.
    QList<KindListPage *> builtPages() const;
    DepartmentBrowser *departments() const;
    // The department tree, shared with whoever lists departments.
    DepartmentTreeModel *departmentModel() const { return m_departments; }
    void showKind(Kind kind);
    // The lists and the department tree built so far, for the kiosk's touch rows and flick scrolling.
    QList<QAbstractItemView *> itemViews() const;
    // Every list back at its start, unfiltered and in order; the first tab.
    void resetForNextVisitor() override;

signals:
    void openRequested(const QUrl &url, bool newTab);
    void pageCreated(huanjiao::KindListPage *page);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build(int index);

    const Repository &m_repository;
    DepartmentTreeModel *m_departments;
    DepartmentBrowser *m_departmentBrowser = nullptr;
    QList<KindListPage *> m_pages;
};

} // namespace huanjiao
