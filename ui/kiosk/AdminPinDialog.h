// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace huanjiao {

// Asks for the admin PIN (for the staff settings, or to leave the kiosk),
// with its own PIN pad (there may be no keyboard). It only collects the PIN; the kiosk checks it and answers
// with reject(), which may also make the pad wait before the next try.
class AdminPinDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AdminPinDialog(QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    // A wrong PIN, or a try too soon: says why and waits `waitMs` before the pad works again.
    void refuse(const QString &message, int waitMs);
    void press(const QString &key);

signals:
    void submitted(const QString &pin);

private:
    void submit();
    void setPadEnabled(bool enabled);

    QLineEdit *m_field;
    QLabel *m_message;
    QList<QPushButton *> m_pad;
};

} // namespace huanjiao
