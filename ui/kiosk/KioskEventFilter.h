// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

namespace huanjiao {

// Locks the application down for the kiosk: swallows the keys that close,
// quit or leave full screen (Alt+F4, Ctrl+Q, Esc, F11, ...) before any
// widget or shortcut sees them, and every context menu (they offer copying,
// opening elsewhere, a basket the kiosk does not need). Installed on the
// application; it reports any input so the idle timer can count it.
class KioskEventFilter : public QObject
{
    Q_OBJECT

public:
    explicit KioskEventFilter(QObject *parent = nullptr);

    static const QList<QKeySequence> &blockedKeys();

signals:
    // A touch, click, key or wheel: someone is using the kiosk.
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace huanjiao
