// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace huanjiao {

// Counts how long the kiosk has been left alone. After `timeout` without
// activity it starts a countdown of `countdown`, ticking once a second; if
// nobody touches the screen before it runs out, it expires. It only counts
// once someone has used the kiosk since the last expiry, so an untouched
// kiosk does not show a countdown every two minutes.
//
// Time comes from a clock function (milliseconds), so tests drive it with a
// fake clock and poll(); in the app a timer polls four times a second.
class IdleTimer : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;

    IdleTimer(int timeoutMs, int countdownMs, Clock clock = {}, QObject *parent = nullptr);

    // Polls on its own with a QTimer (the app); tests leave it off and call poll().
    void start();
    bool isCounting() const { return m_state == State::Counting; }
    bool isArmed() const { return m_state != State::Disarmed; }
    int timeoutMs() const { return m_timeout; }
    int countdownMs() const { return m_countdown; }
    // New times (staff settings), counted from now.
    void setTimes(int timeoutMs, int countdownMs);

public slots:
    // Someone touched, clicked or typed.
    void noteActivity();
    // Looks at the clock and emits what is due.
    void poll();

signals:
    void countdownStarted(int secondsLeft);
    void countdownTick(int secondsLeft);
    // Activity during the countdown: the visitor is still there.
    void countdownCancelled();
    void expired();

private:
    enum class State { Disarmed, Idle, Counting };
    int secondsLeft(qint64 now) const;

    int m_timeout;
    int m_countdown;
    Clock m_clock;
    QTimer m_poll;
    State m_state = State::Disarmed;
    qint64 m_lastActivity = 0;
    int m_lastTick = -1;
};

} // namespace huanjiao
