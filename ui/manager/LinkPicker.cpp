// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkPicker.h"

#include "CandidateModel.h"
#include "LinkPickerDialog.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace huanjiao {

LinkPicker::LinkPicker(CandidateModel *candidates, bool several, QWidget *parent)
    : QWidget(parent)
    , m_candidates(candidates)
    , m_several(several)
    , m_names(new QListWidget(this))
    , m_choose(new QPushButton(several ? tr("Add…") : tr("Choose…"), this))
    , m_remove(new QPushButton(several ? tr("Remove") : tr("Clear"), this))
{
    m_names->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // One row for a single link, a few for a list.
    const int row = m_names->fontMetrics().height() + 8;
    m_names->setFixedHeight(several ? row * 4 : row + 4);
    m_names->setVerticalScrollBarPolicy(several ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    connect(m_choose, &QPushButton::clicked, this, &LinkPicker::openDialog);
    connect(m_names, &QListWidget::itemDoubleClicked, this, &LinkPicker::openDialog);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QStringList keep;
        for (int i = 0; i < m_names->count(); ++i) {
            if (!m_names->item(i)->isSelected() && m_several)
                keep.append(m_ids.value(i));
        }
        if (keep == m_ids)
            return;
        m_ids = keep;
        refresh();
        emit edited();
    });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_names, 1);
    layout->addLayout(buttons);
    refresh();
}

void LinkPicker::setIds(const QStringList &ids)
{
    m_ids = ids;
    refresh();
}

void LinkPicker::openDialog()
{
    if (m_dialog)
        return;
    m_dialog = new LinkPickerDialog(m_candidates, m_several, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        const QStringList chosen = m_dialog->chosenIds();
        QStringList ids = m_several ? m_ids : QStringList();
        for (const QString &id : chosen) {
            if (!ids.contains(id))
                ids.append(id);
        }
        if (ids != m_ids) {
            m_ids = ids;
            refresh();
            emit edited();
        }
    });
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

void LinkPicker::refresh()
{
    m_names->clear();
    for (const QString &id : std::as_const(m_ids)) {
        auto *item = new QListWidgetItem(m_candidates->nameOf(id), m_names);
        item->setToolTip(id);
    }
    m_remove->setEnabled(!m_ids.isEmpty());
}

} // namespace huanjiao
