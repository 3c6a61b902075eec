// Read aloud: with no speech engine the actions are hidden and do nothing;
// what is read is the selection, else the whole page. Qt 6.4 ships no "mock"
// TextToSpeech engine (Debian has only the speechd plugin), so speaking,
// pausing and stopping are not exercised here.

#include "BrowserWindow.h"
#include "ContentDatabase.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "PageSource.h"
#include "PageView.h"
#include "ReadAloud.h"
#include "Repository.h"
#include "SearchService.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <optional>

using namespace huanjiao;

class TestReadAloud : public QObject
{
    Q_OBJECT

    std::unique_ptr<ContentDatabase> m_db;
    std::optional<Repository> m_repo;
    std::optional<PageSource> m_pages;
    std::unique_ptr<SearchService> m_search;
    QTemporaryDir m_dir;
    const QUrl m_condition{QStringLiteral("huanjiao://condition/hemifacial-spasm")};

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("HuanjiaoTest"));
        OpenError error;
        m_db = ContentDatabase::open(QStringLiteral(HUANJIAO_TEST_DATABASE), &error);
        QVERIFY2(m_db, qPrintable(error.message()));
        m_repo.emplace(m_db->database());
        m_pages.emplace(*m_repo, m_db->info());
        m_search = std::make_unique<SearchService>(QStringLiteral(HUANJIAO_TEST_DATABASE));
    }

    void noEngineHidesTheControls()
    {
        BrowserWindow window(*m_repo, *m_pages, *m_search);
        auto *readAloud = new ReadAloud(window.documents(), &window, QStringLiteral("no-such-engine"));
        QVERIFY(!readAloud->isAvailable());
        QVERIFY(!readAloud->speech());
        for (QAction *action : {readAloud->readAction(), readAloud->pauseAction(), readAloud->stopAction()}) {
            QVERIFY(!action->isVisible());
            QVERIFY(!action->isEnabled()); // its shortcut does nothing either
        }
        auto *view = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(view);
        QVERIFY(!view->actions().contains(readAloud->readAction()));
        window.openUrl(m_condition);
        readAloud->read(); // harmless
        readAloud->togglePause();
        readAloud->stop();
    }

    void readsTheSelectionElseThePage()
    {
        BrowserWindow window(*m_repo, *m_pages, *m_search);
        auto *readAloud = new ReadAloud(window.documents(), &window, QStringLiteral("no-such-engine"));
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
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
