#pragma once

#include "Kind.h"

#include <QTabWidget>
#include <QUrl>

namespace huanjiao {

class DepartmentBrowser;
class DepartmentTreeModel;
class KindListPage;
class Repository;

// A tab per kind of content: conditions, departments (a tree with counts),
// doctors, drugs, tests, articles and Q&A. Activating an entry asks for its page.
class KindBrowser : public QTabWidget
{
    Q_OBJECT

public:
    KindBrowser(const Repository &repository, QWidget *parent = nullptr);

    static const QList<Kind> &kinds();
    // The list tab of a kind (null for departments, which have a tree).
    KindListPage *listPage(Kind kind) const;
    DepartmentBrowser *departments() const { return m_departmentBrowser; }
    void showKind(Kind kind);

signals:
    void openRequested(const QUrl &url, bool newTab);

private:
    DepartmentTreeModel *m_departments;
    DepartmentBrowser *m_departmentBrowser = nullptr;
    QList<KindListPage *> m_pages;
};

} // namespace huanjiao
