// SPDX-License-Identifier: GPL-3.0-or-later
#include "KindBrowser.h"

#include "DepartmentBrowser.h"
#include "DepartmentTreeModel.h"
#include "FocusRing.h"
#include "EntityListView.h"
#include "KindListPage.h"
#include "Labels.h"
#include "WindowExposure.h"

#include <QAbstractItemView>
#include <QTabBar>
#include <QTreeView>
#include <QToolButton>
#include <QVBoxLayout>

namespace huanjiao {

namespace {
// A list built after start-up would otherwise come last in the Tab order, after the page.
void placeAfter(QWidget *before, const QWidgetList &order)
{
    for (QWidget *widget : order) {
        QWidget::setTabOrder(before, widget);
        before = widget;
    }
}
} // namespace

const QList<Kind> &KindBrowser::kinds()
{
    static const QList<Kind> list{Kind::Condition, Kind::Department, Kind::Doctor, Kind::Drug,
                                  Kind::Test,      Kind::Article,    Kind::Qa,     Kind::Leaflet};
    return list;
}

KindBrowser::KindBrowser(const Repository &repository, QWidget *parent)
    : QTabWidget(parent)
    , m_repository(repository)
    , m_departments(new DepartmentTreeModel(repository, this))
{
    setDocumentMode(true);
    setUsesScrollButtons(true);
    setAccessibleName(tr("Browse by kind"));
    for (QWidget *scroll : tabBar()->findChildren<QToolButton *>()) // arrow keys already move along the tabs
        scroll->setFocusPolicy(Qt::NoFocus);
    FocusRing::attach(tabBar());
    // A tab's list is built when the tab is first shown: six lists with their
    // letter bars cost more at start-up than the rest of the window.
    for (Kind kind : kinds()) {
        auto *holder = new QWidget(this);
        auto *layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        addTab(holder, Labels::literal(Labels::kindPlural(kind)));
    }
    m_pages.resize(kinds().size(), nullptr);
    connect(this, &QTabWidget::currentChanged, this, [this](int index) { build(index); });
}

void KindBrowser::showEvent(QShowEvent *event)
{
    QTabWidget::showEvent(event);
    // Even the first list waits until the window is on screen, as the home page does.
    WindowExposure::whenExposed(this, this, [this] { build(currentIndex()); });
}

void KindBrowser::build(int index)
{
    if (index < 0 || index >= kinds().size())
        return;
    const Kind kind = kinds().at(index);
    QLayout *layout = widget(index)->layout();
    if (kind == Kind::Department) {
        if (m_departmentBrowser)
            return;
        m_departmentBrowser = new DepartmentBrowser(m_repository, m_departments, widget(index));
        connect(m_departmentBrowser, &DepartmentBrowser::openRequested, this, &KindBrowser::openRequested);
        layout->addWidget(m_departmentBrowser);
        placeAfter(tabBar(), {m_departmentBrowser->tree(), m_departmentBrowser->memberKinds(),
                              m_departmentBrowser->members()});
        return;
    }
    if (m_pages.at(index))
        return;
    const bool hasDepartment = kind == Kind::Condition || kind == Kind::Doctor;
    auto *page = new KindListPage(m_repository, kind, hasDepartment ? m_departments : nullptr, widget(index));
    connect(page, &KindListPage::openRequested, this, &KindBrowser::openRequested);
    layout->addWidget(page);
    placeAfter(tabBar(), page->tabOrder());
    m_pages[index] = page;
    emit pageCreated(page);
}

KindListPage *KindBrowser::listPage(Kind kind) const
{
    const int index = int(kinds().indexOf(kind));
    if (index < 0 || kind == Kind::Department)
        return nullptr;
    const_cast<KindBrowser *>(this)->build(index);
    return m_pages.at(index);
}

QList<KindListPage *> KindBrowser::builtPages() const
{
    QList<KindListPage *> pages;
    for (KindListPage *page : m_pages) {
        if (page)
            pages.append(page);
    }
    return pages;
}

DepartmentBrowser *KindBrowser::departments() const
{
    const_cast<KindBrowser *>(this)->build(int(kinds().indexOf(Kind::Department)));
    return m_departmentBrowser;
}

QList<QAbstractItemView *> KindBrowser::itemViews() const
{
    QList<QAbstractItemView *> views;
    for (KindListPage *page : builtPages())
        views << page->view();
    if (m_departmentBrowser)
        views << m_departmentBrowser->tree() << m_departmentBrowser->members();
    return views;
}

void KindBrowser::resetForNextVisitor()
{
    for (KindListPage *page : builtPages()) {
        page->setDepartment(0);
        page->setDescending(false);
    }
    if (m_departmentBrowser) {
        QTreeView *tree = m_departmentBrowser->tree();
        tree->collapseAll();
        const QModelIndex first = tree->model()->index(0, 0);
        m_departmentBrowser->showDepartment(first.data(DepartmentTreeModel::RowidRole).toLongLong(), Kind::Condition);
    }
    setCurrentIndex(0);
    for (QAbstractItemView *view : itemViews()) {
        view->clearSelection();
        view->scrollToTop();
    }
}

void KindBrowser::showKind(Kind kind)
{
    const qsizetype index = kinds().indexOf(kind);
    if (index >= 0)
        setCurrentIndex(int(index));
}

} // namespace huanjiao
