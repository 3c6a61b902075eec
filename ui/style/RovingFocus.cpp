// SPDX-License-Identifier: GPL-3.0-or-later
#include "RovingFocus.h"

#include "FocusRing.h"

#include <QAbstractButton>
#include <QEvent>
#include <QKeyEvent>

namespace huanjiao {

RovingFocus::RovingFocus(const QList<QAbstractButton *> &buttons, QObject *parent)
    : QObject(parent)
    , m_buttons(buttons)
{
    for (QAbstractButton *button : m_buttons) {
        button->installEventFilter(this);
        FocusRing::attach(button); // Fusion's focus on a flat button is a faint tint
    }
    updateTabStop();
}

void RovingFocus::setTabStop(QAbstractButton *button)
{
    m_stop = button;
    // Focus policies, not the chain: the buttons keep their place in it.
    for (QAbstractButton *b : m_buttons)
        b->setFocusPolicy(b == button ? Qt::StrongFocus : Qt::ClickFocus);
}

void RovingFocus::updateTabStop()
{
    if (m_stop && m_stop->isEnabled()) {
        setTabStop(m_stop);
        return;
    }
    setTabStop(step(-1, 1));
}

QAbstractButton *RovingFocus::step(int from, int direction) const
{
    for (int i = from + direction; i >= 0 && i < m_buttons.size(); i += direction) {
        if (m_buttons.at(i)->isEnabled() && !m_buttons.at(i)->isHidden())
            return m_buttons.at(i);
    }
    return nullptr;
}

bool RovingFocus::eventFilter(QObject *watched, QEvent *event)
{
    auto *button = qobject_cast<QAbstractButton *>(watched);
    if (!button)
        return false;
    switch (event->type()) {
    case QEvent::EnabledChange:
        updateTabStop();
        break;
    case QEvent::FocusIn:
        setTabStop(button);
        break;
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int at = int(m_buttons.indexOf(button));
        QAbstractButton *next = nullptr;
        if (key == Qt::Key_Up || key == Qt::Key_Left)
            next = step(at, -1);
        else if (key == Qt::Key_Down || key == Qt::Key_Right)
            next = step(at, 1);
        else if (key == Qt::Key_Home)
            next = step(-1, 1);
        else if (key == Qt::Key_End)
            next = step(int(m_buttons.size()), -1);
        else
            break;
        if (next)
            next->setFocus(Qt::TabFocusReason);
        return true; // at either end the keyboard stays put rather than leaving the bar
    }
    default:
        break;
    }
    return false;
}

} // namespace huanjiao
