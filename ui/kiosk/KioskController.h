// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdleTimer.h"
#include "KioskSettings.h"
#include "PinThrottle.h"

#include <QObject>
#include <QList>
#include <QPointer>
#include <QSet>

class QAbstractItemView;
class QAbstractScrollArea;
class QSettings;
class QToolBar;

namespace huanjiao {

class AdminPinDialog;
class BrowserWindow;
class ExitGesture;
class IdleCountdownOverlay;
class KioskEventFilter;
class KioskHomePage;
class OnScreenKeyboard;
class Repository;
class VisitorState;

// Turns a browser window into a kiosk (SPEC.md section 7) and keeps it one:
// full screen and frameless, touch-sized and kinetic, an on-screen keyboard
// by the search field, a home page of big buttons, the keys and menus that
// lead out blocked, printing straight to the default printer (or off). After
// the idle timeout and a countdown it wipes what the visitor did and goes
// home. The only way out is the hidden gesture and the admin PIN.
class KioskController : public QObject
{
    Q_OBJECT

public:
    enum class Unlock { Unlocked, WrongPin, TooSoon, NoPin };

    // `settings` holds the admin PIN; `clock` (milliseconds) is for tests.
    KioskController(BrowserWindow *window, const Repository &repository, const KioskSettings &kiosk,
                    QSettings &settings, IdleTimer::Clock clock = {}, QObject *parent = nullptr);
    ~KioskController() override;

    // The kiosk's larger type. Call before the window is made: under a style
    // sheet a font set later reaches neither the widgets there nor the ones
    // made afterwards (a page opened later) reliably.
    static void setApplicationFont(const KioskSettings &kiosk);

    // Shows the window full screen and starts the idle timer.
    void start();
    // Forgets the visitor: tabs and their history, closed tabs, search text
    // and results, filters, the basket, zoom and scroll positions, the
    // clipboard; then the home page.
    void reset();
    Unlock tryUnlock(const QString &pin);
    // A part that keeps something of a visitor, reset by reset(). The
    // window's own parts are registered when the controller is made.
    void addVisitorState(VisitorState *part);
    const QList<VisitorState *> &visitorStates() const { return m_visitorStates; }
    // A toolbar that comes later (read aloud's): on a row of its own, fixed
    // in place, touch-sized.
    void adoptToolBar(QToolBar *toolbar);

    IdleTimer *idleTimer() const { return m_idle; }
    IdleCountdownOverlay *countdown() const { return m_overlay; }
    OnScreenKeyboard *keyboard() const { return m_keyboard; }
    KioskHomePage *homePage() const { return m_home; }
    ExitGesture *exitGesture() const { return m_gesture; }
    // The PIN pad while it is open.
    AdminPinDialog *pinDialog() const;
    bool isUnlocked() const { return m_unlocked; }

signals:
    // The right admin PIN was given: the app may close the window.
    void exitRequested();
    // The visitor's session was wiped (after the idle timeout).
    void resetDone();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lockDown();
    void makeTouchFriendly();
    void fixToolBar(QToolBar *toolbar);
    void makeTouchFriendly(QAbstractItemView *view);
    void enableKineticScrolling(QAbstractScrollArea *area);
    void updateHomePage();
    void askForPin();

    BrowserWindow *m_window;
    KioskSettings m_kiosk;
    QSettings &m_settings;
    IdleTimer::Clock m_clock;
    IdleTimer *m_idle;
    KioskEventFilter *m_filter;
    ExitGesture *m_gesture;
    IdleCountdownOverlay *m_overlay;
    OnScreenKeyboard *m_keyboard;
    KioskHomePage *m_home;
    QPointer<AdminPinDialog> m_pinDialog;
    PinThrottle m_throttle;
    bool m_unlocked = false;
    QList<VisitorState *> m_visitorStates;
    QSet<QAbstractItemView *> m_touchViews;
};

} // namespace huanjiao
