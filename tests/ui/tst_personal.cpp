// SPDX-License-Identifier: GPL-3.0-or-later
// Bookmarks and recently viewed pages in the window: Ctrl+D bookmarks the page
// on show, pages opened are remembered, the panel opens them again, bookmarks
// go out to JSON and back; a window with no store (kiosk mode) has none of it.

#include "BrowserWindow.h"
#include "BundledContent.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "PageSource.h"
#include "PersonalActions.h"
#include "PersonalPanel.h"
#include "TemporarySettings.h"
#include "UserItemsModel.h"
#include "UserStore.h"

#include <QAction>
#include <QDockWidget>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;

class TestPersonal : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;
    QTemporaryDir m_dir;
    const QUrl m_condition{QStringLiteral("huanjiao://condition/hemifacial-spasm")};

    std::unique_ptr<UserStore> openStore(const QString &name)
    {
        QString error;
        auto store = UserStore::open(m_dir.filePath(name), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    static QList<QAction *> viewMenuActions(BrowserWindow &window)
    {
        auto *view = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        return view ? view->actions() : QList<QAction *>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::useTemporarySettings(m_dir));
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
    }

    void ctrlDBookmarksThePageOnShow()
    {
        auto store = openStore(QStringLiteral("bookmark.sqlite"));
        QVERIFY(store);
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.setUserStore(store.get());
        PersonalActions *personal = window.personal();
        QVERIFY(personal);
        QCOMPARE(personal->bookmarkAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
        QVERIFY(viewMenuActions(window).contains(personal->bookmarkAction()));
        QVERIFY(viewMenuActions(window).contains(personal->panelAction()));
        // The home page is not a page to bookmark.
        QVERIFY(!personal->bookmarkAction()->isEnabled());

        window.openUrl(m_condition);
        QVERIFY(personal->bookmarkAction()->isEnabled());
        QVERIFY(!personal->bookmarkAction()->isChecked());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(store->isBookmarked(m_condition));
        QVERIFY(personal->bookmarkAction()->isChecked());
        QCOMPARE(personal->bookmarks()->rowCount(), 1);
        const QString title = window.documents()->currentDocument()->title();
        QCOMPARE(personal->bookmarks()->index(0).data().toString(), title);
        // Again removes it.
        personal->bookmarkAction()->trigger();
        QVERIFY(!store->isBookmarked(m_condition));
        QCOMPARE(personal->bookmarks()->rowCount(), 0);
    }

    void pagesOpenedAreRecentAndReopenFromThePanel()
    {
        auto store = openStore(QStringLiteral("recent.sqlite"));
        QVERIFY(store);
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.setUserStore(store.get());
        PersonalActions *personal = window.personal();
        QCOMPARE(personal->recent()->rowCount(), 0); // the home page is not remembered
        window.openUrl(m_condition);
        QCOMPARE(personal->recent()->rowCount(), 1);
        QCOMPARE(store->recent().first().url, m_condition);
        const QString title = window.documents()->currentDocument()->title();
        QCOMPARE(personal->recent()->index(0).data().toString(), title);

        QVERIFY(!personal->dock()->isVisible());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        personal->panelAction()->trigger();
        QVERIFY(personal->dock()->isVisible());

        window.openUrl(PageSource::homeUrl());
        QListView *list = personal->panel()->recentList();
        list->setCurrentIndex(personal->recent()->index(0));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return); // from the keyboard alone
        QCOMPARE(window.documents()->currentDocument()->url(), m_condition);
    }

    void bookmarksExportAndImportAsJson()
    {
        auto first = openStore(QStringLiteral("export-a.sqlite"));
        auto second = openStore(QStringLiteral("export-b.sqlite"));
        QVERIFY(first && second);
        QVERIFY(first->addBookmark(m_condition, QStringLiteral("Hemifacial spasm")) > 0);
        const QString file = m_dir.filePath(QStringLiteral("bookmarks.json"));
        {
            BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
            window.setUserStore(first.get());
            QVERIFY(window.personal()->exportTo(file));
        }
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.setUserStore(second.get());
        QCOMPARE(window.personal()->importFrom(file), 1);
        QCOMPARE(window.personal()->bookmarks()->rowCount(), 1);
        QVERIFY(second->isBookmarked(m_condition));
        // A file that is not an export: a message, nothing changed.
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("[1, 2, 3]");
        out.close();
        QCOMPARE(window.personal()->importFrom(bad), -1);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
        QCOMPARE(second->bookmarks().size(), 1);
    }

    void noStoreNoBookmarks()
    {
        // Kiosk mode: the window is given no store.
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.openUrl(m_condition);
        QVERIFY(!window.personal());
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("personal")));
        for (QAction *action : window.findChildren<QAction *>())
            QVERIFY2(action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_D), qPrintable(action->text()));
    }
};

QTEST_MAIN(TestPersonal)
#include "tst_personal.moc"
