// SPDX-License-Identifier: GPL-3.0-or-later
#include "BasketPanel.h"

#include "HandoutBasket.h"
#include "FocusRing.h"
#include "Icons.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace huanjiao {

BasketPanel::BasketPanel(HandoutBasket *basket, QWidget *parent)
    : QWidget(parent)
    , m_basket(basket)
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_up(new QPushButton(Icons::moveUp(), tr("Up"), this))
    , m_down(new QPushButton(Icons::moveDown(), tr("Down"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_export(new QPushButton(tr("Export PDF…"), this))
{
    m_list->setModel(basket);
    m_list->setAccessibleName(tr("Topics in the handout basket"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);
    m_list->setUniformItemSizes(true);
    FocusRing::attach(m_list);

    m_empty->setWordWrap(true);
    m_empty->setText(tr("The basket is empty. Open a topic and choose Add to Basket to print several topics as "
                        "one handout."));
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_up->setToolTip(tr("Print this topic earlier (Ctrl+Up)"));
    m_down->setToolTip(tr("Print this topic later (Ctrl+Down)"));
    m_remove->setToolTip(tr("Take this topic out of the basket (Delete)"));
    m_clear->setToolTip(tr("Empty the basket"));
    m_print->setToolTip(tr("Print every topic in the basket as one handout, with a contents list"));
    m_export->setToolTip(tr("Save every topic in the basket as one PDF, with a contents list"));

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_up, 0, 0);
    buttons->addWidget(m_down, 0, 1);
    buttons->addWidget(m_remove, 1, 0);
    buttons->addWidget(m_clear, 1, 1);
    buttons->addWidget(m_print, 2, 0);
    buttons->addWidget(m_export, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    // Keyboard equivalents of the buttons and of dragging.
    const auto addKey = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(m_list);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_list->addAction(action);
    };
    addKey(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); });
    addKey(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(1); });
    addKey(QKeySequence::Delete, [this] { removeCurrent(); });

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &BasketPanel::removeCurrent);
    connect(m_clear, &QPushButton::clicked, basket, &HandoutBasket::clear);
    connect(m_print, &QPushButton::clicked, this, &BasketPanel::printRequested);
    connect(m_export, &QPushButton::clicked, this, &BasketPanel::exportRequested);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { emit openRequested(index.data(HandoutBasket::UriRole).toUrl()); });
    connect(basket, &HandoutBasket::countChanged, this, &BasketPanel::updateButtons);
    connect(basket, &QAbstractItemModel::rowsMoved, this, &BasketPanel::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &BasketPanel::updateButtons);
    updateButtons();
}

void BasketPanel::moveCurrent(int delta)
{
    const int row = m_list->currentIndex().row();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_basket->rowCount())
        return;
    if (m_basket->move(row, to))
        m_list->setCurrentIndex(m_basket->index(to));
}

void BasketPanel::removeCurrent()
{
    const int row = m_list->currentIndex().row();
    if (row < 0)
        return;
    m_basket->remove(row);
    if (m_basket->rowCount() > 0)
        m_list->setCurrentIndex(m_basket->index(qMin(row, m_basket->rowCount() - 1)));
}

void BasketPanel::updateButtons()
{
    const int count = m_basket->rowCount();
    const int row = m_list->currentIndex().row();
    m_empty->setVisible(count == 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < count - 1);
    m_remove->setEnabled(row >= 0);
    m_clear->setEnabled(count > 0);
    m_print->setEnabled(count > 0);
    m_export->setEnabled(count > 0);
}

} // namespace huanjiao
