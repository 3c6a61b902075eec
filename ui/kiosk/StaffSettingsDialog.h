// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HandoutSettings.h"
#include "KioskSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace huanjiao {

class HandoutHeaderForm;

// The kiosk's settings, for staff behind the admin PIN, on the kiosk itself:
// the handout header (clinic, address, phone), the link for QR codes, the
// idle time, printing, the type size and the handout counts. The values are
// the same KioskSettings and HandoutSettings the desk's Settings and Handout
// Settings dialogs edit; the kiosk applies them at once. Touch-sized; no
// file dialogs (a kiosk opens none), so the logo and paper stay as set at the desk.
class StaffSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    StaffSettingsDialog(const KioskSettings &kiosk, const HandoutSettings &handout, QWidget *parent = nullptr);

    KioskSettings kioskSettings() const;
    HandoutSettings handoutSettings() const;
    // What must be fixed before saving; empty when nothing.
    QString problem() const;
    // Closes only when the settings can be used; otherwise says what to fix.
    void accept() override;

private:
    HandoutSettings m_handout; // what this dialog does not show (logo, paper) is kept
    HandoutHeaderForm *m_header; // the same form as the desk's Handout Settings, without the logo
    QSpinBox *m_idle;
    QSpinBox *m_countdown;
    QComboBox *m_printing;
    QSpinBox *m_fontSize;
    QCheckBox *m_largePrint;
    QCheckBox *m_count;
    QLabel *m_problem;
};

} // namespace huanjiao
