// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace huanjiao {

// Slows down guessing the admin PIN: after each wrong PIN in a row the next
// try must wait twice as long (1 s, 2 s, 4 s, ... up to a minute). A right
// PIN starts over. Times are milliseconds from the caller's clock.
class PinThrottle
{
public:
    static constexpr qint64 kFirstDelayMs = 1000;
    static constexpr qint64 kMaxDelayMs = 60000;

    // How long until the next try is allowed (0: now).
    qint64 waitMs(qint64 now) const { return qMax<qint64>(0, m_nextTry - now); }
    void failed(qint64 now);
    void succeeded();
    // Takes up where an earlier run left off: `failures` wrong PINs in a
    // row, the next try allowed at `nextTry` (the caller's clock).
    void restore(int failures, qint64 nextTry);
    int failures() const { return m_failures; }

private:
    int m_failures = 0;
    qint64 m_nextTry = 0;
};

} // namespace huanjiao
