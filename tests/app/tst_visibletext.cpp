// SPDX-License-Identifier: GPL-3.0-or-later
// What a first-time reader sees, in both interface languages and on the two
// common small screens: the main window and every dialog of the desktop are
// shown, and every piece of visible text is checked. Text that is cut off or
// elided, a stray "&" (a mnemonic shown as itself, or eaten from "Q&A"),
// English left in the Chinese interface, and two items of one menu with the
// same mnemonic all fail here.

#include "AboutDialog.h"
#include "BrowserComposition.h"
#include "BrowserWindow.h"
#include "ContentDatabase.h"
#include "DocumentTabs.h"
#include "HandoutSettingsDialog.h"
#include "InterfaceLanguage.h"
#include "KindBrowser.h"
#include "OpenErrorDialog.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "UserStore.h"
#include "WindowPlacement.h"

#include "../ui/TemporarySettings.h"
#include "../ui/VisibleTextChecks.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace huanjiao;

using namespace huanjiao::test;

class TestVisibleText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(test::useTemporarySettings(m_settingsDir));
        OpenError error;
        m_database = ContentDatabase::open(QStringLiteral(HUANJIAO_TEST_DATABASE), &error);
        QVERIFY2(m_database, qPrintable(error.message()));
        QString storeError;
        m_store = UserStore::open(m_settingsDir.filePath(QStringLiteral("user.sqlite")), &storeError);
        QVERIFY2(m_store, qPrintable(storeError));
        QImage logo(400, 120, QImage::Format_RGB32);
        logo.fill(Qt::darkBlue);
        m_logo = m_settingsDir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(m_logo));
    }

    void everythingReadsWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("screen");
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            for (const QSize &screen : {QSize(1280, 800), QSize(1024, 768)})
                QTest::addRow("%s %dx%d", qPrintable(language), screen.width(), screen.height())
                    << language << screen;
        }
    }

    void everythingReadsWhole()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        QVERIFY(InterfaceLanguage::install(qApp, language));
        Checker checker(language, screen);
        QSettings settings;
        BrowserComposition composition(QStringLiteral(HUANJIAO_TEST_DATABASE), *m_database,
                                       WindowProfile::desktop(m_store.get()), settings);
        BrowserWindow *window = composition.window();
        composition.show();
        window->resize(WindowPlacement::fittingSize(QSize(1200, 800), screen));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::qWait(50);
        checker.checkWindow(window, QStringLiteral("main window"));
        checker.checkMenus(window->menuBar(), QStringLiteral("main window"));
        // Every kind tab fits side by side where the window is 1280 px wide.
        if (screen.width() >= 1280) {
            QTabBar *kinds = window->kinds()->tabBar();
            for (int i = 0; i < kinds->count(); ++i)
                QVERIFY2(kinds->rect().contains(kinds->tabRect(i)), qPrintable(kinds->tabText(i)));
        }

        const auto checkDialog = [&](QDialog *dialog, const QString &name) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            checker.checkWindow(dialog, name);
            dialog->close();
        };
        {
            SettingsDialog dialog(InterfaceSettings(), KioskSettings(), AdminPinStore::State::None, window);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *pages = dialog.findChild<QTabWidget *>();
            QVERIFY(pages);
            for (int i = 0; i < pages->count(); ++i) {
                pages->setCurrentIndex(i);
                QTest::qWait(20);
                checker.checkWindow(&dialog, QStringLiteral("Settings page %1").arg(i + 1));
            }
        }
        {
            HandoutSettingsDialog dialog(HandoutSettings(), window);
            checkDialog(&dialog, QStringLiteral("Handout settings"));
            HandoutSettings withLogo;
            withLogo.logoPath = m_logo;
            HandoutSettingsDialog logoDialog(withLogo, window);
            checkDialog(&logoDialog, QStringLiteral("Handout settings with a logo"));
            // Chosen while the dialog is open, as a reader does.
            HandoutSettingsDialog chosen(HandoutSettings(), window);
            chosen.show();
            QVERIFY(QTest::qWaitForWindowExposed(&chosen));
            chosen.findChild<QLineEdit *>(QStringLiteral("logo"))->setText(m_logo);
            QTest::qWait(20);
            checker.checkWindow(&chosen, QStringLiteral("Handout settings, logo chosen"));
        }
        {
            AboutDialog dialog(m_database->info(), window);
            checkDialog(&dialog, QStringLiteral("About"));
        }
        {
            ShortcutsDialog dialog(window);
            checkDialog(&dialog, QStringLiteral("Keyboard shortcuts"));
        }
        {
            OpenError error;
            ContentDatabase::open(m_settingsDir.filePath(QStringLiteral("missing.sqlite")), &error);
            OpenErrorDialog dialog(error);
            checkDialog(&dialog, QStringLiteral("Database error"));
        }
        QVERIFY2(checker.problems().isEmpty(), qPrintable(checker.problems().join(QLatin1Char('\n'))));
    }

    // The checks themselves catch what they are for.
    void theChecksCatchTheirFaults()
    {
        QCOMPARE(shown(QStringLiteral("Q&&A")), QStringLiteral("Q&A"));
        QVERIFY(eatsAmpersand(QStringLiteral("Q&A")));
        QVERIFY(!eatsAmpersand(QStringLiteral("Q&&A")));
        QVERIFY(strayAmpersand(QStringLiteral("内容数据库(&D)：")));
        QVERIFY(strayAmpersand(QStringLiteral("Content &database:")));
        QVERIFY(!strayAmpersand(QStringLiteral("Q&A")));
        QCOMPARE(mnemonic(QStringLiteral("显示宣教篮(&B)")), QLatin1Char('B'));

        Checker checker(QStringLiteral("zh_CN"), QSize(1280, 800));
        checker.checkText(QStringLiteral("GNU LGPL v2.1 or later"), QStringLiteral("probe"));
        checker.checkText(QStringLiteral("Qt 6：GNU LGPL v3"), QStringLiteral("probe"));
        QCOMPARE(checker.problems().size(), 1);

        QWidget top;
        top.resize(200, 100);
        auto *label = new QLabel(QStringLiteral("A label far too long to fit in forty pixels"), &top);
        label->setGeometry(0, 0, 40, 20);
        QMenuBar bar(&top);
        QMenu *menu = bar.addMenu(QStringLiteral("&File"));
        menu->addAction(QStringLiteral("Add to &Basket"));
        menu->addAction(QStringLiteral("Show &Basket"));
        top.show();
        QVERIFY(QTest::qWaitForWindowExposed(&top));
        Checker english(QStringLiteral("en"), QSize(1280, 800));
        english.checkWindow(&top, QStringLiteral("probe"));
        english.checkMenus(&bar, QStringLiteral("probe"));
        const QString found = english.problems().join(QLatin1Char('\n'));
        QVERIFY2(found.contains(QLatin1String("is cut")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("share the mnemonic B")), qPrintable(found));
    }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<ContentDatabase> m_database;
    std::unique_ptr<UserStore> m_store;
    QString m_logo;
};

QTEST_MAIN(TestVisibleText)
#include "tst_visibletext.moc"
