// SPDX-License-Identifier: GPL-3.0-or-later
#include "KindListPage.h"

#include "DepartmentTreeModel.h"
#include "EntityListModel.h"
#include "EntityListView.h"
#include "FocusRing.h"
#include "Labels.h"
#include "LetterBar.h"
#include "RovingFocus.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace huanjiao {

KindListPage::KindListPage(const Repository &repository, Kind kind, DepartmentTreeModel *departments,
                           QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new EntityListModel(repository, kind, this))
    , m_view(new EntityListView(this))
    , m_letters(new LetterBar(this))
    , m_sort(new QToolButton(this))
    , m_count(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(Labels::kindPlural(kind));
    connect(m_view, &EntityListView::openRequested, this, &KindListPage::openRequested);
    connect(m_letters, &LetterBar::letterChosen, this, &KindListPage::jumpToLetter);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(6, 6, 6, 2);
    if (departments) {
        m_filter = new QComboBox(this);
        m_filter->setAccessibleName(tr("Filter by department"));
        m_filter->addItem(tr("All departments"), qint64(0));
        for (const QModelIndex &index : departments->flattened()) {
            const int depth = index.data(DepartmentTreeModel::DepthRole).toInt();
            // Sub-departments indented under their parent, as in the tree.
            m_filter->addItem(QString(depth * 4, QLatin1Char(' ')) + index.data().toString(),
                              index.data(DepartmentTreeModel::RowidRole));
        }
        connect(m_filter, &QComboBox::currentIndexChanged, this,
                [this] { setDepartment(m_filter->currentData().toLongLong()); });
        controls->addWidget(m_filter, 1);
    }
    m_sort->setCheckable(true);
    m_sort->setAutoRaise(true);
    m_sort->setToolTip(tr("Sort order"));
    m_sort->setAccessibleName(tr("Sort order"));
    FocusRing::attach(m_sort);
    connect(m_sort, &QToolButton::toggled, this, &KindListPage::setDescending);
    controls->addWidget(m_sort);
    if (!departments)
        controls->addStretch(1);
    controls->addWidget(m_count);

    auto *list = new QHBoxLayout;
    list->setContentsMargins(0, 0, 0, 0);
    list->setSpacing(0);
    list->addWidget(m_view, 1);
    list->addWidget(m_letters);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(controls);
    layout->addLayout(list, 1);

    // Tab follows the eye: filter, sort, list, then the A-Z bar as one stop.
    const QWidgetList order = tabOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    new RovingFocus(m_letters->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly), m_letters);
    refresh();
}

QWidgetList KindListPage::tabOrder() const
{
    QWidgetList order;
    if (m_filter)
        order << m_filter;
    order << m_sort << m_view;
    for (QAbstractButton *letter : m_letters->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly))
        order << letter;
    return order;
}

void KindListPage::setDepartment(qint64 department)
{
    m_model->setDepartment(department);
    if (m_filter) {
        const int index = m_filter->findData(department);
        if (index >= 0 && index != m_filter->currentIndex())
            m_filter->setCurrentIndex(index);
    }
    refresh();
}

void KindListPage::setDescending(bool descending)
{
    m_model->setDescending(descending);
    if (m_sort->isChecked() != descending)
        m_sort->setChecked(descending);
    refresh();
}

bool KindListPage::jumpToLetter(QChar letter)
{
    const int row = m_model->rowForLetter(letter);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
    return true;
}

void KindListPage::refresh()
{
    m_sort->setText(m_model->isDescending() ? tr("Z-A") : tr("A-Z"));
    m_letters->setLetters(m_model->letters());
    m_count->setText(tr("%n entries", nullptr, m_model->rowCount()));
}

} // namespace huanjiao
