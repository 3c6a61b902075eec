// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HandoutSettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace huanjiao {

// The handout's header as staff edit it: the clinic's name, address and
// phone, the link its QR codes lead to, and (at a desk, where a file can be
// chosen) the logo. The one form for it: the desk's Handout Settings, the
// kiosk's staff settings and the content manager all show this widget, and
// all keep the result in the same HandoutSettings (QSettings, group handout).
class HandoutHeaderForm : public QWidget
{
    Q_OBJECT

public:
    enum class Logo { Shown, Hidden }; // a kiosk opens no file dialog: its logo stays as set at the desk

    explicit HandoutHeaderForm(const HandoutSettings &settings, Logo logo = Logo::Shown, QWidget *parent = nullptr);

    // `settings` with this form's fields put in; what the form does not show is kept.
    HandoutSettings applied(HandoutSettings settings) const;
    void setSettings(const HandoutSettings &settings);
    // What must be fixed before the header can be used; empty when nothing.
    QString problem() const;

    QLineEdit *clinicName() const { return m_name; }
    QLineEdit *address() const { return m_address; }
    QLineEdit *phone() const { return m_phone; }
    QLineEdit *qrLink() const { return m_qrTemplate; }

    // What the QR link does, and what is wrong with `link` (empty when nothing).
    static QString qrHelpText();
    static QString qrProblem(const QString &link);

signals:
    void edited();
    // The logo's preview changed size: a dialog may need to grow.
    void previewChanged();

private:
    void chooseLogo();
    void updateLogoPreview();

    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_logo = nullptr;
    QLabel *m_logoPreview = nullptr;
    QLineEdit *m_qrTemplate;
};

} // namespace huanjiao
