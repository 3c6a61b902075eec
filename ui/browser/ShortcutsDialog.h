// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableWidget;
class QWidget;

namespace huanjiao {

// The keyboard shortcuts (F1): read from the window's own actions, so the
// list is never out of date, followed by the keys that are not actions.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);

    // Each row: what it does, and its keys.
    static QList<QPair<QString, QString>> shortcuts(const QWidget *window);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace huanjiao
