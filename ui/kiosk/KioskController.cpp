// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskController.h"

#include "AdminPinDialog.h"
#include "AdminPinStore.h"
#include "BrowserWindow.h"
#include "DepartmentBrowser.h"
#include "DepartmentDrillDown.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "EntityListView.h"
#include "ExitGesture.h"
#include "HandoutActions.h"
#include "IdleCountdownOverlay.h"
#include "KindBrowser.h"
#include "KindListPage.h"
#include "KioskEventFilter.h"
#include "KioskHomePage.h"
#include "KioskLayout.h"
#include "LetterBar.h"
#include "OnScreenKeyboard.h"
#include "PageSource.h"
#include "PageView.h"
#include "HandoutCounts.h"
#include "HandoutSettings.h"
#include "PrintController.h"
#include "SearchBox.h"
#include "Sidebar.h"
#include "StaffChoiceDialog.h"
#include "StaffSettingsDialog.h"
#include "TouchRowDelegate.h"
#include "UserStore.h"
#include "VisitorState.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QScroller>
#include <QToolBar>
#include <QTreeView>
#include <QWindow>

namespace huanjiao {

namespace {
// Touch targets of at least 48 px (SPEC.md section 7) for the widgets the
// kiosk keeps; fixed pixel sizes, as a finger does not scale with the font.
const char *const kTouchStyle = "QToolButton { min-height: 48px; min-width: 48px; }"
                                "QToolBar QToolButton { min-height: 52px; min-width: 52px; padding: 0 10px; }"
                                "QTabBar::tab { min-height: 48px; min-width: 120px; padding: 0 12px; }"
                                "QComboBox, QLineEdit, QPushButton { min-height: 48px; }"
                                "QScrollBar:vertical { width: 28px; }"
                                "QScrollBar:horizontal { height: 28px; }";
constexpr int kTouchRow = 52; // px, list rows
// Long enough to let a window manager finish its own switch, short enough
// that a visitor sees no other window.
constexpr int kReclaimDelayMs = 150;
} // namespace

KioskController::KioskController(BrowserWindow *window, const Repository &repository, const KioskSettings &kiosk,
                                 QSettings &settings, IdleTimer::Clock clock, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_kiosk(kiosk)
    , m_settings(settings)
    , m_clock(clock ? clock : IdleTimer::Clock([] { return QDeadlineTimer::current().deadline(); }))
    , m_idle(new IdleTimer(kiosk.idleTimeoutSeconds * 1000, kiosk.countdownSeconds * 1000, m_clock, this))
    , m_filter(new KioskEventFilter(this))
    , m_gesture(new ExitGesture(window, ExitGesture::kHoldMs, m_clock, this))
    , m_overlay(new IdleCountdownOverlay(window))
    , m_keyboard(new OnScreenKeyboard(window->sidebar()->searchBox(), window->sidebar()))
    , m_home(new KioskHomePage(repository, window->documents()))
{
    // Wrong PINs before a restart still count: the wait is kept in wall-clock
    // time (this clock may start over), and never longer than the longest wait.
    const AdminPinStore::Attempts attempts = AdminPinStore(settings).attempts();
    const qint64 wait = qBound<qint64>(0, attempts.nextTryUtcMs - QDateTime::currentMSecsSinceEpoch(),
                                       PinThrottle::kMaxDelayMs);
    m_throttle.restore(attempts.failures, m_clock() + wait);
    qApp->installEventFilter(m_filter);
    connect(m_filter, &KioskEventFilter::activity, m_idle, &IdleTimer::noteActivity);
    connect(m_idle, &IdleTimer::countdownStarted, m_overlay, &IdleCountdownOverlay::showCountdown);
    connect(m_idle, &IdleTimer::countdownTick, m_overlay, &IdleCountdownOverlay::setSecondsLeft);
    connect(m_idle, &IdleTimer::countdownCancelled, m_overlay, &QWidget::hide);
    connect(m_idle, &IdleTimer::expired, this, &KioskController::reset);
    connect(m_gesture, &ExitGesture::triggered, this, &KioskController::askForPin);
    connect(m_home, &KioskHomePage::openRequested, window, &BrowserWindow::openUrl);
    connect(m_home, &KioskHomePage::searchRequested, window->sidebar(), &Sidebar::focusSearch);
    connect(m_home, &KioskHomePage::symptomChosen, window->sidebar(), &Sidebar::searchFor);
    connect(window->documents(), &DocumentTabs::currentDocumentChanged, this, &KioskController::updateHomePage);
    window->installEventFilter(this);
    // Another window took the focus (Alt+Tab under a window manager, a
    // program that opened one): the kiosk takes the front back.
    m_reclaim.setSingleShot(true);
    m_reclaim.setInterval(kReclaimDelayMs);
    connect(&m_reclaim, &QTimer::timeout, this, &KioskController::takeTheFront);
    connect(qApp, &QGuiApplication::focusWindowChanged, this, &KioskController::noteFocusWindow);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            noteFocusWindow(nullptr);
    });
    for (VisitorState *part : window->visitorStates())
        addVisitorState(part);
    addVisitorState(m_home);
    lockDown();
    makeTouchFriendly();
    updateHomePage();
}

