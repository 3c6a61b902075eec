// SPDX-License-Identifier: GPL-3.0-or-later
// Read aloud against the real speech engine a clinic installs: Qt's speechd
// plugin, speech-dispatcher and espeak-ng (packaging/debian12-packages.txt).
// espeak-ng names its Mandarin voices "cmn" and "cmn-latn-pinyin", which Qt
// 6.4 reads as no language at all; the voice must still be found, in the
// kiosk and on the desktop, and speaking must start. With no dispatcher to
// reach, the controls stay hidden and nothing fails.
//
// The dispatcher is the test's own (PrivateSpeechDispatcher.h: CI runs as root
// with no session and no sound card). The test is skipped only when one of
// the packages is not installed, and says which.

#include "BrowserComposition.h"
#include "BrowserWindow.h"
#include "ContentDatabase.h"
#include "DocumentTabs.h"
#include "KioskController.h"
#include "../ui/PrivateSpeechDispatcher.h"
#include "ReadAloud.h"
#include "UserStore.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace huanjiao;

class TestRealSpeech : public QObject
{
    Q_OBJECT

    PrivateSpeechDispatcher m_dispatcher;
    QTemporaryDir m_dir;
    std::unique_ptr<ContentDatabase> m_database;
    std::unique_ptr<QSettings> m_settings;
    const QString m_path = QStringLiteral(HUANJIAO_TEST_DATABASE);
    const QUrl m_condition{QStringLiteral("huanjiao://condition/hemifacial-spasm")};

    // The window's read aloud, once its engine has started (or failed to).
    ReadAloud *readAloudOf(BrowserComposition &window)
    {
        window.show(m_condition);
        if (!QTest::qWaitForWindowExposed(window.window()))
            return nullptr;
        if (!QTest::qWaitFor([&] { return window.readAloud() != nullptr; }, 5000))
            return nullptr;
        // Still starting after this long is for the caller to report, with
        // what the service says.
        (void)QTest::qWaitFor(
            [&] { return window.readAloud()->speech()->status() != SpeechService::Status::Starting; }, 20000);
        return window.readAloud();
    }

    // Reads the page and waits until the engine says it is speaking.
    void verifySpeaksMandarin(ReadAloud *readAloud)
    {
        QVERIFY(readAloud);
        QVERIFY2(readAloud->isAvailable(), "speech-dispatcher with espeak-ng was not usable");
        const QString voice = readAloud->speech()->voiceName();
        QVERIFY2(voice.contains(QLatin1String("Mandarin")), qPrintable(QStringLiteral("chosen voice: ") + voice));
        QVERIFY2(!voice.contains(QLatin1Char('+')), qPrintable(voice)); // the plain voice, not an effect
        QSignalSpy states(readAloud->speech(), &SpeechService::stateChanged);
        const int samplesBefore = int(m_dispatcher.log().count(QLatin1String("samples to audio")));
        readAloud->readAction()->trigger();
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &args : std::as_const(states)) {
                    if (args.constFirst().value<QTextToSpeech::State>() == QTextToSpeech::Speaking)
                        return true;
                }
                return false;
            },
            20000));
        // The dispatcher made sound of it (sent to the null audio device).
        QTRY_VERIFY_WITH_TIMEOUT(m_dispatcher.log().count(QLatin1String("samples to audio")) > samplesBefore, 20000);
        readAloud->stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(readAloud->speech()->state() != QTextToSpeech::Speaking, 20000);
    }

private slots:
    void initTestCase()
    {
        const QString missing = PrivateSpeechDispatcher::missing();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing + QStringLiteral(" (packaging/debian12-packages.txt installs it)")));
        QVERIFY2(QTextToSpeech::availableEngines().contains(QStringLiteral("speechd")),
                 "Qt's speechd plugin (qt6-speech-speechd-plugin) is not installed");
        QString error;
        QVERIFY2(m_dispatcher.start(&error), qPrintable(error));
        qputenv("SPEECHD_ADDRESS", m_dispatcher.address().toLocal8Bit());
        QVERIFY(m_dir.isValid());
        OpenError openError;
        m_database = ContentDatabase::open(m_path, &openError);
        QVERIFY2(m_database, qPrintable(openError.message()));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
    }

    void kioskReadsAloudInMandarinWithTouchSizedControls()
    {
        BrowserComposition kiosk(m_path, *m_database, WindowProfile::kioskMode(KioskSettings()), *m_settings);
        ReadAloud *readAloud = readAloudOf(kiosk);
        QVERIFY(readAloud);
        QVERIFY(readAloud->isAvailable());
        QToolBar *toolBar = readAloud->toolBar();
        QVERIFY(toolBar);
        QTRY_VERIFY(toolBar->isVisible());
        for (QAction *action : {readAloud->readAction(), readAloud->pauseAction(), readAloud->stopAction()}) {
            auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
            QVERIFY(button);
            QVERIFY(button->isVisible());
            QVERIFY2(button->height() >= 48 && button->width() >= 48,
                     qPrintable(QStringLiteral("%1: %2x%3").arg(action->text()).arg(button->width()).arg(button->height())));
        }
        verifySpeaksMandarin(readAloud);
    }

    void desktopReadsAloudInMandarin()
    {
        QString storeError;
        const auto store = UserStore::open(m_dir.filePath(QStringLiteral("user.sqlite")), &storeError);
        QVERIFY2(store, qPrintable(storeError));
        BrowserComposition desktop(m_path, *m_database, WindowProfile::desktop(store.get()), *m_settings);
        ReadAloud *readAloud = readAloudOf(desktop);
        QVERIFY(readAloud);
        QVERIFY(readAloud->readAction()->isVisible());
        verifySpeaksMandarin(readAloud);
    }

    void noDispatcherLeavesTheControlsHidden()
    {
        // An address nobody listens on, and a dispatcher that cannot be
        // started there (libspeechd runs SPEECHD_CMD to autospawn one): as
        // on a machine where speech-dispatcher is not installed.
        const QByteArray saved = qgetenv("SPEECHD_ADDRESS");
        qputenv("SPEECHD_ADDRESS", "unix_socket:" + QFile::encodeName(m_dir.filePath(QStringLiteral("nobody.sock"))));
        qputenv("SPEECHD_CMD", "/bin/false");
        BrowserComposition kiosk(m_path, *m_database, WindowProfile::kioskMode(KioskSettings()), *m_settings);
        ReadAloud *readAloud = readAloudOf(kiosk);
        qputenv("SPEECHD_ADDRESS", saved);
        qunsetenv("SPEECHD_CMD");
        QVERIFY(readAloud);
        QCOMPARE(readAloud->speech()->status(), SpeechService::Status::Unavailable);
        QVERIFY(!readAloud->readAction()->isVisible());
        QVERIFY(!readAloud->readAction()->isEnabled());
        QVERIFY(!readAloud->toolBar());
        QVERIFY(!kiosk.window()->findChild<QToolBar *>(QStringLiteral("readAloudToolbar")));
        readAloud->read(); // harmless
        QVERIFY(kiosk.window()->isVisible());
    }
};

QTEST_MAIN(TestRealSpeech)
#include "tst_realspeech.moc"
