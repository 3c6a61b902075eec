// SPDX-License-Identifier: GPL-3.0-or-later
#include "KindPage.h"

#include "ClinicDocument.h"
#include "FieldLabels.h"
#include "RecordForm.h"
#include "RecordListModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace huanjiao {

KindPage::KindPage(RecordForm *form, ClinicDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(form)
    , m_model(new RecordListModel(form->kind(), document, this))
    , m_list(new QListView(this))
    , m_new(new QPushButton(tr("New"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_remove(new QPushButton(tr("Delete"), this))
{
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(FieldLabels::kindPlural(kind()));
    m_save->setDefault(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("This clinic's %1").arg(FieldLabels::kindPlural(kind())), left));
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    leftLayout->addLayout(listButtons);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(form);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(scroll, 1);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_save);
    rightLayout->addLayout(formButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &KindPage::startNew);
    connect(m_save, &QPushButton::clicked, this, &KindPage::save);
    connect(m_remove, &QPushButton::clicked, this, &KindPage::removeCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &KindPage::showCurrent);
    connect(m_form, &RecordForm::edited, this, [this] { m_dirty = true; });
    connect(&m_document, &ClinicDocument::changed, this, &KindPage::documentChanged);

    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    else
        startNew();
    m_remove->setEnabled(m_list->currentIndex().isValid());
}

Kind KindPage::kind() const
{
    return m_form->kind();
}

bool KindPage::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row, 0));
    showCurrent();
    return true;
}

void KindPage::startNew()
{
    m_list->selectionModel()->clear();
    m_form->startNew();
    m_dirty = false;
    m_remove->setEnabled(false);
}

QString KindPage::save()
{
    SourceRecord record = m_form->record();
    if (record.id.isEmpty()) {
        record.id = m_document.suggestId(kind(), record.value(QStringLiteral("name")));
    }
    m_dirty = false;
    QString error;
    const bool saved = m_document.put(record, &error);
    select(record.id);
    if (saved)
        emit message(tr("Saved %1.").arg(record.value(QStringLiteral("name"))));
    else
        emit failed(error);
    return record.id;
}

void KindPage::removeCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(RecordListModel::IdRole).toString();
    const auto record = m_document.record(kind(), id);
    const QString name = record ? record->value(QStringLiteral("name")) : id;
    m_dirty = false;
    QString error;
    if (m_document.remove(kind(), id, &error))
        emit message(tr("Removed %1. Undo (Ctrl+Z) brings it back.").arg(name));
    else
        emit failed(error);
}

void KindPage::showCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    m_remove->setEnabled(current.isValid());
    if (!current.isValid())
        return;
    const auto record = m_document.record(kind(), current.data(RecordListModel::IdRole).toString());
    if (record && (record->id != m_form->id() || !m_dirty)) {
        m_form->edit(*record);
        m_dirty = false;
    }
}

void KindPage::documentChanged()
{
    // The list was made again (a save, a remove, an undo): show what is now
    // the record of the form, or the first one, or an empty form.
    // Unsaved typing in this form is kept.
    const QString id = m_form->id();
    if (id.isEmpty() && m_dirty)
        return;
    if (!id.isEmpty() && select(id))
        return;
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0, 0));
        showCurrent();
    } else {
        startNew();
    }
}

} // namespace huanjiao
