// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowserWindow.h"
#include "BundledContent.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "Labels.h"
#include "PageProbe.h"
#include "PageRenderer.h"
#include "PageSource.h"
#include "PageView.h"

#include <QAction>
#include <QScrollBar>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace huanjiao;

namespace {
const QString kHfs = QStringLiteral("huanjiao://condition/hemifacial-spasm");
const QString kYeLin = QStringLiteral("huanjiao://doctor/ye-lin");
const QString kNeurology = QStringLiteral("huanjiao://department/neurology");
} // namespace

// Browsing as a user does it: real clicks on links, back and forward with
// the scroll position kept, the breadcrumb, tabs opened, closed and reopened.
class TestBrowsing : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;
    std::unique_ptr<BrowserWindow> m_window;

    DocumentTabs *tabs() const { return m_window->documents(); }
    DocumentTab *current() const { return tabs()->currentDocument(); }

    void triggerShortcut(const QKeySequence &keys)
    {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcuts().contains(keys)) {
                action->trigger();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no action has the shortcut %1").arg(keys.toString())));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
    }

    void init()
    {
        m_window = std::make_unique<BrowserWindow>(m_content.repo(), m_content.pages(), m_content.search());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void clickDoctorThenBackLandsAtTheSameScrollPosition()
    {
        m_window->openUrl(QUrl(kHfs));
        DocumentTab *tab = current();
        PageView *view = tab->view();
        QCOMPARE(tab->title(), QStringLiteral("面肌痉挛"));

        // The doctor cards are far down the page: the click scrolls there first.
        QVERIFY(PageProbe::clickLink(view, kYeLin));
        QCOMPARE(tab->url(), QUrl(kYeLin));
        QCOMPARE(tab->title(), QStringLiteral("叶琳"));
        const QString doctor = view->toPlainText();
        for (const char *fact : {"主任医师", "教授", "江西省胸科医院", "神经内科", "难治性中枢神经系统疾病", "面肌痉挛"})
            QVERIFY2(doctor.contains(QString::fromUtf8(fact)), fact);
        QCOMPARE(view->scrollPosition(), 0);

        // Back with Alt+Left: the condition page, where it was left.
        triggerShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
        QCOMPARE(tab->url(), QUrl(kHfs));
        const int left = tab->history().current().scroll;
        QVERIFY(left > 0);
        QCOMPARE(view->scrollPosition(), left);
        QCOMPARE(view->anchorAt(PageProbe::pointOf(view, PageProbe::linkPosition(view, kYeLin))), kYeLin);

        triggerShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
        QCOMPARE(tab->url(), QUrl(kYeLin));
        QCOMPARE(view->scrollPosition(), 0);
    }

    void keyboardAndMouseButtonsGoBackAndForward()
    {
        m_window->openUrl(QUrl(kHfs));
        m_window->openUrl(QUrl(kYeLin));
        triggerShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
        QCOMPARE(current()->url(), QUrl(kHfs));
        triggerShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
        QCOMPARE(current()->url(), QUrl(kYeLin));

        QWidget *viewport = current()->view()->viewport();
        QTest::mousePress(viewport, Qt::BackButton, {}, QPoint(50, 50));
        QTest::mouseRelease(viewport, Qt::BackButton, {}, QPoint(50, 50));
        QCOMPARE(current()->url(), QUrl(kHfs));
        QTest::mousePress(viewport, Qt::ForwardButton, {}, QPoint(50, 50));
        QTest::mouseRelease(viewport, Qt::ForwardButton, {}, QPoint(50, 50));
        QCOMPARE(current()->url(), QUrl(kYeLin));
    }

    void backButtonMenuListsThePagesBehind()
    {
        m_window->openUrl(QUrl(kHfs));
        m_window->openUrl(QUrl(kNeurology));
        m_window->openUrl(QUrl(kYeLin));
        QToolButton *back = nullptr;
        for (auto *button : m_window->findChildren<QToolButton *>()) {
            if (button->defaultAction() && button->defaultAction()->text() == QCoreApplication::translate(
                                                                                   "huanjiao::BrowserWindow", "Back"))
                back = button;
        }
        QVERIFY(back && back->menu());
        emit back->menu()->aboutToShow();
        const auto actions = back->menu()->actions();
        QCOMPARE(actions.size(), 3); // neurology, hemifacial spasm, home
        QCOMPARE(actions.at(0)->text(), QStringLiteral("神经内科"));
        QCOMPARE(actions.at(1)->text(), QStringLiteral("面肌痉挛"));
        actions.at(1)->trigger();
        QCOMPARE(current()->url(), QUrl(kHfs));
        QVERIFY(current()->history().canGoForward());
    }

    void breadcrumbLeadsToTheDepartment()
    {
        m_window->openUrl(QUrl(kHfs));
        PageView *view = current()->view();
        QVERIFY(view->toPlainText().startsWith(QCoreApplication::translate("PageRenderer", "Home")
                                               + QStringLiteral(" > 内科 > 神经内科 > 面肌痉挛")));
        // The first link to neurology on the page is the breadcrumb's.
        QVERIFY(PageProbe::linkPosition(view, kNeurology) < PageProbe::linkPosition(view, kHfs, 0) + 1);
        QVERIFY(PageProbe::clickLink(view, kNeurology));
        QCOMPARE(current()->url(), QUrl(kNeurology));
        const QString text = view->toPlainText();
        QVERIFY(text.contains(QStringLiteral("面肌痉挛")));
        QVERIFY(text.contains(QStringLiteral("叶琳")));
        // And the breadcrumb's first level goes up to internal medicine.
        QVERIFY(PageProbe::clickLink(view, QStringLiteral("huanjiao://department/internal-medicine")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("神经内科")));
    }

    void ctrlClickAndMiddleClickOpenNewTabs()
    {
        m_window->openUrl(QUrl(kHfs));
        DocumentTab *tab = current();
        QCOMPARE(tabs()->count(), 1);
        QVERIFY(PageProbe::clickLink(tab->view(), kYeLin, Qt::LeftButton, Qt::ControlModifier));
        QCOMPARE(tabs()->count(), 2);
        QCOMPARE(current(), tab); // opened behind, as browsers do
        QCOMPARE(tab->url(), QUrl(kHfs));
        QCOMPARE(tabs()->document(tabs()->indexOf(tab) + 1)->url(), QUrl(kYeLin));

        QVERIFY(PageProbe::clickLink(tab->view(), kNeurology, Qt::MiddleButton));
        QCOMPARE(tabs()->count(), 3);
        QCOMPARE(tab->url(), QUrl(kHfs));
    }

    // The page a tab shows, as laid out in its view now, without asking the
    // tab for its view (which would lay it out).
    static QString laidOut(const DocumentTab *tab) { return tab->findChild<PageView *>()->toPlainText(); }

    void aBackgroundTabIsLaidOutWhenItComesOnScreen()
    {
        m_window->openUrl(QUrl(kHfs));
        DocumentTab *tab = current();
        QVERIFY(PageProbe::clickLink(tab->view(), kYeLin, Qt::LeftButton, Qt::ControlModifier));
        DocumentTab *behind = tabs()->document(tabs()->indexOf(tab) + 1);
        // Its title and address are there at once; its page waits.
        QCOMPARE(behind->url(), QUrl(kYeLin));
        QVERIFY(!behind->title().isEmpty());
        QCOMPARE(tabs()->tabText(tabs()->indexOf(behind)).isEmpty(), false);
        QVERIFY(laidOut(behind).isEmpty());
        // Switching to it shows the page in the same step: no empty frame.
        tabs()->setCurrentWidget(behind);
        QVERIFY(laidOut(behind).contains(behind->title()));
        // Its history is whole: back leads to nothing, the doctor's page is current.
        QVERIFY(!behind->history().canGoBack());
    }

    void theFirstWindowShowsItsHomePageOnceOnScreen()
    {
        // A window made and shown as the app does at start-up.
        m_window = std::make_unique<BrowserWindow>(m_content.repo(), m_content.pages(), m_content.search());
        DocumentTab *home = current();
        QCOMPARE(home->url(), PageSource::homeUrl());
        QVERIFY(!home->title().isEmpty());
        QVERIFY(laidOut(home).isEmpty());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(!laidOut(home).isEmpty());
        PageView expected;
        expected.setPage(m_content.pages().page(PageSource::homeUrl()).html);
        QCOMPARE(laidOut(home), expected.toPlainText());
    }

    void aTabAskedForItsViewLaysItsPageOutAtOnce()
    {
        // Never shown: whoever reads the page (read aloud, print, a screen
        // reader) still gets all of it.
        BrowserWindow hidden(m_content.repo(), m_content.pages(), m_content.search());
        hidden.openUrl(QUrl(kHfs));
        DocumentTab *tab = hidden.documents()->currentDocument();
        QVERIFY(laidOut(tab).isEmpty());
        QVERIFY(tab->view()->toPlainText().contains(QStringLiteral("面肌痉挛")));
        // Going back while hidden keeps the scroll position each page had.
        QVERIFY(tab->history().canGoBack());
    }

    void contextMenuOpensInANewTab()
    {
        m_window->openUrl(QUrl(kHfs));
        PageView *view = current()->view();
        const int position = PageProbe::linkPosition(view, kYeLin);
        PageProbe::reveal(view, position + 1);
        std::unique_ptr<QMenu> menu(view->createContextMenu(PageProbe::pointOf(view, position)));
        const auto actions = menu->actions();
        QVERIFY(actions.size() >= 2);
        actions.at(1)->trigger(); // Open in new tab
        QCOMPARE(tabs()->count(), 2);
        QCOMPARE(current()->url(), QUrl(kHfs));
        // No entry offers to copy or open the address elsewhere.
        for (QAction *action : actions)
            QVERIFY2(!action->text().contains(QStringLiteral("Location"), Qt::CaseInsensitive), qPrintable(action->text()));
    }

    void closedTabReopensWithItsHistory()
    {
        m_window->openUrl(QUrl(kHfs));
        m_window->openUrl(QUrl(kYeLin), true);
        QCOMPARE(tabs()->count(), 2);
        tabs()->setCurrentIndex(1);
        current()->open(QUrl(kNeurology));
        PageView *view = current()->view();
        view->setScrollPosition(view->verticalScrollBar()->maximum() / 2);
        const int scrolled = view->scrollPosition();
        QVERIFY(scrolled > 0);
        triggerShortcut(QKeySequence::Close); // Ctrl+W
        QCOMPARE(tabs()->count(), 1);
        QCOMPARE(current()->url(), QUrl(kHfs));

        triggerShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        QCOMPARE(tabs()->count(), 2);
        QCOMPARE(current()->url(), QUrl(kNeurology));
        QCOMPARE(current()->view()->scrollPosition(), scrolled);
        QVERIFY(current()->history().canGoBack());
        current()->back();
        QCOMPARE(current()->url(), QUrl(kYeLin));
    }

    void outlineJumpsWithinThePage()
    {
        m_window->openUrl(QUrl(kHfs));
        PageView *view = current()->view();
        QCOMPARE(view->scrollPosition(), 0);
        QVERIFY(PageProbe::clickLink(view, kHfs + QStringLiteral("#section-causes")));
        QCOMPARE(current()->url(), QUrl(kHfs));
        QCOMPARE(current()->history().entries().size(), 2); // home, the page: a jump is no new page
        // The Causes heading is now at the top of the view.
        QTextCursor heading = view->document()->find(Labels::section(QStringLiteral("causes")));
        while (!heading.isNull() && heading.block().text() != Labels::section(QStringLiteral("causes")))
            heading = view->document()->find(Labels::section(QStringLiteral("causes")), heading);
        QVERIFY(!heading.isNull());
        const int y = view->cursorRect(heading).top();
        QVERIFY2(y >= 0 && y < 80, qPrintable(QString::number(y)));
        QVERIFY(view->scrollPosition() > 0);
    }

    void unknownPagesSayNotFound()
    {
        m_window->openUrl(QUrl(QStringLiteral("huanjiao://condition/no-such-page")));
        const QString text = current()->view()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("not found"), Qt::CaseInsensitive));
        QVERIFY(text.contains(QStringLiteral("huanjiao://condition/no-such-page")));
        QVERIFY(PageProbe::clickLink(current()->view(), PageSource::homeUrl().toString()));
        QCOMPARE(current()->url(), PageSource::homeUrl());
        m_window->openUrl(QUrl(QStringLiteral("huanjiao://planet/earth")));
        QVERIFY(current()->view()->toPlainText().contains(QStringLiteral("not found"), Qt::CaseInsensitive));
    }

    void scrollPositionHoldsOnALongPage()
    {
        // Long enough for QTextBrowser's incremental layout, which would
        // otherwise cut a restored position short of where the page was left.
        PageView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Dense text first and tall headings after it: an estimate of the
        // height from the first part falls far short of the whole.
        QString html;
        for (int i = 0; i < 20; ++i)
            html += QStringLiteral("<p>%1</p>").arg(QString(300, QChar(0x75C9)));
        for (int i = 0; i < 2000; ++i)
            html += QStringLiteral("<h1>%1</h1>").arg(i);
        view.setPage(html);
        view.finishLayout();
        const int maximum = view.verticalScrollBar()->maximum();
        QVERIFY(maximum > 10000);
        const int target = maximum * 3 / 4;
        view.setPage(html, target);
        QCOMPARE(view.scrollPosition(), target);
        QCOMPARE(view.verticalScrollBar()->maximum(), maximum);
        QCoreApplication::processEvents(); // any layout left for later would move it now
        QCOMPARE(view.scrollPosition(), target);
    }

    void nothingOpensOutsideTheApp()
    {
        PageView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &PageView::linkActivated);
        view.setPage(QStringLiteral("<p><a href=\"https://example.com/\">web</a> <a href=\"file:///etc/passwd\">file</a>"
                                    " <a href=\"mailto:a@b.c\">mail</a> <a href=\"huanjiao://doctor/ye-lin\">ok</a></p>"
                                    "<img src=\"file:///usr/share/pixmaps/debian-logo.png\">"));
        for (const char *href : {"https://example.com/", "file:///etc/passwd", "mailto:a@b.c"}) {
            QVERIFY(PageProbe::clickLink(&view, QString::fromLatin1(href)));
            QVERIFY(PageProbe::clickLink(&view, QString::fromLatin1(href), Qt::MiddleButton));
        }
        QCOMPARE(spy.count(), 0);
        QVERIFY(PageProbe::clickLink(&view, QStringLiteral("huanjiao://doctor/ye-lin")));
        QCOMPARE(spy.count(), 1);
        QVERIFY(view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isNull());
        QVERIFY(view.loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("https://example.com/a.css")))
                    .isNull());
    }

    void contentIsNeverMarkup()
    {
        Entity entity;
        entity.ref = {Kind::Condition, QStringLiteral("x"), QStringLiteral("<b>名</b>"), {}, 1};
        entity.summary = QStringLiteral("<a href=\"https://evil.example/\">点我</a><img src=\"file:///etc/passwd\">");
        entity.sections.append({QStringLiteral("overview"), QStringLiteral("<script>alert(1)</script>"), {}});
        const QString html = PageRenderer::render(entity, {});
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("https://evil")) || html.contains(QStringLiteral("&lt;a href=&quot;https://evil")));
        QVERIFY(!html.contains(QStringLiteral("<b>名</b>")));
    }
};

QTEST_MAIN(TestBrowsing)
#include "tst_browsing.moc"
