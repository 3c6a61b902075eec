// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SearchResults.h"

#include <QAbstractListModel>

namespace huanjiao {

// Search results as a list grouped by kind: a header row per kind with its
// count, then that kind's hits in rank order.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IsHeaderRole = Qt::UserRole + 1,
        UriRole,
        SubtitleRole,
        SnippetRole,
        MatchedRole,     // the match kind's name (MatchKind), "alias", "symptom", ...
        MatchedTextRole,
        MatchLabelRole,  // what to show beside the name: "also called ...", "symptom: ..."
        TermsRole,
    };

    using QAbstractListModel::QAbstractListModel;

    void setResults(const SearchResults &results);
    void clear();
    const SearchResults &results() const { return m_results; }
    int hitCount() const { return int(m_results.hits.size()); }
    // The first row that is a hit, or -1.
    int firstHitRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static const QList<Kind> &kindOrder();

private:
    struct Row
    {
        bool header;
        Kind kind;
        int hit; // index into m_results.hits, or -1 for a header
    };
    SearchResults m_results;
    QList<Row> m_rows;
};

} // namespace huanjiao