void KioskController::addVisitorState(VisitorState *part)
{
    if (part && !m_visitorStates.contains(part))
        m_visitorStates.append(part);
}

void KioskController::adoptToolBar(QToolBar *toolbar)
{
    // The touch-sized row is full: a later toolbar's words would be cut short there.
    m_window->insertToolBarBreak(toolbar);
    fixToolBar(toolbar);
}

void KioskController::fixToolBar(QToolBar *toolbar)
{
    toolbar->setMovable(false);
    toolbar->setFloatable(false);
    toolbar->toggleViewAction()->setEnabled(false);
    toolbar->setIconSize(QSize(32, 32));
}

void KioskController::setApplicationFont(const KioskSettings &kiosk)
{
    QFont font = QApplication::font();
    font.setPointSize(kiosk.fontPointSize);
    QApplication::setFont(font);
}

KioskController::~KioskController()
{
    qApp->removeEventFilter(m_filter);
    delete m_counts.data(); // before the store it writes to
}

void KioskController::lockDown()
{
    m_window->setWindowFlag(Qt::FramelessWindowHint, true);
    m_window->menuBar()->hide();
    // No floating window outside the kiosk.
    m_window->handouts()->basketDock()->setFeatures(QDockWidget::DockWidgetClosable);
    m_window->documents()->setKeepLastTab(true);
    // A visitor mostly has one page open: no tab bar (and its small close button) until there are two.
    m_window->documents()->setTabBarAutoHide(true);
    applyPrinting();
    connect(m_window->handouts()->printController(), &PrintController::handedOut, this,
            &KioskController::countHandedOut);
    // A visitor takes one page home, the same one-page summary the desk offers.
    m_window->handouts()->printController()->setUnattendedLayout(HandoutDocument::Layout::Summary, m_kiosk.largePrint);
}

void KioskController::makeTouchFriendly()
{
    m_window->setStyleSheet(QString::fromLatin1(kTouchStyle));
    for (QToolBar *toolbar : m_window->toolBars())
        fixToolBar(toolbar);
    // 26 letters down the side of a list cannot each be a finger wide; a
    // flick and the on-screen keyboard get there instead.
    for (Kind kind : KindBrowser::kinds()) {
        if (KindListPage *page = m_window->kinds()->listPage(kind))
            page->letterBar()->hide();
    }
    // Lists, the department tree and the filters' drop-downs alike; lists
    // built later (a tab first shown) get the same.
    for (QAbstractItemView *view : m_window->sidebar()->itemViews() + m_window->kinds()->itemViews())
        makeTouchFriendly(view);
    connect(m_window->kinds(), &KindBrowser::pageCreated, this,
            [this](KindListPage *page) { makeTouchFriendly(page->view()); });
    // The departments' tab is built when first shown, as the lists are.
    connect(m_window->kinds(), &QTabWidget::currentChanged, this, [this](int index) {
        if (KindBrowser::kinds().value(index, Kind::Condition) == Kind::Department)
            adaptDepartments();
    });
    if (KindBrowser::kinds().value(m_window->kinds()->currentIndex(), Kind::Condition) == Kind::Department)
        adaptDepartments();
    // The keyboard's Clear key does what the field's small clear button did.
    m_window->sidebar()->searchBox()->setClearButtonShown(false);
    // The keyboard, the kind buttons and the column for the screen's size and shape.
    new KioskLayout(m_window, m_keyboard, this);
    enableKineticScrolling(m_home);
}

void KioskController::adaptDepartments()
{
    if (m_departments)
        return;
    DepartmentBrowser *browser = m_window->kinds()->departments();
    makeTouchFriendly(browser->tree());
    makeTouchFriendly(browser->members());
    m_departments = new DepartmentDrillDown(browser, this);
    addVisitorState(m_departments);
}

