// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace huanjiao {

class HandoutHeaderForm;

// The manager's page for the handout header: the shared HandoutHeaderForm,
// read from and saved to the same settings the browser prints with
// (HandoutSettings in QSettings), so that a change here is on the next handout.
class HandoutHeaderPage : public QWidget
{
    Q_OBJECT

public:
    explicit HandoutHeaderPage(QWidget *parent = nullptr);

    HandoutHeaderForm *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *status() const { return m_status; }
    // Saves the header unless it has a problem, which it then shows.
    bool save();

signals:
    void saved();

private:
    HandoutHeaderForm *m_form;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace huanjiao
