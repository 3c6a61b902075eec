#include "ExitGesture.h"

#include <QApplication>
#include <QMouseEvent>
#include <QWidget>

namespace huanjiao {

ExitGesture::ExitGesture(QWidget *window, int holdMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_hold.setSingleShot(true);
    m_hold.setInterval(holdMs);
    connect(&m_hold, &QTimer::timeout, this, [this] {
        m_swallowRelease = true; // the lifted finger must not click what is beneath
        emit triggered();
    });
    qApp->installEventFilter(this);
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
        if (!m_hold.isActive() && watched->isWidgetType() && inCorner(mouse->globalPosition()))
            m_hold.start();
        break;
    }
    case QEvent::MouseMove:
        if (m_hold.isActive() && !inCorner(static_cast<QMouseEvent *>(event)->globalPosition()))
            m_hold.stop();
        break;
    case QEvent::MouseButtonRelease:
        m_hold.stop();
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
