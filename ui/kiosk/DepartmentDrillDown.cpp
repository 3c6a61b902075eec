// SPDX-License-Identifier: GPL-3.0-or-later
#include "DepartmentDrillDown.h"

#include "DepartmentBrowser.h"
#include "EntityListView.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>

namespace huanjiao {

DepartmentDrillDown::DepartmentDrillDown(DepartmentBrowser *browser, QObject *parent)
    : QObject(parent)
    , m_browser(browser)
    , m_members(browser->members()->parentWidget())
    , m_header(new QWidget(m_members))
    , m_back(new QPushButton(tr("← All departments"), m_header))
    , m_title(new QLabel(m_header))
{
    m_header->setObjectName(QStringLiteral("departmentHeader"));
    m_back->setObjectName(QStringLiteral("departmentsBack"));
    m_back->setFocusPolicy(Qt::NoFocus);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *row = new QHBoxLayout(m_header);
    row->setContentsMargins(0, 4, 6, 4);
    row->addWidget(m_back);
    row->addWidget(m_title, 1);
    if (auto *layout = qobject_cast<QBoxLayout *>(m_members->layout()))
        layout->insertWidget(0, m_header);
    connect(m_back, &QPushButton::clicked, this, &DepartmentDrillDown::showTree, Qt::QueuedConnection);
    // A touch on a department (not on its branch arrow) lists its members.
    connect(browser->tree(), &QAbstractItemView::clicked, this, &DepartmentDrillDown::showMembers);
    showTree();
}

bool DepartmentDrillDown::showsMembers() const
{
    return m_browser->tree()->isHidden();
}

void DepartmentDrillDown::showMembers()
{
    m_title->setText(m_browser->tree()->currentIndex().siblingAtColumn(0).data().toString());
    m_browser->tree()->hide();
    m_members->show();
    m_browser->members()->scrollToTop();
}

void DepartmentDrillDown::showTree()
{
    m_members->hide();
    m_browser->tree()->show();
}

void DepartmentDrillDown::resetForNextVisitor()
{
    showTree();
}

} // namespace huanjiao
