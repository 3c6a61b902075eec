// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;
class QWindow;

namespace huanjiao {

// Runs work once a window is on screen and painted: start-up work that the
// first window need not wait for (the home page's layout, the window icon,
// the speech engine). A zero-timer is not enough: it runs before Qt sends
// the window to the display server.
class WindowExposure : public QObject
{
    Q_OBJECT

public:
    // `work` runs in a later event-loop pass than the one that first shows
    // `window` (already shown: the next pass), unless `context` is gone by then.
    static void whenExposed(QWidget *window, QObject *context, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    WindowExposure(QWindow *window, QObject *context, std::function<void()> work);

    QObject *m_context;
    std::function<void()> m_work;
};

} // namespace huanjiao
