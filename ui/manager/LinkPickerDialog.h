// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace huanjiao {

class CandidateModel;

// Chooses records to link to from a list searched as one types (name, pinyin
// or its initials): the way staff name a condition, a hospital or a
// department without ever typing an id.
class LinkPickerDialog : public QDialog
{
    Q_OBJECT

public:
    LinkPickerDialog(CandidateModel *candidates, bool several, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    // The ids chosen, in the order of the list.
    QStringList chosenIds() const;

private:
    void updateButtons();

    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_list;
    class QPushButton *m_ok = nullptr;
};

} // namespace huanjiao
