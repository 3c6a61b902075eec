// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultsModel.h"

#include "HtmlText.h"
#include "EntityUri.h"
#include "Labels.h"

namespace huanjiao {

const QList<Kind> &SearchResultsModel::kindOrder()
{
    static const QList<Kind> order{Kind::Condition, Kind::Doctor,     Kind::Drug,     Kind::Test,
                                   Kind::Article,   Kind::Leaflet,    Kind::Qa,       Kind::Department,
                                   Kind::Hospital,  Kind::Source};
    return order;
}

void SearchResultsModel::setResults(const SearchResults &results)
{
    beginResetModel();
    m_results = results;
    m_rows.clear();
    for (Kind kind : kindOrder()) {
        bool any = false;
        for (int i = 0; i < m_results.hits.size(); ++i) {
            if (m_results.hits.at(i).ref.kind != kind)
                continue;
            if (!any)
                m_rows.append({true, kind, -1});
            any = true;
            m_rows.append({false, kind, i});
        }
    }
    endResetModel();
}

void SearchResultsModel::clear()
{
    setResults({});
}

int SearchResultsModel::firstHitRow() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).header)
            return i;
    }
    return -1;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    return m_rows.at(index.row()).header ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.header) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: {
            const int count = m_results.counts.value(row.kind);
            const QString number = m_results.countsCapped ? tr("%1+").arg(count) : QString::number(count);
            return tr("%1 (%2)").arg(Labels::kindPlural(row.kind), number);
        }
        case IsHeaderRole:
            return true;
        default:
            return {};
        }
    }
    const SearchHit &hit = m_results.hits.at(row.hit);
    switch (role) {
    case Qt::DisplayRole:
        return hit.ref.name;
    case Qt::AccessibleTextRole:
    {
        const QString label = matchKindLabel(hit.matched, hit.matchedText);
        return label.isEmpty() ? hit.ref.name : tr("%1, %2").arg(hit.ref.name, label);
    }
    case Qt::AccessibleDescriptionRole:
    case SubtitleRole:
        return hit.ref.subtitle;
    case Qt::ToolTipRole:
        return HtmlText::toolTip(hit.snippet.isEmpty() ? hit.ref.subtitle : hit.snippet);
    case IsHeaderRole:
        return false;
    case UriRole:
        return EntityUri{hit.ref.kind, hit.ref.id}.toUrl();
    case SnippetRole:
        return hit.snippet;
    case MatchedRole:
        return matchKindName(hit.matched);
    case MatchLabelRole:
        return matchKindLabel(hit.matched, hit.matchedText);
    case MatchedTextRole:
        return hit.matchedText;
    case TermsRole:
        return m_results.terms;
    default:
        return {};
    }
}

} // namespace huanjiao
