// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HandoutSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace huanjiao {

class HandoutHeaderForm;

// Where a clinic sets its handout header (the shared HandoutHeaderForm:
// name, logo, address, phone, the link its QR codes lead to), the paper size
// and whether handouts are counted.
class HandoutSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HandoutSettingsDialog(const HandoutSettings &settings, QWidget *parent = nullptr);

    HandoutSettings settings() const;
    // Closes only when the settings can be used; otherwise says what to fix.
    void accept() override;
    QString problem() const;

private:
    // The height that shows every row at `width`, wrapped help text included.
    int neededHeight(int width) const;
    void growToFit();

    HandoutSettings m_settings; // what the dialog does not show is kept
    HandoutHeaderForm *m_header;
    QComboBox *m_paper;
    QCheckBox *m_count;
    QLabel *m_problem;
};

} // namespace huanjiao
