// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateHome.h"
#include "AdminPinDialog.h"
#include "AdminPinStore.h"
#include "BasketPanel.h"
#include "BrowserWindow.h"
#include "BundledContent.h"
#include "CrisisCard.h"
#include "DepartmentBrowser.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "EntityListView.h"
#include "ExitGesture.h"
#include "HandoutActions.h"
#include "HandoutBasket.h"
#include "IdleCountdownOverlay.h"
#include "KindBrowser.h"
#include "KindListPage.h"
#include "KioskController.h"
#include "KioskEventFilter.h"
#include "KioskHomePage.h"
#include "OnScreenKeyboard.h"
#include "PageSource.h"
#include "PageView.h"
#include "PrintController.h"
#include "SearchBox.h"
#include "SearchResultsModel.h"
#include "Sidebar.h"
#include "StaffChoiceDialog.h"
#include "VisitorState.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPrinterInfo>
#include <QPushButton>
#include <QScrollBar>
#include <QScroller>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace huanjiao;

namespace {
const QUrl kSpasm(QStringLiteral("huanjiao://condition/hemifacial-spasm"));
constexpr int kTimeoutMs = 120000;
constexpr int kCountdownMs = 10000;

// Every file under `root` with a hash of its contents: what was written to disk.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // Fontconfig keeps its font cache here; it is about fonts, not visits.
        if (path.contains(QLatin1String("/fontconfig/")))
            continue;
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        files.insert(path, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}
} // namespace

// The kiosk as a visitor, the next visitor and the administrator meet it.
// The home, config and cache folders are a temporary folder (set in main()
// before anything reads them), so the test sees whatever is written to disk.
class TestKiosk : public QObject
{
    Q_OBJECT

public:
    explicit TestKiosk(const QString &home)
        : m_home(home)
    {
    }

private:
    QString m_home;
    test::BundledContent m_content;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<BrowserWindow> m_window;
    std::unique_ptr<KioskController> m_kiosk;
    qint64 m_now = 1000000; // the fake clock, ms

    DocumentTabs *documents() const { return m_window->documents(); }
    Sidebar *sidebar() const { return m_window->sidebar(); }
    SearchBox *box() const { return sidebar()->searchBox(); }
    PageView *currentView() const { return documents()->currentDocument()->view(); }

