// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QAbstractButton>
#include <QPointer>


namespace huanjiao {

// Makes a column of buttons (the A-Z bar) one Tab stop instead of 27: Tab
// lands on the last button used (at first the first enabled one), Up and
// Down (Left and Right, Home and End) move among the enabled buttons.
class RovingFocus : public QObject
{
    Q_OBJECT

public:
    // The buttons in order; they must outlive nothing here (owned by their parent).
    RovingFocus(const QList<QAbstractButton *> &buttons, QObject *parent = nullptr);

    // The one button Tab stops at.
    QAbstractButton *tabStop() const { return m_stop; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setTabStop(QAbstractButton *button);
    void updateTabStop();
    QAbstractButton *step(int from, int direction) const;

    QList<QAbstractButton *> m_buttons;
    QPointer<QAbstractButton> m_stop;
};

} // namespace huanjiao
