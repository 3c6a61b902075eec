// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateModel.h"

#include "ClinicDocument.h"
#include "Pinyin.h"

#include <QFont>

namespace huanjiao {

CandidateModel::CandidateModel(Kind kind, const ClinicDocument &document, const Pinyin &pinyin, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_document(document)
    , m_pinyin(pinyin)
{
    reload();
    connect(&document, &ClinicDocument::changed, this, &CandidateModel::reload);
}

int CandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CandidateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.clinic ? tr("%1 (this clinic)").arg(row.name) : row.name;
    case Qt::ToolTipRole:
        return row.id;
    case IdRole:
        return row.id;
    case SearchRole:
        return row.search;
    default:
        return {};
    }
}

QString CandidateModel::nameOf(const QString &id) const
{
    for (const Row &row : m_rows) {
        if (row.id == id)
            return row.name;
    }
    return id;
}

void CandidateModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const auto entries = m_document.entries(m_kind);
    m_rows.reserve(entries.size());
    for (const auto &e : entries) {
        QStringList search{e.name, e.id};
        const auto spellings = m_pinyin.spellings(e.name, 2);
        for (const auto &s : spellings)
            search << s.joined() << s.initials();
        m_rows.append({e.id, e.name, search.join(QLatin1Char(' ')).toLower(), e.clinic});
    }
    endResetModel();
}

} // namespace huanjiao