    void makeKiosk(KioskSettings::Printing printing = KioskSettings::Printing::DefaultPrinter)
    {
        KioskSettings kiosk;
        KioskController::setApplicationFont(kiosk);
        m_window = std::make_unique<BrowserWindow>(m_content.repo(), m_content.pages(), m_content.search());
        kiosk.idleTimeoutSeconds = kTimeoutMs / 1000;
        kiosk.countdownSeconds = kCountdownMs / 1000;
        kiosk.printing = printing;
        m_kiosk = std::make_unique<KioskController>(m_window.get(), m_content.repo(), kiosk, *m_settings,
                                                    [this] { return m_now; });
        m_kiosk->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void typeOnScreen(const QString &keys)
    {
        for (const QString &key : keys.split(QLatin1Char(','))) {
            QAbstractButton *button = m_kiosk->keyboard()->key(key);
            QVERIFY2(button, qPrintable(key));
            QVERIFY(button->isVisible());
            QTest::mouseClick(button, Qt::LeftButton);
        }
    }

    // Waits for the results of the text in the search box.
    void waitForResults()
    {
        QTRY_COMPARE(sidebar()->resultsModel()->results().query, box()->text().trimmed());
    }

    // A touch: the kiosk sees the press at the current fake time.
    void touch(QWidget *widget) { QTest::mouseClick(widget, Qt::LeftButton, {}, QPoint(5, 5)); }

    // A visitor finds hemifacial spasm on the on-screen keyboard and opens it.
    void openSpasmOnScreen()
    {
        touch(box());
        typeOnScreen(QStringLiteral("m,j,j,l"));
        waitForResults();
        typeOnScreen(QStringLiteral("enter"));
        QTRY_COMPARE(documents()->currentDocument()->url(), kSpasm);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
        m_settings = std::make_unique<QSettings>();
        QVERIFY(m_settings->fileName().startsWith(m_home));
    }

    void cleanup()
    {
        m_kiosk.reset();
        m_window.reset();
        m_now += 3600000; // past any PIN wait
    }

    void kioskIsFullScreenFramelessAndTouchSized()
    {
        makeKiosk();
        QVERIFY(m_window->isFullScreen());
        QVERIFY(m_window->windowFlags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(m_kiosk->homePage()->isVisible());
        // A flick scrolls pages and lists, in tabs opened later too.
        QVERIFY(QScroller::hasScroller(m_window->kinds()->listPage(Kind::Condition)->view()->viewport()));
        documents()->openInNewTab(kSpasm);
        QVERIFY(QScroller::hasScroller(currentView()->viewport()));
        documents()->closeDocument(documents()->currentIndex());
        // Every button a visitor can touch is at least 48 px each way.
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (!button->isVisible() || button->width() < 2 || qobject_cast<QAbstractButton *>(button)->inherits("QTabBar"))
                continue;
            if (button->parentWidget()->inherits("QTabBar") || button->parentWidget()->inherits("QScrollBar"))
                continue; // tab close buttons and scroll arrows
            if (button->inherits("QLineEditIconButton") || button->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QVERIFY2(button->height() >= 48,
                     qPrintable(QStringLiteral("%1 '%2' is %3 px high")
                                    .arg(QString::fromLatin1(button->metaObject()->className()), button->text())
                                    .arg(button->height())));
        }
        QVERIFY(box()->height() >= 48);
        // Larger type, on the pages too.
        QCOMPARE(m_window->font().pointSize(), KioskSettings().fontPointSize);
        QVERIFY2(currentView()->font().pointSizeF() >= KioskSettings().fontPointSize,
                 qPrintable(QString::number(currentView()->font().pointSizeF())));
        // The home page's buttons open pages.
        QPushButton *topic = nullptr;
        for (QPushButton *button : m_kiosk->homePage()->findChildren<QPushButton *>()) {
            if (!topic && button->objectName().startsWith(QLatin1String("topic_")))
                topic = button;
        }
        QVERIFY(topic);
        QTest::mouseClick(topic, Qt::LeftButton);
        QTRY_VERIFY(documents()->currentDocument()->url() != PageSource::homeUrl());
        QVERIFY(!m_kiosk->homePage()->isVisible());
    }

    void onScreenKeyboardFindsHemifacialSpasm()
    {
        makeKiosk();
        // m, j, j, l and Enter, quicker than the search answers: Enter waits for the results.
        typeOnScreen(QStringLiteral("m,j,j,l,enter"));
        QCOMPARE(box()->text(), QStringLiteral("mjjl"));
        QTRY_COMPARE(documents()->currentDocument()->url(), kSpasm);
        // Backspace, space and clear type as keys do.
        typeOnScreen(QStringLiteral("backspace,space,1"));
        QCOMPARE(box()->text(), QStringLiteral("mjj 1"));
        typeOnScreen(QStringLiteral("clear"));
        QVERIFY(box()->text().isEmpty());
        // The keys never take the focus from the search field.
        QVERIFY(box()->hasFocus());
    }

    // A visitor types a distress phrase on the kiosk's own keyboard (pinyin,
    // as the on-screen keys write): the calm card comes first, before any
    // result, with the numbers to call, in the kiosk's large type.
    void aDistressPhraseOnTheKioskShowsTheCrisisCardFirst()
    {
        makeKiosk();
        touch(box());
        typeOnScreen(QStringLiteral("b,u,x,i,a,n,g,h,u,o"));
        waitForResults();
        auto *card = sidebar()->findChild<CrisisCard *>();
        QVERIFY(card);
        QTRY_VERIFY(card->isVisible());
        const QString text = card->accessibleDescription();
        for (const char *number : {"12356", "120", "110"})
            QVERIFY2(text.contains(QLatin1String(number)), qPrintable(text));
        QVERIFY(card->geometry().top() < sidebar()->resultsView()->geometry().top());
        QVERIFY(sidebar()->resultsModel()->results().crisis.has_value());
        // The numbers are large enough to read from the waiting-room chair.
        for (QLabel *label : card->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("12356")))
                QVERIFY(label->font().pointSizeF() >= KioskSettings().fontPointSize);
        }
        // Clearing the search takes the card away with it.
        typeOnScreen(QStringLiteral("clear"));
        QTRY_VERIFY(!card->isVisible());
    }

