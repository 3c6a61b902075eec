// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowExposure.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace huanjiao {

void WindowExposure::whenExposed(QWidget *window, QObject *context, std::function<void()> work)
{
    QWindow *handle = window->window()->windowHandle();
    if (!handle || handle->isExposed()) {
        QTimer::singleShot(0, context, std::move(work));
        return;
    }
    new WindowExposure(handle, context, std::move(work));
}

WindowExposure::WindowExposure(QWindow *window, QObject *context, std::function<void()> work)
    : QObject(window)
    , m_context(context)
    , m_work(std::move(work))
{
    window->installEventFilter(this);
    // The context going away takes the work with it.
    connect(context, &QObject::destroyed, this, &QObject::deleteLater);
}

bool WindowExposure::eventFilter(QObject *watched, QEvent *event)
{
    auto *window = static_cast<QWindow *>(watched);
    if (event->type() == QEvent::Expose && window->isExposed()) {
        window->removeEventFilter(this);
        // Queued: the window paints its first frame as this event goes on.
        QTimer::singleShot(0, m_context, std::move(m_work));
        deleteLater();
    }
    return false;
}

} // namespace huanjiao