void KioskController::makeTouchFriendly(QAbstractItemView *view)
{
    if (m_touchViews.contains(view))
        return;
    m_touchViews.insert(view);
    auto *rows = new TouchRowDelegate(view->itemDelegate(), kTouchRow, view);
    rows->setFitsEntries(qobject_cast<EntityListView *>(view) != nullptr);
    view->setItemDelegate(rows);
    // A row's width hint follows the font (20 average characters), which with
    // the kiosk's type size can pass the column's width by a few pixels; rows
    // are names, never wider than the column, so a flick never goes sideways.
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    enableKineticScrolling(view);
}

void KioskController::enableKineticScrolling(QAbstractScrollArea *area)
{
    // A flick scrolls lists and pages; a tap still clicks.
    if (!QScroller::hasScroller(area->viewport()))
        QScroller::grabGesture(area->viewport(), QScroller::LeftMouseButtonGesture);
}

void KioskController::start()
{
    // A kiosk's X server may run no window manager to honour "full screen":
    // cover the screen ourselves as well.
    if (QScreen *screen = m_window->screen())
        m_window->setGeometry(screen->geometry());
    m_window->showFullScreen();
    m_window->sidebar()->searchBox()->setFocus();
    m_idle->start();
}

void KioskController::updateHomePage()
{
    DocumentTab *tab = m_window->documents()->currentDocument();
    if (tab)
        enableKineticScrolling(tab->view()); // tabs opened since
    if (!tab || tab->url() != PageSource::homeUrl()) {
        m_home->hide();
        return;
    }
    tab->installEventFilter(this); // follows the tab's size
    m_home->setGeometry(QRect(tab->mapTo(m_window->documents(), QPoint(0, 0)), tab->size()));
    m_home->raise();
    m_home->show();
}

bool KioskController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && !m_unlocked) {
        event->ignore(); // Alt+F4 handled by the window manager, or anything else
        return true;
    }
    if (watched != m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Move)
        && watched == m_window->documents()->currentDocument())
        updateHomePage();
    return QObject::eventFilter(watched, event);
}

void KioskController::reset()
{
    // The PIN pad: nothing stays open for the next visitor.
    if (m_pinDialog)
        m_pinDialog->reject();
    if (m_staffChoice)
        m_staffChoice->reject();
    if (m_staffSettings)
        m_staffSettings->reject();
    m_overlay->hide();
    applyPrinting(); // a printer plugged in (or gone) since
    // Tabs and their history, search, lists, basket, zoom, selection, dialogs:
    // each part forgets what it keeps.
    for (VisitorState *part : std::as_const(m_visitorStates))
        part->resetForNextVisitor();
    // Both: the clipboard (Ctrl+V) and, under X, the primary selection a
    // middle click pastes from.
    QApplication::clipboard()->clear(QClipboard::Clipboard);
    if (QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->clear(QClipboard::Selection);
    m_home->verticalScrollBar()->setValue(0);
    updateHomePage();
    m_window->sidebar()->searchBox()->setFocus();
    emit resetDone();
}

bool KioskController::isKioskWindow(const QWindow *window) const
{
    // The kiosk's own windows: the main window and what it opens over itself
    // (the PIN pad, the staff settings, a drop-down list, a message).
    for (const QWindow *w = window; w; w = w->transientParent()) {
        if (m_window->windowHandle() && w == m_window->windowHandle())
            return true;
    }
    return window && (window->type() == Qt::Popup || window->type() == Qt::ToolTip);
}

void KioskController::noteFocusWindow(QWindow *window)
{
    if (m_unlocked || !m_window->isVisible() || isKioskWindow(window))
        return;
    m_reclaim.start();
}

void KioskController::takeTheFront()
{
    if (m_unlocked || !m_window->isVisible())
        return;
    QWindow *focus = QGuiApplication::focusWindow();
    if (focus && isKioskWindow(focus))
        return;
    m_window->raise();
    m_window->activateWindow();
    emit frontTakenBack();
}

KioskController::Unlock KioskController::checkPin(const QString &pin)
{
    const qint64 now = m_clock();
    if (m_throttle.waitMs(now) > 0)
        return Unlock::TooSoon;
    AdminPinStore store(m_settings);
    if (!store.hasPin())
        return Unlock::NoPin;
    if (!store.verify(pin)) {
        m_throttle.failed(now);
        store.saveAttempts({m_throttle.failures(), QDateTime::currentMSecsSinceEpoch() + m_throttle.waitMs(now)});
        return Unlock::WrongPin;
    }
    m_throttle.succeeded();
    store.saveAttempts({});
    return Unlock::Unlocked;
}

KioskController::Unlock KioskController::tryUnlock(const QString &pin)
{
    const Unlock result = checkPin(pin);
    if (result == Unlock::Unlocked)
        exitKiosk();
    return result;
}

void KioskController::exitKiosk()
{
    m_unlocked = true;
    emit exitRequested();
}

void KioskController::offerStaffChoice()
{
    m_staffChoice = new StaffChoiceDialog(m_window);
    m_staffChoice->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_staffChoice, &StaffChoiceDialog::chosen, this, [this](StaffChoiceDialog::Choice choice) {
        if (choice == StaffChoiceDialog::Choice::Exit)
            exitKiosk();
        else if (choice == StaffChoiceDialog::Choice::Settings)
            QTimer::singleShot(0, this, &KioskController::editStaffSettings);
    });
    m_staffChoice->open();
}

