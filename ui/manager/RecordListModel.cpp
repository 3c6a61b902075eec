// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordListModel.h"

#include "ClinicDocument.h"
#include "ContentSchema.h"

namespace huanjiao {

RecordListModel::RecordListModel(Kind kind, const ClinicDocument &document, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_document(document)
{
    reload();
    connect(&document, &ClinicDocument::changed, this, &RecordListModel::reload);
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.detail.isEmpty() ? row.name : QStringLiteral("%1  ·  %2").arg(row.name, row.detail);
    case Qt::ToolTipRole:
        return row.id;
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

int RecordListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void RecordListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    // The same short line a card shows under a name (a doctor's specialty).
    const QString detailKey = m_kind == Kind::Doctor ? QStringLiteral("clinical-title") : ContentSchema::cardField(m_kind);
    for (const auto &r : m_document.records(m_kind)) {
        const QString name = r.value(QStringLiteral("name"));
        m_rows.append({r.id, name.isEmpty() ? tr("(no name)") : name,
                       detailKey.isEmpty() ? QString() : r.value(detailKey)});
    }
    endResetModel();
}

} // namespace huanjiao
