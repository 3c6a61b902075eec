// SPDX-License-Identifier: GPL-3.0-or-later
// Read aloud, driven through a test TextToSpeech engine (tests/speech: Debian's
// Qt 6.4 ships no mock engine) that records what it is asked to say and goes
// through the states a real engine does. What is read is the selection, else
// the page's text; pause, resume and stop do what they say and the actions
// follow the engine's state; a Chinese voice is chosen when there is one; with
// no engine, no voice or a failing engine the controls are hidden; the engine
// starts off the window's thread, so a stuck engine leaves the window running.

#include "BrowserWindow.h"
#include "BundledContent.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "FakeSpeech.h"
#include "MandarinVoice.h"
#include "PageView.h"
#include "ReadAloud.h"
#include "TemporarySettings.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QThread>
#include <QTimer>
#include <QToolBar>

using namespace huanjiao;

namespace {

const QString kFake = QString::fromLatin1(FakeSpeech::kEngineName);

// The engine starts on a thread of its own; waits until it has (or has failed to).
ReadAloud *startReadAloud(BrowserWindow &window, const QString &engine)
{
    auto *readAloud = new ReadAloud(window.documents(), &window, window.viewMenu(), engine);
    QSignalSpy known(readAloud, &ReadAloud::availabilityKnown);
    if (!known.wait(10000))
        qWarning("read aloud: the engine never reported");
    return readAloud;
}

QList<QAction *> actionsOf(const ReadAloud *readAloud)
{
    return {readAloud->readAction(), readAloud->pauseAction(), readAloud->stopAction()};
}

// Nothing is being read: Read can start, there is nothing to pause or stop.
bool controlsIdle(const ReadAloud *readAloud)
{
    return readAloud->readAction()->isEnabled() && !readAloud->pauseAction()->isEnabled()
        && !readAloud->pauseAction()->isChecked() && !readAloud->stopAction()->isEnabled();
}

} // namespace

