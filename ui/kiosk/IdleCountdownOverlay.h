// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace huanjiao {

// Covers the window during the idle countdown: "Are you still there?" and
// the seconds left before the kiosk starts over for the next visitor. A
// touch anywhere on it keeps the session (the kiosk counts it as activity)
// and goes no further, so it cannot press whatever is beneath.
class IdleCountdownOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit IdleCountdownOverlay(QWidget *window);

    void showCountdown(int secondsLeft);
    void setSecondsLeft(int secondsLeft);
    // The seconds left, as shown.
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QLabel *m_seconds;
};

} // namespace huanjiao
