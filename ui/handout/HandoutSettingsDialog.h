// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HandoutSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

class QCheckBox;

namespace huanjiao {

// Where a clinic sets its handout header (name, logo, address, phone), the
// link its QR codes lead to and the paper size.
class HandoutSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HandoutSettingsDialog(const HandoutSettings &settings, QWidget *parent = nullptr);

    HandoutSettings settings() const;
    // Closes only when the settings can be used; otherwise says what to fix.
    void accept() override;
    QString problem() const;
    // What the QR link does, and what is wrong with `link` (empty when nothing):
    // also said and checked by the kiosk's staff settings.
    static QString qrHelpText();
    static QString qrProblem(const QString &link);

private:
    // The height that shows every row at `width`, wrapped help text included.
    int neededHeight(int width) const;
    void chooseLogo();
    void updateLogoPreview();

    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_logo;
    QLabel *m_logoPreview;
    QLineEdit *m_qrTemplate;
    QComboBox *m_paper;
    QCheckBox *m_count;
    QLabel *m_problem;
};

} // namespace huanjiao
