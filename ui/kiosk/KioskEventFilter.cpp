// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskEventFilter.h"

#include <QKeyEvent>

namespace huanjiao {

namespace {
bool isBlocked(const QKeyEvent *event)
{
    const QKeyCombination pressed(event->modifiers() & ~Qt::KeypadModifier, Qt::Key(event->key()));
    for (const QKeySequence &blocked : KioskEventFilter::blockedKeys()) {
        if (blocked[0] == pressed)
            return true;
    }
    // Esc (close a dialog, clear, leave full screen) with any modifier.
    return event->key() == Qt::Key_Escape;
}
} // namespace

KioskEventFilter::KioskEventFilter(QObject *parent)
    : QObject(parent)
{
}

const QList<QKeySequence> &KioskEventFilter::blockedKeys()
{
    static const QList<QKeySequence> keys = {
        QKeySequence(Qt::ALT | Qt::Key_F4),      // close the window
        QKeySequence(Qt::CTRL | Qt::Key_Q),      // quit
        QKeySequence(Qt::Key_Escape),            // close dialogs, clear, leave full screen
        QKeySequence(Qt::Key_F11),               // full screen on and off
        QKeySequence(Qt::CTRL | Qt::Key_F4),     // close
        QKeySequence(Qt::CTRL | Qt::Key_O),      // open a file
        QKeySequence(Qt::CTRL | Qt::Key_S),      // save a file
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), // export PDF (a file dialog)
        QKeySequence(Qt::Key_Menu),              // the context menu key
        QKeySequence(Qt::SHIFT | Qt::Key_F10),   // the context menu, too
    };
    return keys;
}

bool KioskEventFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        if (isBlocked(static_cast<QKeyEvent *>(event))) {
            // Accepted: no shortcut fires; the key press that follows is swallowed below.
            event->accept();
            return true;
        }
        break;
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
        emit activity();
        if (isBlocked(static_cast<QKeyEvent *>(event)))
            return true;
        break;
    case QEvent::ContextMenu:
        return true;
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        emit activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace huanjiao
