// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace huanjiao {

// A ring in the highlight colour just inside a widget's edge while the
// widget has the keyboard. Fusion shows no focus at all on a text view (the
// page), so a reader moving by Tab would not see where they are. A child
// widget masked to the ring: it takes no clicks and hides nothing inside.
class FocusRing : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kWidth = 2;

    // The ring is owned by `target`.
    static FocusRing *attach(QWidget *target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusRing(QWidget *target);
    void follow();

    QWidget *m_target;
    bool m_byKeyboard = false;
};

} // namespace huanjiao