void KioskController::editStaffSettings()
{
    if (m_staffSettings)
        return;
    m_staffSettings = new StaffSettingsDialog(m_kiosk, HandoutSettings::load(QSettings()), m_window);
    m_staffSettings->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_staffSettings, &QDialog::accepted, this, [this] {
        applyStaffSettings(m_staffSettings->kioskSettings(), m_staffSettings->handoutSettings());
    });
    m_staffSettings->open();
}

void KioskController::applyStaffSettings(const KioskSettings &kiosk, const HandoutSettings &handout)
{
    // Where the desk's dialogs keep them: the next print reads the header
    // from there, the next start the kiosk's options.
    kiosk.save(m_settings);
    QSettings handoutStore;
    handout.save(handoutStore);
    m_settings.sync();
    handoutStore.sync();
    const bool fontChanged = kiosk.fontPointSize != m_kiosk.fontPointSize;
    m_kiosk = kiosk;
    m_idle->setTimes(kiosk.idleTimeoutSeconds * 1000, kiosk.countdownSeconds * 1000);
    applyPrinting();
    m_window->handouts()->printController()->setUnattendedLayout(HandoutDocument::Layout::Summary, kiosk.largePrint);
    if (fontChanged) {
        setApplicationFont(kiosk);
        // Polished again, so the style sheet's widgets take the new size too.
        m_window->setStyleSheet(QString());
        m_window->setStyleSheet(QString::fromLatin1(kTouchStyle));
    }
    emit settingsApplied();
}

void KioskController::applyPrinting()
{
    // No control that could only lead to "no printer": printing off, or no
    // printer to print on, and there is nothing to press.
    const bool off = m_kiosk.printing == KioskSettings::Printing::Off || !PrintController::hasDefaultPrinter();
    m_window->handouts()->lockDown(off ? PrintController::Policy::Off : PrintController::Policy::DefaultPrinter);
}

void KioskController::countHandedOut(const QList<EntityUri> &topics, HandoutDocument::Layout layout)
{
    // Off unless staff switched counting on; then only topic, kind and date
    // (HandoutCounts), never anything of the visitor. The store is opened
    // only then: a kiosk that does not count writes nothing.
    if (!HandoutSettings::load(QSettings()).countHandouts)
        return;
    if (!m_countStore) {
        QString error;
        m_countStore = UserStore::open(UserStore::defaultPath(), &error);
        if (!m_countStore) {
            qWarning("Handout counts not kept: %s", qPrintable(error));
            return;
        }
        m_counts = new HandoutCounts(m_countStore.get(), m_window);
    }
    m_counts->record(topics, layout);
}

AdminPinDialog *KioskController::pinDialog() const
{
    return m_pinDialog;
}

void KioskController::askForPin()
{
    if (m_pinDialog)
        return;
    m_pinDialog = new AdminPinDialog(m_window);
    m_pinDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pinDialog, &AdminPinDialog::submitted, this, [this](const QString &pin) {
        switch (checkPin(pin)) {
        case Unlock::Unlocked:
            m_pinDialog->accept();
            offerStaffChoice();
            break;
        case Unlock::WrongPin:
        case Unlock::TooSoon: {
            const qint64 wait = m_throttle.waitMs(m_clock());
            m_pinDialog->refuse(tr("Wrong PIN. Try again in %n second(s).", nullptr, int((wait + 999) / 1000)),
                                int(wait));
            break;
        }
        case Unlock::NoPin:
            m_pinDialog->refuse(AdminPinStore(m_settings).missingPinMessage(), 0);
            break;
        }
    });
    // No PIN that works (an old one retired, say): staff learn why and what to
    // do before typing a PIN that cannot be right.
    const QString why = AdminPinStore(m_settings).missingPinMessage();
    if (!why.isEmpty())
        m_pinDialog->refuse(why, 0);
    m_pinDialog->open();
}

} // namespace huanjiao
