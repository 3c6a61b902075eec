// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

namespace huanjiao {

// The kiosk's hidden way out: a long press (5 s) on the window's top-right
// corner, where the toolbars leave empty space. Watches the mouse events of
// the whole application (a touch arrives as a synthesized mouse press);
// lifting the finger or moving it out of the corner stops the count.
//
// Time comes from a clock function (milliseconds), as for IdleTimer: tests
// drive it with a fake clock and poll(); in the app a timer polls when the
// hold is due.
class ExitGesture : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCornerSize = 80; // px
    static constexpr int kHoldMs = 5000;

    using Clock = std::function<qint64()>;

    explicit ExitGesture(QWidget *window, int holdMs = kHoldMs, Clock clock = {}, QObject *parent = nullptr);

    bool isHolding() const { return m_pressedAt >= 0; }

public slots:
    // Looks at the clock: a press held long enough on the corner triggers.
    void poll();

signals:
    void triggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool inCorner(const QPointF &globalPos) const;

    QPointer<QWidget> m_window;
    const int m_holdMs;
    Clock m_clock;
    QTimer m_due;
    qint64 m_pressedAt = -1; // while holding
    bool m_swallowRelease = false;
};

} // namespace huanjiao
