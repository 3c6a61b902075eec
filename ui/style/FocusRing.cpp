// SPDX-License-Identifier: GPL-3.0-or-later
#include "FocusRing.h"

#include <QFocusEvent>
#include <QPainter>

namespace huanjiao {

FocusRing *FocusRing::attach(QWidget *target)
{
    return new FocusRing(target);
}

FocusRing::FocusRing(QWidget *target)
    : QWidget(target)
    , m_target(target)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    target->installEventFilter(this);
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::FocusIn: {
            const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
            m_byKeyboard = reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason
                           || reason == Qt::ShortcutFocusReason
                           || m_target->window()->testAttribute(Qt::WA_KeyboardFocusChange);
            follow();
            break;
        }
        case QEvent::FocusOut:
        case QEvent::Resize:
            follow();
            break;
        case QEvent::ChildAdded:
            raise(); // above the viewport and anything added later
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::follow()
{
    // Only when the keyboard brought the focus: a click needs no ring to show where it went.
    if (!m_target->hasFocus() || !m_byKeyboard) {
        hide();
        return;
    }
    setGeometry(m_target->rect());
    const QRect outer = rect();
    setMask(QRegion(outer).subtracted(QRegion(outer.adjusted(kWidth, kWidth, -kWidth, -kWidth))));
    raise();
    show();
}

void FocusRing::paintEvent(QPaintEvent *)
{
    // The theme's highlight: blue in light and dark, yellow in high contrast.
    QPainter(this).fillRect(rect(), palette().color(QPalette::Highlight));
}

} // namespace huanjiao