class TestReadAloud : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;
    QTemporaryDir m_dir;
    const QUrl m_condition{QStringLiteral("huanjiao://condition/hemifacial-spasm")};

    void verifyHidden(BrowserWindow &window, ReadAloud *readAloud)
    {
        QVERIFY(!readAloud->isAvailable());
        for (QAction *action : actionsOf(readAloud)) {
            QVERIFY(!action->isVisible());
            QVERIFY(!action->isEnabled()); // its shortcut does nothing either
        }
        auto *view = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(view);
        QVERIFY(!view->actions().contains(readAloud->readAction()));
        QVERIFY(!window.findChild<QToolBar *>(QStringLiteral("readAloudToolbar")));
        window.openUrl(m_condition);
        readAloud->read(); // harmless
        readAloud->togglePause();
        readAloud->stop();
        QTest::qWait(50);
        QVERIFY(FakeSpeech::spoken().isEmpty());
    }

    // Shows the page, reads it, and waits until the engine speaks.
    ReadAloud *startReading(BrowserWindow &window)
    {
        ReadAloud *readAloud = startReadAloud(window, kFake);
        window.openUrl(m_condition);
        readAloud->readAction()->trigger();
        if (!QTest::qWaitFor([&] { return readAloud->speech()->state() == QTextToSpeech::Speaking; }, 5000))
            qWarning("read aloud: the engine never started speaking");
        return readAloud;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::useTemporarySettings(m_dir));
        // Before the first engine is looked for: Qt lists the engines once.
        QCoreApplication::addLibraryPath(QStringLiteral(HUANJIAO_TEST_PLUGIN_DIR));
        QVERIFY2(QTextToSpeech::availableEngines().contains(kFake), "the test engine plugin was not found");
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
    }

    void init() { FakeSpeech::reset(); }

    void noEngineHidesTheControls()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        ReadAloud *readAloud = startReadAloud(window, QStringLiteral("no-such-engine"));
        verifyHidden(window, readAloud);
    }

    void engineWithoutVoicesHidesTheControls()
    {
        FakeSpeech::setLocales({});
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        ReadAloud *readAloud = startReadAloud(window, kFake);
        QVERIFY(FakeSpeech::constructionThread()); // the engine was asked, and had nothing
        verifyHidden(window, readAloud);
    }

    void failingEngineHidesTheControls()
    {
        FakeSpeech::setFailOnStart(true);
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        ReadAloud *readAloud = startReadAloud(window, kFake);
        QVERIFY(FakeSpeech::constructionThread());
        verifyHidden(window, readAloud);
    }

    void availableEngineShowsTheControls()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        ReadAloud *readAloud = startReadAloud(window, kFake);
        QVERIFY(readAloud->isAvailable());
        for (QAction *action : actionsOf(readAloud))
            QVERIFY(action->isVisible());
        QVERIFY(controlsIdle(readAloud));
        auto *view = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(view->actions().contains(readAloud->readAction()));
        QToolBar *toolBar = window.findChild<QToolBar *>(QStringLiteral("readAloudToolbar"));
        QVERIFY(toolBar);
        QCOMPARE(toolBar, readAloud->toolBar());
        QCOMPARE(toolBar->actions(), actionsOf(readAloud));
    }

    void readsTheSelectionElseThePage()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        auto *readAloud = new ReadAloud(window.documents(), &window, window.viewMenu(), QStringLiteral("no-such-engine"));
        window.openUrl(m_condition);
        PageView *page = window.documents()->currentDocument()->view();
        const QString whole = readAloud->textToRead();
        QCOMPARE(whole, page->toPlainText());
        QVERIFY(whole.contains(window.documents()->currentDocument()->title()));
        QTextCursor cursor(page->document());
        cursor.movePosition(QTextCursor::Start);
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 3);
        page->setTextCursor(cursor);
        QCOMPARE(readAloud->textToRead(), whole.left(3));
    }

    void readingSaysExactlyTheSelection()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        ReadAloud *readAloud = startReadAloud(window, kFake);
        window.openUrl(m_condition);
        PageView *page = window.documents()->currentDocument()->view();
        const QString whole = page->toPlainText();
        // From the title into the next paragraph: the break is read as a line break.
        const int lineEnd = int(whole.indexOf(QLatin1Char('\n')));
        QVERIFY(lineEnd > 0);
        QTextCursor cursor(page->document());
        cursor.setPosition(1);
        cursor.setPosition(lineEnd + 5, QTextCursor::KeepAnchor);
        page->setTextCursor(cursor);
        readAloud->readAction()->trigger();
        QTRY_COMPARE(FakeSpeech::spoken(), QStringList{whole.mid(1, lineEnd + 4)});
        QTRY_COMPARE(readAloud->speech()->state(), QTextToSpeech::Speaking);
    }

    void readingWithoutSelectionSaysThePageText()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        ReadAloud *readAloud = startReading(window);
        const QStringList spoken = FakeSpeech::spoken();
        QCOMPARE(spoken.size(), 1);
        const QString text = spoken.constFirst();
        QCOMPARE(text, window.documents()->currentDocument()->view()->toPlainText());
        QVERIFY(text.contains(window.documents()->currentDocument()->title()));
        // Text, not markup.
        QVERIFY(!text.contains(QLatin1String("<p")));
        QVERIFY(!text.contains(QLatin1String("</")));
        QVERIFY(!text.contains(QLatin1String("&lt;")));
        QVERIFY(readAloud->isAvailable());
    }

    void pauseResumeAndStopFollowTheEngine()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        ReadAloud *readAloud = startReading(window);
        QAction *pause = readAloud->pauseAction();
        QAction *stop = readAloud->stopAction();
        QCOMPARE(readAloud->speech()->state(), QTextToSpeech::Speaking);
        QVERIFY(pause->isEnabled());
        QVERIFY(!pause->isChecked());
        QVERIFY(stop->isEnabled());

        pause->trigger();
        QTRY_COMPARE(readAloud->speech()->state(), QTextToSpeech::Paused);
        QVERIFY(pause->isChecked());
        QVERIFY(pause->isEnabled());
        QVERIFY(stop->isEnabled());

        // Resuming goes on where it stopped: no new say().
        pause->trigger();
        QTRY_COMPARE(readAloud->speech()->state(), QTextToSpeech::Speaking);
        QVERIFY(!pause->isChecked());
        QCOMPARE(FakeSpeech::spoken().size(), 1);
        QCOMPARE(FakeSpeech::calls().mid(FakeSpeech::calls().size() - 2),
                 (QStringList{QStringLiteral("pause"), QStringLiteral("resume")}));

        stop->trigger();
        QTRY_COMPARE(readAloud->speech()->state(), QTextToSpeech::Ready);
        QVERIFY(!pause->isEnabled());
        QVERIFY(!pause->isChecked());
        QVERIFY(!stop->isEnabled());
        QVERIFY(readAloud->readAction()->isEnabled());
        QCOMPARE(FakeSpeech::calls().constLast(), QStringLiteral("stop"));
    }

    void stopWhilePausedReturnsToIdle()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        ReadAloud *readAloud = startReading(window);
        readAloud->pauseAction()->trigger();
        QTRY_VERIFY(readAloud->pauseAction()->isChecked());
        readAloud->stopAction()->trigger();
        QTRY_COMPARE(readAloud->speech()->state(), QTextToSpeech::Ready);
        QVERIFY(controlsIdle(readAloud));
    }

    void theEndOfTheTextReturnsToIdle()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        ReadAloud *readAloud = startReading(window);
        QVERIFY(FakeSpeech::finishSpeaking());
        QTRY_COMPARE(readAloud->speech()->state(), QTextToSpeech::Ready);
        QVERIFY(controlsIdle(readAloud));
    }

    void anotherPageStopsReading()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        ReadAloud *readAloud = startReading(window);
        window.documents()->openInNewTab(QUrl(QStringLiteral("huanjiao://home")));
        QTRY_COMPARE(readAloud->speech()->state(), QTextToSpeech::Ready);
        QCOMPARE(FakeSpeech::calls().constLast(), QStringLiteral("stop"));
    }

    void errorWhileReadingLeavesUsableControls()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        ReadAloud *readAloud = startReading(window);
        QVERIFY(FakeSpeech::failSpeaking());
        QTRY_COMPARE(readAloud->speech()->state(), QTextToSpeech::Error);
        for (QAction *action : actionsOf(readAloud))
            QVERIFY(action->isVisible());
        QVERIFY(controlsIdle(readAloud));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("fake audio device")));
        // Reading again works.
        readAloud->readAction()->trigger();
        QTRY_COMPARE(readAloud->speech()->state(), QTextToSpeech::Speaking);
        QCOMPARE(FakeSpeech::spoken().size(), 2);
        QVERIFY(readAloud->pauseAction()->isEnabled());
        QVERIFY(readAloud->stopAction()->isEnabled());
    }

    void choosesAChineseVoice_data()
    {
        QTest::addColumn<QList<QLocale>>("locales");
        QTest::addColumn<QLocale>("chosen");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale taiwan(QLocale::Chinese, QLocale::Taiwan);
        const QLocale china(QLocale::Chinese, QLocale::China);
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::newRow("simplified preferred") << QList<QLocale>{english, taiwan, china, german} << china;
        QTest::newRow("any Chinese") << QList<QLocale>{english, taiwan, german} << taiwan;
        QTest::newRow("no Chinese: the engine's own") << QList<QLocale>{german, english} << german;
    }

    void choosesAChineseVoice()
    {
        QFETCH(QList<QLocale>, locales);
        QFETCH(QLocale, chosen);
        FakeSpeech::setLocales(locales);
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        ReadAloud *readAloud = startReadAloud(window, kFake);
        QVERIFY(readAloud->isAvailable());
        QCOMPARE(readAloud->speech()->locale(), chosen);
        if (chosen.language() == QLocale::Chinese)
            QCOMPARE(FakeSpeech::calls().constLast(), QStringLiteral("locale:") + chosen.name());
    }

    // However an engine names its Mandarin voice, by locale or by name, it
    // is found; Cantonese and Hakka, Chinese too, are never taken for it.
    void findsMandarinHoweverTheEngineNamesIt_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<QLocale>>("locales");
        QTest::addColumn<int>("chosen");
        const QLocale c = QLocale::c();
        const QLocale china(QLocale::Chinese, QLocale::China);
        const QLocale taiwan(QLocale::Chinese, QLocale::Taiwan);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        // speech-dispatcher with espeak-ng: codes cmn, yue, hak, which Qt 6.4 reads as C.
        QTest::newRow("espeak-ng (cmn as C)")
            << QStringList{QStringLiteral("Chinese (Cantonese, latin as Jyutping)"), QStringLiteral("Hakka Chinese"),
                           QStringLiteral("Chinese (Mandarin, latin as English)+Annie"),
                           QStringLiteral("Chinese (Mandarin, latin as English)"),
                           QStringLiteral("Chinese (Mandarin, latin as Pinyin)"), QStringLiteral("English (America)")}
            << QList<QLocale>{c, c, c, c, c, english} << 3;
        QTest::newRow("named by code: cmn") << QStringList{QStringLiteral("en-us"), QStringLiteral("cmn")}
                                            << QList<QLocale>{english, c} << 1;
        QTest::newRow("named by code: cmn-latn-pinyin")
            << QStringList{QStringLiteral("yue"), QStringLiteral("cmn-latn-pinyin")} << QList<QLocale>{c, c} << 1;
        QTest::newRow("named by code: zh-CN over zh-TW")
            << QStringList{QStringLiteral("zh-TW"), QStringLiteral("zh-CN")} << QList<QLocale>{c, c} << 1;
        QTest::newRow("named zh") << QStringList{QStringLiteral("de"), QStringLiteral("zh")} << QList<QLocale>{c, c} << 1;
        QTest::newRow("locale zh_CN") << QStringList{QStringLiteral("Voice 1"), QStringLiteral("Voice 2")}
                                      << QList<QLocale>{english, china} << 1;
        QTest::newRow("zh_CN over zh_TW") << QStringList{QStringLiteral("A"), QStringLiteral("B")}
                                          << QList<QLocale>{taiwan, china} << 1;
        QTest::newRow("a zh Cantonese voice is not Mandarin")
            << QStringList{QStringLiteral("Cantonese"), QStringLiteral("English")} << QList<QLocale>{china, english} << -1;
        QTest::newRow("Chinese names") << QStringList{QStringLiteral("粤语"), QStringLiteral("普通话 女声")}
                                       << QList<QLocale>{c, c} << 1;
        QTest::newRow("no Mandarin at all") << QStringList{QStringLiteral("English (America)"), QStringLiteral("Deutsch")}
                                            << QList<QLocale>{english, c} << -1;
    }

    void findsMandarinHoweverTheEngineNamesIt()
    {
        QFETCH(QStringList, names);
        QFETCH(QList<QLocale>, locales);
        QFETCH(int, chosen);
        QList<MandarinVoice::Candidate> voices;
        for (int i = 0; i < names.size(); ++i)
            voices.append({names.at(i), locales.at(i)});
        QCOMPARE(MandarinVoice::best(voices), chosen);
    }

    void aStuckEngineDoesNotBlockTheWindow()
    {
        FakeSpeech::holdConstruction();
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        auto *readAloud = new ReadAloud(window.documents(), &window, window.viewMenu(), kFake);
        QVERIFY(FakeSpeech::waitForConstruction(10000));
        // The engine is being created, and stays stuck, on another thread...
        QVERIFY(FakeSpeech::constructionThread());
        QVERIFY(FakeSpeech::constructionThread() != QThread::currentThread());
        // ...while the window goes on handling events: timers fire, pages open.
        bool timerRan = false;
        QTimer::singleShot(0, &window, [&timerRan] { timerRan = true; });
        QTRY_VERIFY(timerRan);
        window.openUrl(m_condition);
        QVERIFY(window.documents()->currentDocument()->view()->toPlainText().contains(
            window.documents()->currentDocument()->title()));
        QVERIFY(!readAloud->isAvailable());
        for (QAction *action : actionsOf(readAloud))
            QVERIFY(!action->isVisible());
        // Once the engine is ready the controls appear.
        FakeSpeech::releaseConstruction();
        QTRY_VERIFY(readAloud->isAvailable());
        QVERIFY(readAloud->readAction()->isVisible());
        QVERIFY(readAloud->readAction()->isEnabled());
        QVERIFY(window.findChild<QToolBar *>(QStringLiteral("readAloudToolbar")));
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
