// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace huanjiao {

// What staff may do once the admin PIN is right: change the kiosk's settings
// or leave kiosk mode; or go back to the kiosk. Big buttons, for touch.
class StaffChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Back, Settings, Exit };

    explicit StaffChoiceDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

signals:
    void chosen(huanjiao::StaffChoiceDialog::Choice choice);

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Back;
};

} // namespace huanjiao
