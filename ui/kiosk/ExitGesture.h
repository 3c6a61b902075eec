#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace huanjiao {

// The kiosk's hidden way out: a long press (5 s) on the window's top-right
// corner, where the toolbars leave empty space. Watches the mouse events of
// the whole application (a touch arrives as a synthesized mouse press);
// lifting the finger or moving it out of the corner stops the count.
class ExitGesture : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCornerSize = 80; // px
    static constexpr int kHoldMs = 5000;

    explicit ExitGesture(QWidget *window, int holdMs = kHoldMs, QObject *parent = nullptr);

    bool isHolding() const { return m_hold.isActive(); }

signals:
    void triggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool inCorner(const QPointF &globalPos) const;

    QPointer<QWidget> m_window;
    QTimer m_hold;
    bool m_swallowRelease = false;
};

} // namespace huanjiao