    void idleResetWipesEveryTraceOfTheVisitor()
    {
        makeKiosk();
        QSignalSpy reset(m_kiosk.get(), &KioskController::resetDone);
        // A visit: a search, pages in two tabs with history, a closed tab,
        // zoom, scrolling, filters, a sorted list, the basket, the clipboard.
        openSpasmOnScreen();
        if (QTest::currentTestFailed())
            return;
        documents()->openInNewTab(QUrl(QStringLiteral("huanjiao://drug/carbamazepine")));
        documents()->openInNewTab(QUrl(QStringLiteral("huanjiao://test/emg")));
        documents()->closeDocument(documents()->currentIndex());
        QVERIFY(documents()->canReopen());
        documents()->setCurrentIndex(0);
        const qreal zoomedFrom = currentView()->font().pointSizeF();
        currentView()->zoomIn(6);
        QVERIFY(currentView()->font().pointSizeF() > zoomedFrom);
        currentView()->setScrollPosition(400);
        QVERIFY(m_window->handouts()->addToBasket(kSpasm));
        QComboBox *kindFilter = sidebar()->findChildren<QComboBox *>().first();
        kindFilter->setCurrentIndex(1);
        KindListPage *conditions = m_window->kinds()->listPage(Kind::Condition);
        conditions->setDescending(true);
        m_window->kinds()->setCurrentIndex(2);
        QApplication::clipboard()->setText(QStringLiteral("面肌痉挛"));
        QVERIFY(documents()->count() >= 2);

        // Idle until one tick before the countdown: nothing happens.
        m_now += kTimeoutMs - 1;
        m_kiosk->idleTimer()->poll();
        QVERIFY(!m_kiosk->countdown()->isVisible());
        // Then the countdown covers the screen.
        m_now += 1;
        m_kiosk->idleTimer()->poll();
        QVERIFY(m_kiosk->countdown()->isVisible());
        QCOMPARE(m_kiosk->countdown()->text(), QStringLiteral("10"));
        m_now += 3500;
        m_kiosk->idleTimer()->poll();
        QCOMPARE(m_kiosk->countdown()->text(), QStringLiteral("7"));
        QCOMPARE(reset.count(), 0);
        m_now += kCountdownMs - 3500;
        m_kiosk->idleTimer()->poll();
        QCOMPARE(reset.count(), 1);

        QVERIFY(!m_kiosk->countdown()->isVisible());
        QCOMPARE(documents()->count(), 1);
        DocumentTab *tab = documents()->currentDocument();
        QCOMPARE(tab->url(), PageSource::homeUrl());
        QCOMPARE(tab->history().entries().size(), 1);
        QVERIFY(!tab->history().canGoBack());
        QVERIFY(!documents()->canReopen());
        QCOMPARE(tab->view()->font().pointSizeF(), zoomedFrom); // zoom gone
        QCOMPARE(tab->view()->scrollPosition(), 0);
        QVERIFY(m_kiosk->homePage()->isVisible());
        QCOMPARE(m_kiosk->homePage()->verticalScrollBar()->value(), 0);
        QVERIFY(box()->text().isEmpty());
        QVERIFY(!box()->isUndoAvailable()); // Ctrl+Z cannot bring the search back
        QCOMPARE(sidebar()->resultsModel()->rowCount(), 0);
        for (QComboBox *filter : sidebar()->findChildren<QComboBox *>())
            QCOMPARE(filter->currentIndex(), 0);
        QCOMPARE(m_window->kinds()->currentIndex(), 0);
        QCOMPARE(conditions->sortButton()->isChecked(), false);
        QCOMPARE(conditions->view()->verticalScrollBar()->value(), 0);
        QCOMPARE(m_window->handouts()->basket()->rowCount(), 0);
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        QVERIFY(box()->hasFocus());

        // An untouched kiosk does not count down again and again.
        m_now += 10 * kTimeoutMs;
        m_kiosk->idleTimer()->poll();
        QVERIFY(!m_kiosk->countdown()->isVisible());
        QCOMPARE(reset.count(), 1);
    }

