// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace huanjiao {

class CandidateModel;
class LinkPickerDialog;

// A form's field that links to other records: the names chosen, a button that
// opens the searchable list (LinkPickerDialog) and one that takes a link away.
// It holds ids; staff see and choose names only.
class LinkPicker : public QWidget
{
    Q_OBJECT

public:
    LinkPicker(CandidateModel *candidates, bool several, QWidget *parent = nullptr);

    QStringList ids() const { return m_ids; }
    void setIds(const QStringList &ids);
    QPushButton *chooseButton() const { return m_choose; }
    // The dialog while it is open, else null.
    LinkPickerDialog *dialog() const { return m_dialog; }

signals:
    void edited();

private:
    void openDialog();
    void refresh();

    CandidateModel *m_candidates;
    bool m_several;
    QStringList m_ids;
    QListWidget *m_names;
    QPushButton *m_choose;
    QPushButton *m_remove;
    LinkPickerDialog *m_dialog = nullptr;
};

} // namespace huanjiao
