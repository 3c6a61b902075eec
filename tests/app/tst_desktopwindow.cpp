// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop window as a first-time reader meets it: it fits the screen and
// comes back where it was left, with its docks; it quits from the menu and
// with Ctrl+Q; a new language offers a restart; the lone home tab has no
// close button that does nothing; About speaks the interface's language; the
// content manager is in its File menu and not in a kiosk's.

#include "AboutDialog.h"
#include "BrowserComposition.h"
#include "BrowserWindow.h"
#include "ContentDatabase.h"
#include "ContentManagerLauncher.h"
#include "DocumentTabs.h"
#include "HandoutActions.h"
#include "UserStore.h"
#include "ViewActions.h"
#include "WindowPlacement.h"

#include "../ui/TemporarySettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace huanjiao;

class TestDesktopWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BrowserComposition> compose()
    {
        return std::make_unique<BrowserComposition>(QStringLiteral(HUANJIAO_TEST_DATABASE), *m_database,
                                                    WindowProfile::desktop(m_store.get()), *m_settings);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::useTemporarySettings(m_dir));
        m_settings = std::make_unique<QSettings>();
        OpenError error;
        m_database = ContentDatabase::open(QStringLiteral(HUANJIAO_TEST_DATABASE), &error);
        QVERIFY2(m_database, qPrintable(error.message()));
        QString storeError;
        m_store = UserStore::open(m_dir.filePath(QStringLiteral("user.sqlite")), &storeError);
        QVERIFY2(m_store, qPrintable(storeError));
    }

    void fitsTheAvailableScreen()
    {
        const QSize small = WindowPlacement::fittingSize(QSize(1200, 800), QSize(1280, 800));
        QVERIFY(small.height() < 800); // room for the title bar
        QVERIFY(small.width() <= 1280);
        QCOMPARE(WindowPlacement::fittingSize(QSize(1200, 800), QSize(1920, 1080)), QSize(1200, 800));
        QVERIFY(WindowPlacement::fittingSize(QSize(1200, 800), QSize(1024, 768)).width() < 1024);
    }

    void comesBackWhereItWasLeftWithItsDocks()
    {
        QSettings().remove(QStringLiteral("window"));
        {
            auto first = compose();
            first->show();
            QVERIFY(QTest::qWaitForWindowExposed(first->window()));
            first->window()->resize(900, 640);
            QDockWidget *basket = first->window()->findChild<QDockWidget *>(QStringLiteral("handoutBasket"));
            QVERIFY(basket);
            QVERIFY(!basket->isVisible());
            basket->show();
            QTest::qWait(20);
            first->window()->close();
        }
        auto second = compose();
        second->show();
        QVERIFY(QTest::qWaitForWindowExposed(second->window()));
        QCOMPARE(second->window()->size(), QSize(900, 640));
        QDockWidget *basket = second->window()->findChild<QDockWidget *>(QStringLiteral("handoutBasket"));
        QTRY_VERIFY(basket->isVisible());
        QSettings().remove(QStringLiteral("window"));
    }

    void quitsWithCtrlQ()
    {
        auto composition = compose();
        BrowserWindow *window = composition->window();
        composition->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *quit = window->findChild<QAction *>(QStringLiteral("quit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QVERIFY(window->handouts()->fileMenu()->actions().contains(quit));
        window->activateWindow();
        QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window->isVisible());
    }

    // Clinic staff start the content manager from the desktop's File menu; a
    // kiosk visitor has no way to it.
    void contentManagerOnTheDesktopOnly()
    {
        auto desktop = compose();
        auto *manager = desktop->window()->findChild<QAction *>(QStringLiteral("contentManager"));
        QVERIFY(manager);
        QVERIFY(desktop->window()->handouts()->fileMenu()->actions().contains(manager));
        QVERIFY(manager->isVisible());
        QVERIFY(manager->isEnabled());
        // In the build tree the manager sits beside the browser, as in /usr/bin when installed.
        const QString program = ContentManagerLauncher::locate();
        QVERIFY2(QFileInfo(program).isExecutable(), qPrintable(program));
        QCOMPARE(QFileInfo(program).fileName(), QStringLiteral("huanjiao-manager"));

        BrowserComposition kiosk(QStringLiteral(HUANJIAO_TEST_DATABASE), *m_database,
                                 WindowProfile::kioskMode(KioskSettings()), *m_settings);
        QVERIFY(!kiosk.window()->findChild<QAction *>(QStringLiteral("contentManager")));
        for (QAction *action : kiosk.window()->handouts()->fileMenu()->actions())
            QVERIFY(!action->text().contains(QStringLiteral("Content Manager")) && !action->text().contains(QStringLiteral("内容管理")));
    }

    void loneHomeTabHasNoCloseButton()
    {
        auto composition = compose();
        DocumentTabs *tabs = composition->window()->documents();
        composition->show();
        QVERIFY(QTest::qWaitForWindowExposed(composition->window()));
        QCOMPARE(tabs->count(), 1);
        const auto closeButton = [tabs](int i) {
            QWidget *button = tabs->tabBar()->tabButton(i, QTabBar::RightSide);
            return button ? button : tabs->tabBar()->tabButton(i, QTabBar::LeftSide);
        };
        QVERIFY(!closeButton(0) || !closeButton(0)->isVisible());
        tabs->openInNewTab(QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm")));
        QCOMPARE(tabs->count(), 2);
        QVERIFY(closeButton(0) && closeButton(0)->isVisible());
        QVERIFY(closeButton(1) && closeButton(1)->isVisible());
        tabs->closeDocument(1);
        QVERIFY(!closeButton(0) || !closeButton(0)->isVisible());
    }

    void newLanguageOffersARestart()
    {
        auto composition = compose();
        BrowserWindow *window = composition->window();
        composition->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QSignalSpy restart(window->viewActions(), &ViewActions::restartRequested);
        bool offered = false;
        QTimer driver;
        connect(&driver, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            if (auto *box = qobject_cast<QMessageBox *>(modal); box && box->objectName() == QLatin1String("restartOffer")) {
                offered = true;
                box->defaultButton()->click();
            } else if (auto *language = modal->findChild<QComboBox *>(QStringLiteral("language"))) {
                const QString current = QSettings().value(QStringLiteral("interface/language")).toString();
                language->setCurrentIndex(language->findData(current == QLatin1String("en") ? QStringLiteral("zh_CN")
                                                                                              : QStringLiteral("en")));
                modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            }
        });
        driver.start(30);
        window->viewActions()->showSettings();
        QTRY_VERIFY(offered);
        QCOMPARE(restart.count(), 1);
    }

    void aboutGivesTheBuildDateInTheInterfacesLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString chinese = AboutDialog::builtOn(QStringLiteral("2026-12-01T10:00:00Z"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString english = AboutDialog::builtOn(QStringLiteral("2026-12-01T10:00:00Z"));
        QLocale::setDefault(before);
        QVERIFY2(chinese.contains(QStringLiteral("2026年12月1日")), qPrintable(chinese));
        QVERIFY2(english.contains(QLatin1String("December")), qPrintable(english));
        QVERIFY(!chinese.contains(QLatin1Char('T')));
        // Not a timestamp at all: shown as it is rather than lost.
        QCOMPARE(AboutDialog::builtOn(QStringLiteral("spring 2026")), QStringLiteral("spring 2026"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings; // the admin PIN's, made once the temporary settings are in place
    std::unique_ptr<ContentDatabase> m_database;
    std::unique_ptr<UserStore> m_store;
};

QTEST_MAIN(TestDesktopWindow)
#include "tst_desktopwindow.moc"
