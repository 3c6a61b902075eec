// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinThrottle.h"

namespace huanjiao {

void PinThrottle::failed(qint64 now)
{
    ++m_failures;
    const int doublings = qMin(m_failures - 1, 16);
    m_nextTry = now + qMin(kMaxDelayMs, kFirstDelayMs << doublings);
}

void PinThrottle::restore(int failures, qint64 nextTry)
{
    m_failures = qMax(0, failures);
    m_nextTry = m_failures > 0 ? nextTry : 0;
}

void PinThrottle::succeeded()
{
    m_failures = 0;
    m_nextTry = 0;
}

} // namespace huanjiao
