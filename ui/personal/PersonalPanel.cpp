// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalPanel.h"

#include "UserItemsModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace huanjiao {

PersonalPanel::PersonalPanel(UserItemsModel *bookmarks, UserItemsModel *recent, QWidget *parent)
    : QWidget(parent)
    , m_bookmarks(createList(bookmarks, tr("Bookmarks")))
    , m_recent(createList(recent, tr("Recently viewed")))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_clearRecent(new QPushButton(tr("C&lear"), this))
{
    auto *importButton = new QPushButton(tr("&Import…"), this);
    m_remove->setToolTip(tr("Remove the selected bookmark"));
    m_export->setToolTip(tr("Save the bookmarks to a JSON file"));
    importButton->setToolTip(tr("Add the bookmarks of a JSON file"));
    m_clearRecent->setToolTip(tr("Forget the recently viewed pages"));

    auto *bookmarkLabel = new QLabel(tr("&Bookmarks"), this);
    bookmarkLabel->setBuddy(m_bookmarks);
    auto *recentLabel = new QLabel(tr("Recently &viewed"), this);
    recentLabel->setBuddy(m_recent);
    auto *bookmarkButtons = new QHBoxLayout;
    bookmarkButtons->addWidget(m_remove);
    bookmarkButtons->addWidget(m_export);
    bookmarkButtons->addWidget(importButton);
    bookmarkButtons->addStretch();
    auto *recentButtons = new QHBoxLayout;
    recentButtons->addWidget(m_clearRecent);
    recentButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bookmarkLabel);
    layout->addWidget(m_bookmarks, 1);
    layout->addLayout(bookmarkButtons);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);
    layout->addLayout(recentButtons);

    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_bookmarks->currentIndex();
        if (current.isValid())
            emit removeRequested(current.data(UserItemsModel::UrlRole).toUrl());
    });
    connect(m_export, &QPushButton::clicked, this, &PersonalPanel::exportRequested);
    connect(importButton, &QPushButton::clicked, this, &PersonalPanel::importRequested);
    connect(m_clearRecent, &QPushButton::clicked, this, &PersonalPanel::clearRecentRequested);
    for (UserItemsModel *model : {bookmarks, recent}) {
        connect(model, &QAbstractItemModel::modelReset, this, &PersonalPanel::updateButtons);
    }
    connect(m_bookmarks->selectionModel(), &QItemSelectionModel::currentChanged, this, &PersonalPanel::updateButtons);
    updateButtons();
}

QListView *PersonalPanel::createList(UserItemsModel *model, const QString &name)
{
    auto *list = new QListView(this);
    list->setModel(model);
    list->setAccessibleName(name);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setUniformItemSizes(true);
    const auto open = [this](const QModelIndex &index) {
        const bool newTab = QApplication::keyboardModifiers() & Qt::ControlModifier;
        emit openRequested(index.data(UserItemsModel::UrlRole).toUrl(), newTab);
    };
    connect(list, &QListView::activated, this, open);
    return list;
}

void PersonalPanel::updateButtons()
{
    m_remove->setEnabled(m_bookmarks->currentIndex().isValid());
    m_export->setEnabled(m_bookmarks->model()->rowCount() > 0);
    m_clearRecent->setEnabled(m_recent->model()->rowCount() > 0);
}

} // namespace huanjiao
