// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityUri.h"
#include "HandoutDocument.h"
#include "IdleTimer.h"
#include "KioskSettings.h"
#include "PinThrottle.h"
#include "StaffChoiceDialog.h"
#include "StaffSettingsDialog.h"

#include <QObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QAbstractItemView;
class QAbstractScrollArea;
class QSettings;
class QToolBar;
class QWindow;

namespace huanjiao {

class AdminPinDialog;
class DepartmentDrillDown;
class HandoutCounts;
struct HandoutSettings;
class UserStore;
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
// home. Another window that takes the focus loses it to the kiosk again.
// The only way out is the hidden gesture and the admin PIN, which also lets
// staff change the kiosk's settings there.
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
    // clipboard and the primary selection; then the home page.
    void reset();
    // Checks the admin PIN (slowed down after wrong ones) without acting on it.
    Unlock checkPin(const QString &pin);
    // Checks the PIN and, when it is right, leaves kiosk mode.
    Unlock tryUnlock(const QString &pin);
    // Staff's settings, behind the PIN: saved where the desk keeps them and
    // applied at once (idle time, printing, type size; the header and QR link
    // at the next print; counting at the next handout).
    void applyStaffSettings(const KioskSettings &kiosk, const HandoutSettings &handout);
    const KioskSettings &settings() const { return m_kiosk; }
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
    // After the right PIN: Settings, Exit or Back; then the settings.
    StaffChoiceDialog *staffChoice() const { return m_staffChoice; }
    StaffSettingsDialog *staffSettings() const { return m_staffSettings; }
    bool isUnlocked() const { return m_unlocked; }

signals:
    // The right admin PIN was given: the app may close the window.
    void exitRequested();
    // The visitor's session was wiped (after the idle timeout).
    void resetDone();
    // Another window had taken the focus; the kiosk raised and activated itself again.
    void frontTakenBack();
    // Staff saved new settings and they are in effect.
    void settingsApplied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lockDown();
    void makeTouchFriendly();
    void fixToolBar(QToolBar *toolbar);
    void makeTouchFriendly(QAbstractItemView *view);
    void adaptDepartments();
    void enableKineticScrolling(QAbstractScrollArea *area);
    void updateHomePage();
    void askForPin();
    void offerStaffChoice();
    void editStaffSettings();
    void exitKiosk();
    void applyPrinting();
    void countHandedOut(const QList<EntityUri> &topics, HandoutDocument::Layout layout);
    bool isKioskWindow(const QWindow *window) const;
    void noteFocusWindow(QWindow *window);
    void takeTheFront();

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
    QPointer<StaffChoiceDialog> m_staffChoice;
    QPointer<StaffSettingsDialog> m_staffSettings;
    DepartmentDrillDown *m_departments = nullptr;
    std::unique_ptr<UserStore> m_countStore; // opened once counting is on
    QPointer<HandoutCounts> m_counts;
    PinThrottle m_throttle;
    bool m_unlocked = false;
    QList<VisitorState *> m_visitorStates;
    QSet<QAbstractItemView *> m_touchViews;
    QTimer m_reclaim;
};

} // namespace huanjiao
