// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExitGesture.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QMouseEvent>
#include <QWidget>

namespace huanjiao {

ExitGesture::ExitGesture(QWidget *window, int holdMs, Clock clock, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_holdMs(holdMs)
    , m_clock(clock ? clock : Clock([] { return QDeadlineTimer::current().deadline(); }))
{
    m_due.setSingleShot(true);
    connect(&m_due, &QTimer::timeout, this, &ExitGesture::poll);
    qApp->installEventFilter(this);
}

void ExitGesture::poll()
{
    if (m_pressedAt < 0)
        return;
    const qint64 left = m_pressedAt + m_holdMs - m_clock();
    if (left > 0) {
        m_due.start(int(left));
        return;
    }
    m_pressedAt = -1;
    m_due.stop();
    m_swallowRelease = true; // the lifted finger must not click what is beneath
    emit triggered();
}

bool ExitGesture::inCorner(const QPointF &globalPos) const
{
    if (!m_window)
        return false;
    const QPoint local = m_window->mapFromGlobal(globalPos.toPoint());
    return local.y() >= 0 && local.y() < kCornerSize && local.x() < m_window->width()
        && local.x() >= m_window->width() - kCornerSize;
}

bool ExitGesture::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        // The same press travels up the parent chain: start only once.
        if (m_pressedAt < 0 && watched->isWidgetType() && inCorner(mouse->globalPosition())) {
            m_pressedAt = m_clock();
            m_due.start(m_holdMs);
        }
        break;
    }
    case QEvent::MouseMove:
        if (m_pressedAt >= 0 && !inCorner(static_cast<QMouseEvent *>(event)->globalPosition())) {
            m_pressedAt = -1;
            m_due.stop();
        }
        break;
    case QEvent::MouseButtonRelease:
        m_pressedAt = -1;
        m_due.stop();
        if (m_swallowRelease) {
            m_swallowRelease = false;
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace huanjiao
