// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkPickerDialog.h"

#include "CandidateModel.h"
#include "FieldLabels.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

#include <algorithm>

namespace huanjiao {

LinkPickerDialog::LinkPickerDialog(CandidateModel *candidates, bool several, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
{
    setWindowTitle(tr("Choose: %1").arg(FieldLabels::kindPlural(candidates->kind())));
    m_filter->setSourceModel(candidates);
    m_filter->setFilterRole(CandidateModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Search by name, pinyin or initials"));
    m_search->setClearButtonEnabled(true);
    m_list->setModel(m_filter);
    m_list->setSelectionMode(several ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed().toLower());
        if (m_filter->rowCount() > 0 && !m_list->selectionModel()->hasSelection())
            m_list->setCurrentIndex(m_filter->index(0, 0));
        updateButtons();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LinkPickerDialog::updateButtons);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(several ? tr("Ctrl+click to choose several.") : QString(), this);
    hint->setVisible(several);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(420, 480);
    updateButtons();
}

QStringList LinkPickerDialog::chosenIds() const
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &row : rows)
        ids.append(row.data(CandidateModel::IdRole).toString());
    return ids;
}

void LinkPickerDialog::updateButtons()
{
    m_ok->setEnabled(m_list->selectionModel()->hasSelection());
}

} // namespace huanjiao
