// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowserComposition.h"
#include "BrowserWindow.h"
#include "ClinicLayer.h"
#include "ClinicPaths.h"
#include "ClinicPublisher.h"
#include "ContentDatabase.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "KioskController.h"
#include "KioskSession.h"
#include "OnScreenKeyboard.h"
#include "PageSource.h"
#include "ReadAloud.h"
#include "UserStore.h"
#include "VisitorState.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace huanjiao;

// A kiosk whose content database is replaced on disk (an update) switches
// to it at the next idle reset, between visitors, and not before.
class TestKioskSession : public QObject
{
    Q_OBJECT

private slots:
    // Desktop and kiosk are one window put together one way: read aloud, for
    // one, is in both; the kiosk stops it between visitors.
    void kioskAndDesktopHaveTheSameWindow()
    {
        QTemporaryDir dir;
        OpenError error;
        const QString path = QStringLiteral(HUANJIAO_TEST_DATABASE);
        const auto database = ContentDatabase::open(path, &error);
        QVERIFY2(database, qPrintable(error.message()));
        QSettings settings(dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
        QString storeError;
        const auto store = UserStore::open(dir.filePath(QStringLiteral("user.sqlite")), &storeError);
        QVERIFY2(store, qPrintable(storeError));

        BrowserComposition desktop(path, *database, WindowProfile::desktop(store.get()), settings);
        desktop.show();
        QVERIFY(QTest::qWaitForWindowExposed(desktop.window()));
        QTRY_VERIFY(desktop.readAloud());
        QVERIFY(!desktop.kiosk());
        QVERIFY(desktop.window()->personal()); // bookmarks: the desktop's own

        BrowserComposition kiosk(path, *database, WindowProfile::kioskMode(KioskSettings()), settings);
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(kiosk.window()));
        QTRY_VERIFY(kiosk.readAloud());
        QVERIFY(kiosk.kiosk());
        QVERIFY(kiosk.window()->isFullScreen());
        QVERIFY(!kiosk.window()->personal()); // a kiosk keeps nothing of a visitor
        QVERIFY(kiosk.kiosk()->visitorStates().contains(static_cast<VisitorState *>(kiosk.readAloud())));
        // The same actions in both windows.
        QCOMPARE(kiosk.readAloud()->readAction()->text(), desktop.readAloud()->readAction()->text());
    }

    void switchesToANewDatabaseAtTheNextReset()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huanjiao.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(HUANJIAO_TEST_DATABASE), path));
        OpenError error;
        auto database = ContentDatabase::open(path, &error);
        QVERIFY2(database, qPrintable(error.message()));
        QSettings settings(dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
        KioskSession session(path, std::move(database), KioskSettings(), settings);
        QSignalSpy switched(&session, &KioskSession::contentSwitched);
        session.start();
        QVERIFY(QTest::qWaitForWindowExposed(session.window()));

        // No update: a reset keeps the window.
        session.controller()->reset();
        QTest::qWait(50);
        QCOMPARE(switched.count(), 0);

        // An update installed by rename, as `huanjiao-content build` does.
        QSignalSpy offered(session.reloader(), &ContentDatabaseReloader::updateAvailable);
        const QString incoming = dir.filePath(QStringLiteral("incoming.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(HUANJIAO_TEST_DATABASE), incoming));
        QCOMPARE(std::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(path).constData()), 0);
        QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, 20000);
        // Offered, but a visitor may be reading: nothing changes yet.
        QCOMPARE(switched.count(), 0);
        session.window()->openUrl(QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm")));
        QCOMPARE(session.window()->documents()->currentDocument()->url().toString(),
                 QStringLiteral("huanjiao://condition/hemifacial-spasm"));

        // The idle reset takes it.
        session.controller()->reset();
        QTRY_COMPARE(switched.count(), 1);
        QVERIFY(!session.reloader()->hasUpdate());
        QVERIFY(QTest::qWaitForWindowExposed(session.window()));
        QVERIFY(session.window()->isFullScreen());
        QCOMPARE(session.window()->documents()->currentDocument()->url(), PageSource::homeUrl());
        QTRY_VERIFY(session.readAloud()); // the new window reads aloud too
        // The new window works on the new database: search on the on-screen keyboard.
        for (const char *key : {"m", "j", "j", "l", "enter"})
            QTest::mouseClick(session.controller()->keyboard()->key(QLatin1String(key)), Qt::LeftButton);
        QTRY_COMPARE(session.window()->documents()->currentDocument()->url().toString(),
                     QStringLiteral("huanjiao://condition/hemifacial-spasm"));
    }

    // A kiosk started on the bundled database, because the clinic had not
    // published yet, takes the clinic's first publish at the next idle reset
    // (no restart), and from then on follows the published file.
    void picksUpTheClinicsFirstPublish()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("base.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(HUANJIAO_TEST_DATABASE), base));
        const ClinicPaths clinic = ClinicPaths::under(dir.filePath(QStringLiteral("clinic-root")), base);
        OpenError error;
        auto database = ContentDatabase::open(base, &error);
        QVERIFY2(database, qPrintable(error.message()));
        QSettings settings(dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
        KioskSession session(base, std::move(database), KioskSettings(), settings, nullptr, clinic);
        QVERIFY(session.firstPublishReloader());
        QSignalSpy switched(&session, &KioskSession::contentSwitched);
        session.start();
        QVERIFY(QTest::qWaitForWindowExposed(session.window()));
        session.controller()->reset();
        QTest::qWait(50);
        QCOMPARE(switched.count(), 0);

        // Staff publish a leaflet of the clinic's for the first time.
        SourceRecord leaflet;
        leaflet.id = QStringLiteral("fasting-before-surgery");
        leaflet.fields = {{QStringLiteral("name"), QStringLiteral("术前禁食须知"), 0},
                          {QStringLiteral("about"), QStringLiteral("acute-appendicitis"), 0},
                          {QStringLiteral("source"), QStringLiteral("huanjiao-editorial"), 0},
                          {QStringLiteral("status"), QStringLiteral("draft"), 0}};
        leaflet.sections = {{QStringLiteral("body"), QStringLiteral("手术前按护士告诉您的时间停止进食和饮水。"), {}, 0}};
        ClinicLayer layer(clinic.layer);
        layer.put(Kind::Leaflet, leaflet);
        const auto published = ClinicPublisher::publish(clinic, layer);
        QVERIFY2(published.ok(), qPrintable(published.error + (published.diagnostics.isEmpty()
                                                                   ? QString()
                                                                   : published.diagnostics.first().toString())));
        QTRY_VERIFY_WITH_TIMEOUT(session.firstPublishReloader()->hasUpdate(), 30000);
        QCOMPARE(switched.count(), 0); // a visitor may be reading

        session.controller()->reset();
        QTRY_COMPARE(switched.count(), 1);
        QCOMPARE(session.path(), QFileInfo(clinic.published).absoluteFilePath());
        QCOMPARE(session.reloader()->path(), QFileInfo(clinic.published).absoluteFilePath());
        QVERIFY(!session.firstPublishReloader());
        QVERIFY(QTest::qWaitForWindowExposed(session.window()));
        session.window()->openUrl(QUrl(QStringLiteral("huanjiao://leaflet/fasting-before-surgery")));
        QCOMPARE(session.window()->documents()->currentDocument()->url().toString(),
                 QStringLiteral("huanjiao://leaflet/fasting-before-surgery"));
        QTRY_VERIFY(session.window()->documents()->currentDocument()->title().contains(QStringLiteral("术前禁食须知")));
    }
};

QTEST_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