    void aTouchDuringTheCountdownKeepsTheSession()
    {
        makeKiosk();
        QSignalSpy reset(m_kiosk.get(), &KioskController::resetDone);
        documents()->openUrl(kSpasm, false);
        touch(box());
        m_now += kTimeoutMs + 2000;
        m_kiosk->idleTimer()->poll();
        QVERIFY(m_kiosk->countdown()->isVisible());
        touch(m_kiosk->countdown());
        QVERIFY(!m_kiosk->countdown()->isVisible());
        QCOMPARE(documents()->currentDocument()->url(), kSpasm); // the touch pressed nothing beneath
        m_now += kCountdownMs;
        m_kiosk->idleTimer()->poll();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(documents()->currentDocument()->url(), kSpasm);
    }

    void blockedShortcutsDoNothing_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        for (const QKeySequence &keys : KioskEventFilter::blockedKeys())
            QTest::newRow(qPrintable(keys.toString())) << keys;
    }

    void blockedShortcutsDoNothing()
    {
        QFETCH(QKeySequence, keys);
        makeKiosk();
        documents()->openUrl(kSpasm, false);
        QTest::keyClicks(box(), QStringLiteral("mjjl"));
        // Whatever the key would do elsewhere (quit, close, full screen, a
        // menu), here a shortcut bound to it must not fire.
        auto *trap = new QAction(m_window.get());
        trap->setShortcut(keys);
        trap->setShortcutContext(Qt::ApplicationShortcut);
        m_window->addAction(trap);
        QSignalSpy fired(trap, &QAction::triggered);
        for (QWidget *target : {static_cast<QWidget *>(box()), static_cast<QWidget *>(currentView())}) {
            target->setFocus();
            QTest::keyClick(target, keys[0].key(), keys[0].keyboardModifiers());
        }
        QCOMPARE(fired.count(), 0);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->isFullScreen());
        QCOMPARE(box()->text(), QStringLiteral("mjjl")); // Esc clears it elsewhere
        QCOMPARE(documents()->count(), 1);
        QCOMPARE(documents()->currentDocument()->url(), kSpasm);
        QVERIFY(!QApplication::activePopupWidget());
    }

    void noWayOutWithoutThePin()
    {
        makeKiosk();
        documents()->openUrl(kSpasm, false);
        // Alt+F4 from the window manager, or anything else that closes the window.
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        // Closing the last tab (its close button, Ctrl+W) keeps it and its history.
        emit documents()->tabCloseRequested(0);
        QTest::keyClick(currentView(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(documents()->count(), 1);
        QCOMPARE(documents()->currentDocument()->url(), kSpasm);
        // Context menus (copy, open in new tab, add to basket) do not open.
        for (QWidget *widget : {static_cast<QWidget *>(currentView()->viewport()),
                                static_cast<QWidget *>(m_window->kinds()->listPage(Kind::Condition)->view()->viewport()),
                                static_cast<QWidget *>(box())}) {
            QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(10, 10), widget->mapToGlobal(QPoint(10, 10)));
            QApplication::sendEvent(widget, &event);
            QVERIFY(!QApplication::activePopupWidget());
            QVERIFY(widget->findChildren<QMenu *>().isEmpty() || !widget->findChild<QMenu *>()->isVisible());
        }
    }

    void rightPinExitsWrongPinDoesNotAndIsSlowedDown()
    {
        AdminPinStore store(*m_settings);
        QVERIFY(store.setPin(QStringLiteral("246802")));
        makeKiosk();
        QSignalSpy exit(m_kiosk.get(), &KioskController::exitRequested);
        QCOMPARE(m_kiosk->tryUnlock(QStringLiteral("111111")), KioskController::Unlock::WrongPin);
        QCOMPARE(exit.count(), 0);
        QVERIFY(!m_window->close());
        // Straight after a wrong PIN even the right one must wait a second...
        QCOMPARE(m_kiosk->tryUnlock(QStringLiteral("246802")), KioskController::Unlock::TooSoon);
        m_now += 999;
        QCOMPARE(m_kiosk->tryUnlock(QStringLiteral("246802")), KioskController::Unlock::TooSoon);
        m_now += 1;
        // ...and the wait doubles with each wrong PIN in a row.
        QCOMPARE(m_kiosk->tryUnlock(QStringLiteral("000000")), KioskController::Unlock::WrongPin);
        m_now += 1999;
        QCOMPARE(m_kiosk->tryUnlock(QStringLiteral("246802")), KioskController::Unlock::TooSoon);
        m_now += 1;
        QCOMPARE(exit.count(), 0);
        QCOMPARE(m_kiosk->tryUnlock(QStringLiteral("246802")), KioskController::Unlock::Unlocked);
        QCOMPARE(exit.count(), 1);
        QVERIFY(m_window->close());
    }

    // Restarting the kiosk does not start the wait over.
    void wrongPinWaitSurvivesARestart()
    {
        AdminPinStore store(*m_settings);
        QVERIFY(store.setPin(QStringLiteral("975310")));
        makeKiosk();
        QCOMPARE(m_kiosk->tryUnlock(QStringLiteral("111111")), KioskController::Unlock::WrongPin);
        QCOMPARE(m_kiosk->tryUnlock(QStringLiteral("222222")), KioskController::Unlock::TooSoon);
        m_kiosk.reset();
        m_window.reset();
        makeKiosk(); // a new run: its clock knows nothing of the last one
        QCOMPARE(m_kiosk->tryUnlock(QStringLiteral("975310")), KioskController::Unlock::TooSoon);
        m_now += 1000;
        QCOMPARE(m_kiosk->tryUnlock(QStringLiteral("975310")), KioskController::Unlock::Unlocked);
        QCOMPARE(store.attempts().failures, 0);
    }

    void pinPadAfterTheHiddenGesture()
    {
        AdminPinStore store(*m_settings);
        QVERIFY(store.setPin(QStringLiteral("135791")));
        makeKiosk();
        QSignalSpy exit(m_kiosk.get(), &KioskController::exitRequested);
        emit m_kiosk->exitGesture()->triggered();
        AdminPinDialog *dialog = m_kiosk->pinDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        for (const char *key : {"1", "3", "5", "7", "9", "2", "ok"})
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pin_") + QLatin1String(key)),
                              Qt::LeftButton);
        QCOMPARE(exit.count(), 0);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->field()->isEnabled()); // the pad waits
        m_now += 1000;
        QTRY_VERIFY(dialog->field()->isEnabled());
        for (const char *key : {"1", "3", "5", "7", "9", "1", "ok"})
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pin_") + QLatin1String(key)),
                              Qt::LeftButton);
        QTRY_VERIFY(!m_kiosk->pinDialog());
        // The right PIN offers Settings and Exit; Exit leaves.
        StaffChoiceDialog *choice = m_kiosk->staffChoice();
        QVERIFY(choice);
        QTRY_VERIFY(choice->isVisible());
        QVERIFY(choice->findChild<QPushButton *>(QStringLiteral("staffSettings")));
        QCOMPARE(exit.count(), 0);
        QTest::mouseClick(choice->findChild<QPushButton *>(QStringLiteral("staffExit")), Qt::LeftButton);
        QCOMPARE(exit.count(), 1);
    }

    void exitGestureNeedsALongPressOnTheCorner()
    {
        makeKiosk();
        // The fake clock, not the wall clock, says how long a finger stayed.
        ExitGesture gesture(m_window.get(), 200, [this] { return m_now; });
        QSignalSpy triggered(&gesture, &ExitGesture::triggered);
        const QPoint corner(m_window->width() - 10, 10);
        QWidget *target = m_window->childAt(corner) ? m_window->childAt(corner) : m_window.get();
        const QPoint local = target->mapFrom(m_window.get(), corner);
        // A short press does nothing.
        QTest::mousePress(target, Qt::LeftButton, {}, local);
        QVERIFY(gesture.isHolding());
        m_now += 50;
        gesture.poll();
        QTest::mouseRelease(target, Qt::LeftButton, {}, local);
        QVERIFY(!gesture.isHolding());
        m_now += 300;
        gesture.poll();
        QCOMPARE(triggered.count(), 0);
        // A long press elsewhere does nothing.
        QTest::mousePress(box(), Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(!gesture.isHolding());
        m_now += 300;
        gesture.poll();
        QTest::mouseRelease(box(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(triggered.count(), 0);
        // A long press on the corner asks for the PIN, once it has lasted long enough.
        QTest::mousePress(target, Qt::LeftButton, {}, local);
        m_now += 199;
        gesture.poll();
        QCOMPARE(triggered.count(), 0);
        m_now += 1;
        gesture.poll();
        QCOMPARE(triggered.count(), 1);
        QTest::mouseRelease(target, Qt::LeftButton, {}, local);
    }

    // Another program's window (here a second top-level window) takes the
    // focus: the kiosk raises and activates itself again. Its own windows
    // (the PIN pad) are left in front.
    void kioskTakesTheFrontBack()
    {
        makeKiosk();
        QTRY_VERIFY(m_window->isActiveWindow());
        QSignalSpy back(m_kiosk.get(), &KioskController::frontTakenBack);
        QWidget other;
        other.setWindowTitle(QStringLiteral("another program"));
        other.resize(300, 200);
        other.show();
        other.raise();
        other.activateWindow();
        QTRY_COMPARE(back.count(), 1);
        QTRY_VERIFY(m_window->isActiveWindow());
        QCOMPARE(QGuiApplication::focusWindow(), m_window->windowHandle());
        QVERIFY(!other.isActiveWindow());
        // The PIN pad is the kiosk's own: it keeps the focus.
        emit m_kiosk->exitGesture()->triggered();
        QTRY_VERIFY(m_kiosk->pinDialog() && m_kiosk->pinDialog()->isActiveWindow());
        QTest::qWait(400);
        QCOMPARE(back.count(), 1);
        QVERIFY(m_kiosk->pinDialog()->isActiveWindow());
        m_kiosk->pinDialog()->reject();
    }

    // Every part of the window that keeps something of a visitor (it says so
    // by being a VisitorState) is reset by the kiosk; a new one that is not
    // registered fails here.
    void everyPartThatKeepsAVisitorIsRegistered()
    {
        makeKiosk();
        QList<QObject *> objects = m_window->findChildren<QObject *>();
        objects.prepend(m_window.get());
        int parts = 0;
        for (QObject *object : objects) {
            if (auto *part = dynamic_cast<VisitorState *>(object)) {
                ++parts;
                QVERIFY2(m_kiosk->visitorStates().contains(part), object->metaObject()->className());
            }
        }
        // The window, its tabs, the sidebar, the lists, the handouts, the view settings.
        QVERIFY(parts >= 6);
        QCOMPARE(m_kiosk->visitorStates().size(), parts);
    }

    void pinIsStoredAsASlowHashOnlyItsOwnerCanRead()
    {
        // The reference Argon2id vector of libargon2's own tests (t=2, m=64 MiB, p=1).
        QCOMPARE(AdminPinStore::argon2id("password", "somesalt", 2, 65536, 1).toHex(),
                 QByteArray("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7"));
        AdminPinStore store(*m_settings);
        QVERIFY(store.setPin(QStringLiteral("864209")));
        QFile file(store.pinFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        file.close();
        QVERIFY(!stored.contains("864209"));
        QVERIFY(stored.contains("argon2id"));
        QVERIFY(stored.contains("\"memoryKiB\": 65536"));
        // 0600: no one but the kiosk user can read it, or copy it to guess at leisure.
        QCOMPARE(QFileInfo(store.pinFile()).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        m_settings->sync();
        QFile settingsFile(m_settings->fileName());
        if (settingsFile.open(QIODevice::ReadOnly)) // nothing of the PIN in the settings file, which others can read
            QVERIFY(!settingsFile.readAll().contains("adminPin"));
        QVERIFY(store.verify(QStringLiteral("864209")));
        QVERIFY(!store.verify(QStringLiteral("864208")));
        QVERIFY(!store.verify(QString()));
        const QByteArray before = stored;
        QVERIFY(store.setPin(QStringLiteral("864209")));
        QFile again(store.pinFile());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(again.readAll() != before); // a new salt each time
        QString error;
        QVERIFY(!store.setPin(QStringLiteral("12a456"), &error));
        QVERIFY(error.contains(QLatin1String("digits")));
        QVERIFY(!store.setPin(QStringLiteral("12345"), &error)); // six digits at least
        QVERIFY(error.contains(QLatin1String("6")));
        QVERIFY(store.verify(QStringLiteral("864209"))); // a refused PIN changes nothing

        // A PIN file others can read is not used, and people are told why.
        QVERIFY(QFile::setPermissions(store.pinFile(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QVERIFY(!store.hasPin());
        QVERIFY(!store.verify(QStringLiteral("864209")));
        QVERIFY(store.missingPinMessage().contains(QStringLiteral("read or changed by others")));
        QVERIFY(store.setPin(QStringLiteral("864209")));
        QVERIFY(store.verify(QStringLiteral("864209")));
    }

    // A 4-digit PIN of an earlier version, a PBKDF2 hash in the settings file
    // everyone can read, no longer opens the kiosk; the PIN pad says to set a new one.
    void anOldPinInTheSettingsFileIsRetired()
    {
        QFile::remove(AdminPinStore(*m_settings).pinFile());
        m_settings->setValue(QStringLiteral("kiosk/adminPinSalt"), QByteArray("73616c74"));
        m_settings->setValue(QStringLiteral("kiosk/adminPinHash"), QByteArray("00ff"));
        m_settings->setValue(QStringLiteral("kiosk/adminPinIterations"), 100000);
        AdminPinStore store(*m_settings);
        QVERIFY(!store.hasPin());
        QVERIFY(store.hasLegacyPin());
        QVERIFY(store.missingPinMessage().contains(QStringLiteral("no longer works")));
        makeKiosk();
        QCOMPARE(m_kiosk->tryUnlock(QStringLiteral("1234")), KioskController::Unlock::NoPin);
        emit m_kiosk->exitGesture()->triggered();
        QTRY_VERIFY(m_kiosk->pinDialog() && m_kiosk->pinDialog()->isVisible());
        // Said as the pad opens, before anyone types the old PIN in vain.
        const QLabel *shown = m_kiosk->pinDialog()->findChild<QLabel *>(QStringLiteral("pinMessage"));
        QVERIFY2(shown->text().contains(QStringLiteral("no longer works")), qPrintable(shown->text()));
        // The old 4-digit PIN is no wrong guess: nothing is counted against the pad.
        for (const char *key : {"1", "2", "3", "4", "ok"})
            QTest::mouseClick(m_kiosk->pinDialog()->findChild<QPushButton *>(QStringLiteral("pin_") + QLatin1String(key)),
                              Qt::LeftButton);
        QVERIFY(m_kiosk->pinDialog()->field()->isEnabled());
        QCOMPARE(store.attempts().failures, 0);
        for (const char *key : {"1", "2", "3", "4", "5", "6", "ok"})
            QTest::mouseClick(m_kiosk->pinDialog()->findChild<QPushButton *>(QStringLiteral("pin_") + QLatin1String(key)),
                              Qt::LeftButton);
        const QLabel *message = m_kiosk->pinDialog()->findChild<QLabel *>(QStringLiteral("pinMessage"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(QStringLiteral("--set-admin-pin")), qPrintable(message->text()));
        // Setting a new PIN removes the old hash from the settings file.
        QVERIFY(store.setPin(QStringLiteral("135790")));
        QVERIFY(!store.hasLegacyPin());
        QVERIFY(!m_settings->contains(QStringLiteral("kiosk/adminPinHash")));
    }

    void printingGoesStraightToThePrinterOrIsOff()
    {
        makeKiosk(KioskSettings::Printing::DefaultPrinter);
        documents()->openUrl(kSpasm, false);
        HandoutActions *handouts = m_window->handouts();
        // With no printer there is no print control that could only say "no printer".
        const bool printer = PrintController::hasDefaultPrinter();
        QCOMPARE(handouts->printAction()->isVisible(), printer);
        QCOMPARE(handouts->addToBasketAction()->isVisible(), printer);
        QCOMPARE(handouts->basketPanel()->printButton()->isVisibleTo(handouts->basketPanel()), printer);
        QCOMPARE(handouts->printAction()->isEnabled(), printer); // a hidden action's shortcut does nothing either
        QVERIFY(!handouts->exportAction()->isVisible());
        QVERIFY(!handouts->exportAction()->isEnabled());
        QVERIFY(!handouts->basketPanel()->exportButton()->isVisibleTo(handouts->basketPanel()));
        // Exporting would ask for a file name: in a kiosk it does nothing. A
        // file dialog that did open is closed (and noticed) rather than hang.
        bool dialogShown = false;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                dialogShown = true;
                dialog->reject();
            }
        });
        closer.start(50);
        handouts->printController()->exportPdf({EntityUri{Kind::Condition, QStringLiteral("hemifacial-spasm")}});
        QTest::qWait(100);
        QVERIFY(!dialogShown);

        m_kiosk.reset();
        m_window.reset();

        makeKiosk(KioskSettings::Printing::Off);
        documents()->openUrl(kSpasm, false);
        QVERIFY(!m_window->handouts()->printAction()->isVisible());
        QVERIFY(!m_window->handouts()->addToBasketAction()->isVisible());
        closer.stop();
    }

    void nothingAboutTheVisitIsWrittenToDisk()
    {
        makeKiosk();
        m_settings->sync();
        const auto before = snapshot(m_home);
        QVERIFY(!before.isEmpty()); // the settings file with the PIN, at least
        openSpasmOnScreen();
        if (QTest::currentTestFailed())
            return;
        documents()->openInNewTab(QUrl(QStringLiteral("huanjiao://drug/carbamazepine")));
        m_window->handouts()->addToBasket(kSpasm);
        documents()->closeDocument(documents()->currentIndex());
        m_now += kTimeoutMs + kCountdownMs;
        m_kiosk->idleTimer()->poll();
        QCOMPARE(documents()->currentDocument()->url(), PageSource::homeUrl());
        m_kiosk.reset();
        m_window.reset();
        m_settings->sync();
        QSettings().sync();
        QCOMPARE(snapshot(m_home), before);
    }
};

int main(int argc, char *argv[])
{
    const huanjiao::test::PrivateHome home; // before the application reads any of it
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Huanjiao"));
    QCoreApplication::setApplicationName(QStringLiteral("huanjiao"));
    TestKiosk test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kiosk.moc"
