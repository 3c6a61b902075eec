#include "KindBrowser.h"

#include "DepartmentBrowser.h"
#include "DepartmentTreeModel.h"
#include "KindListPage.h"
#include "Labels.h"

namespace huanjiao {

const QList<Kind> &KindBrowser::kinds()
{
    static const QList<Kind> list{Kind::Condition, Kind::Department, Kind::Doctor, Kind::Drug,
                                  Kind::Test,      Kind::Article,    Kind::Qa};
    return list;
}

KindBrowser::KindBrowser(const Repository &repository, QWidget *parent)
    : QTabWidget(parent)
    , m_departments(new DepartmentTreeModel(repository, this))
{
    setDocumentMode(true);
    setUsesScrollButtons(true);
    setAccessibleName(tr("Browse by kind"));
    for (Kind kind : kinds()) {
        if (kind == Kind::Department) {
            m_departmentBrowser = new DepartmentBrowser(repository, m_departments, this);
            connect(m_departmentBrowser, &DepartmentBrowser::openRequested, this, &KindBrowser::openRequested);
            addTab(m_departmentBrowser, Labels::kindPlural(kind));
            continue;
        }
        const bool hasDepartment = kind == Kind::Condition || kind == Kind::Doctor;
        auto *page = new KindListPage(repository, kind, hasDepartment ? m_departments : nullptr, this);
        connect(page, &KindListPage::openRequested, this, &KindBrowser::openRequested);
        addTab(page, Labels::kindPlural(kind));
        m_pages.append(page);
    }
}

KindListPage *KindBrowser::listPage(Kind kind) const
{
    for (KindListPage *page : m_pages) {
        if (page->kind() == kind)
            return page;
    }
    return nullptr;
}

void KindBrowser::showKind(Kind kind)
{
    const qsizetype index = kinds().indexOf(kind);
    if (index >= 0)
        setCurrentIndex(int(index));
}

} // namespace huanjiao
