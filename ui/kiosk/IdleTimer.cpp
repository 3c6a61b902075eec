// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleTimer.h"

#include <QDeadlineTimer>

namespace huanjiao {

namespace {
constexpr int kPollMs = 250;
}

IdleTimer::IdleTimer(int timeoutMs, int countdownMs, Clock clock, QObject *parent)
    : QObject(parent)
    , m_timeout(qMax(1000, timeoutMs))
    , m_countdown(qMax(0, countdownMs))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDeadlineTimer::current().deadline(); }))
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &IdleTimer::poll);
}

void IdleTimer::start()
{
    m_poll.start();
}

void IdleTimer::noteActivity()
{
    m_lastActivity = m_clock();
    const bool wasCounting = m_state == State::Counting;
    m_state = State::Idle;
    m_lastTick = -1;
    if (wasCounting)
        emit countdownCancelled();
}

int IdleTimer::secondsLeft(qint64 now) const
{
    const qint64 left = m_lastActivity + m_timeout + m_countdown - now;
    return int((left + 999) / 1000);
}

void IdleTimer::poll()
{
    if (m_state == State::Disarmed)
        return;
    const qint64 now = m_clock();
    const qint64 idle = now - m_lastActivity;
    if (idle >= qint64(m_timeout) + m_countdown) {
        m_state = State::Disarmed;
        m_lastTick = -1;
        emit expired();
        return;
    }
    if (idle < m_timeout)
        return;
    const int left = secondsLeft(now);
    if (m_state != State::Counting) {
        m_state = State::Counting;
        m_lastTick = left;
        emit countdownStarted(left);
    } else if (left != m_lastTick) {
        m_lastTick = left;
        emit countdownTick(left);
    }
}

void IdleTimer::setTimes(int timeoutMs, int countdownMs)
{
    m_timeout = qMax(1000, timeoutMs);
    m_countdown = qMax(0, countdownMs);
    noteActivity();
}

} // namespace huanjiao
