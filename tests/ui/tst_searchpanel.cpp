// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowserWindow.h"
#include "BundledContent.h"
#include "CrisisCard.h"
#include "CrisisNumbers.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "PageView.h"
#include "SearchBox.h"
#include "SearchResultDelegate.h"
#include "SearchResultsModel.h"
#include "SearchService.h"
#include "Sidebar.h"

#include <QInputMethodEvent>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTest>

using namespace huanjiao;

// The search box as a person uses it: type, see grouped results, move with
// the arrow keys, open with Enter, clear with Esc.
class TestSearchPanel : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;
    std::unique_ptr<BrowserWindow> m_window;

    Sidebar *sidebar() const { return m_window->sidebar(); }
    SearchBox *box() const { return sidebar()->searchBox(); }
    // Chinese arrives from an input method as a committed string, not as key presses.
    static void commit(QWidget *widget, const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(widget, &event);
    }

    QString currentName() const { return sidebar()->resultsView()->currentIndex().data().toString(); }

private slots:
    void initTestCase()
    {
        // The clinic's numbers are set in a settings file of the tests' own.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("clinic"));
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
    }

    void init()
    {
        m_window = std::make_unique<BrowserWindow>(m_content.repo(), m_content.pages(), m_content.search());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void searchBoxHasFocusAtStart() { QTRY_COMPARE(QApplication::focusWidget(), box()); }

    void shortcutsFocusTheSearchBox()
    {
        m_window->documents()->currentDocument()->view()->setFocus();
        QTRY_VERIFY(!box()->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(box()->hasFocus());
        m_window->documents()->currentDocument()->view()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(box()->hasFocus());
    }

    void typingShowsResultsGroupedByKind()
    {
        QTest::keyClicks(box(), QStringLiteral("mjjl"));
        QTRY_VERIFY(sidebar()->resultsModel()->hitCount() > 0);
        QVERIFY(sidebar()->resultsView()->isVisible());
        const QAbstractItemModel *model = sidebar()->resultsModel();
        QVERIFY(model->index(0, 0).data(SearchResultsModel::IsHeaderRole).toBool());
        QVERIFY(model->index(0, 0).data().toString().contains(QStringLiteral("(1)")));
        QCOMPARE(currentName(), QStringLiteral("面肌痉挛"));
    }

    void arrowsMoveAndEnterOpens()
    {
        commit(box(), QStringLiteral("面肌痉挛"));
        QTRY_COMPARE(sidebar()->resultsModel()->results().query, QStringLiteral("面肌痉挛"));
        QCOMPARE(currentName(), QStringLiteral("面肌痉挛"));
        QTest::keyClick(box(), Qt::Key_Down);
        const QString second = currentName();
        QVERIFY(second != QStringLiteral("面肌痉挛"));
        QTest::keyClick(box(), Qt::Key_Up);
        QCOMPARE(currentName(), QStringLiteral("面肌痉挛"));
        QTest::keyClick(box(), Qt::Key_Down);
        QTest::keyClick(box(), Qt::Key_Return);
        QCOMPARE(m_window->documents()->currentDocument()->title(), second);
        QVERIFY(box()->hasFocus()); // keep typing to refine
    }

    void enterBeforeTheResultsArriveOpensTheFirst()
    {
        QTest::keyClicks(box(), QStringLiteral("mjjl"));
        QTest::keyClick(box(), Qt::Key_Return); // no event loop turn in between
        QTRY_COMPARE(m_window->documents()->currentDocument()->title(), QStringLiteral("面肌痉挛"));
    }

    void escapeClearsAndShowsTheKindTabsAgain()
    {
        commit(box(), QStringLiteral("偏头痛"));
        QTRY_VERIFY(sidebar()->resultsModel()->hitCount() > 0);
        QTest::keyClick(box(), Qt::Key_Escape);
        QCOMPARE(box()->text(), QString());
        QTRY_COMPARE(sidebar()->resultsModel()->hitCount(), 0);
        QVERIFY(!sidebar()->resultsView()->isVisible());
    }

    void noResultsSuggestCloseMatches()
    {
        commit(box(), QStringLiteral("面肌痉李")); // 李 for 挛: not even the same sound
        QLabel *label = nullptr;
        QTRY_VERIFY([&] {
            for (QLabel *l : sidebar()->findChildren<QLabel *>()) {
                if (l->isVisible() && l->text().contains(QStringLiteral("huanjiao://condition/hemifacial-spasm")))
                    label = l;
            }
            return label != nullptr;
        }());
        QSignalSpy open(sidebar(), &Sidebar::openRequested);
        emit label->linkActivated(QStringLiteral("huanjiao://condition/hemifacial-spasm"));
        QCOMPARE(open.count(), 1);
    }

    void onlyTheNewestResultsAreShown()
    {
        QSignalSpy ready(&m_content.search(), &SearchService::resultsReady);
        for (const QString &text : {QStringLiteral("m"), QStringLiteral("mj"), QStringLiteral("mjj"), QStringLiteral("mjjl")})
            m_content.search().search(text);
        QTRY_VERIFY(ready.count() >= 1);
        QTest::qWait(100);
        // Whatever was dropped, the last answer is for the last request.
        QCOMPARE(ready.last().first().value<SearchResults>().query, QStringLiteral("mjjl"));
    }

    // A query that signals danger: the calm card comes first, with the
    // numbers to call, and the results still follow it.
    void aCrisisQueryShowsTheCardFirst()
    {
        auto *card = sidebar()->findChild<CrisisCard *>();
        QVERIFY(card);
        commit(box(), QStringLiteral("不想活了"));
        QTRY_VERIFY(card->isVisible());
        const QString text = card->accessibleDescription();
        for (const char *number : {"12356", "120", "110"})
            QVERIFY2(text.contains(QLatin1String(number)), qPrintable(text));
        // It sits above the results, in the same page.
        QVERIFY(card->geometry().top() < sidebar()->resultsView()->geometry().top());
        QSignalSpy open(sidebar(), &Sidebar::openRequested);
        QLabel *link = nullptr;
        for (QLabel *label : card->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("huanjiao://condition/depression")))
                link = label;
        }
        QVERIFY(link);
        emit link->linkActivated(QStringLiteral("huanjiao://condition/depression"));
        QCOMPARE(open.count(), 1);
        // An ordinary query hides it again.
        box()->clear();
        commit(box(), QStringLiteral("面肌痉挛"));
        QTRY_VERIFY(sidebar()->resultsModel()->hitCount() > 0);
        QTRY_VERIFY(!card->isVisible());
    }

    void theCardGivesTheClinicsNumbers()
    {
        {
            QSettings settings;
            CrisisNumbers numbers;
            numbers.emergency = QStringLiteral("0791-120");
            numbers.save(settings);
        }
        m_window.reset();
        init();
        auto *card = sidebar()->findChild<CrisisCard *>();
        QVERIFY(card);
        commit(box(), QStringLiteral("突然嘴歪说话不清"));
        QTRY_VERIFY(card->isVisible());
        const QString text = card->accessibleDescription();
        QSettings().remove(QStringLiteral("clinic"));
        QVERIFY2(text.contains(QStringLiteral("0791-120")), qPrintable(text));
    }

    void highlightingEscapesContent()
    {
        const QString html = SearchResultDelegate::highlighted(QStringLiteral("<b>面肌</b>痉挛"), {QStringLiteral("痉挛")});
        QVERIFY(html.startsWith(QStringLiteral("&lt;b&gt;")));
        QVERIFY(html.contains(QStringLiteral("<b><u>痉挛</u></b>")));
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
