// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard alone: Tab and Shift+Tab walk the main window, the settings
// dialog and the handout basket in the order they are seen, with no trap and
// nothing left out; and a control with the keyboard looks it.

#include "BasketPanel.h"
#include "BrowserWindow.h"
#include "BundledContent.h"
#include "DepartmentBrowser.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "EntityListModel.h"
#include "EntityListView.h"
#include "HandoutActions.h"
#include "KindBrowser.h"
#include "KindListPage.h"
#include "LetterBar.h"
#include "PageView.h"
#include "SearchBox.h"
#include "SettingsDialog.h"
#include "Sidebar.h"
#include "TemporarySettings.h"
#include "Themes.h"
#include "ViewActions.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListView>
#include <QPushButton>
#include <QTreeView>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace huanjiao;

namespace {
QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(none)");
    QString name = w->accessibleName();
    if (name.isEmpty())
        name = w->objectName();
    return QStringLiteral("%1[%2]").arg(QString::fromLatin1(w->metaObject()->className()), name);
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;
    QTemporaryDir m_dir;

    // Presses Tab (or Shift+Tab) until the keyboard is back where it started;
    // the widgets it stopped at, in order (a page's links fold into one stop).
    QList<QWidget *> walk(bool forward, int limit = 600)
    {
        QWidget *start = QApplication::focusWidget();
        QList<QWidget *> stops{start};
        for (int i = 0; i < limit; ++i) {
            QTest::keyClick(QApplication::focusWidget(), forward ? Qt::Key_Tab : Qt::Key_Backtab,
                            forward ? Qt::NoModifier : Qt::ShiftModifier);
            QWidget *now = QApplication::focusWidget();
            if (now == start)
                return stops;
            if (now != stops.last()) {
                if (stops.contains(now)) {
                    qWarning("focus trap: back at %s", qPrintable(describe(now)));
                    return {};
                }
                stops.append(now);
            }
        }
        qWarning("never back at the start");
        return {};
    }

    // Every widget Tab could stop at in `root`: shown, enabled, taking Tab.
    static QList<QWidget *> tabStops(QWidget *root)
    {
        QList<QWidget *> stops;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
                stops.append(w);
        }
        return stops;
    }

    static QString names(const QList<QWidget *> &widgets)
    {
        QStringList list;
        for (const QWidget *w : widgets)
            list << describe(w);
        return list.join(QStringLiteral(" > "));
    }

    // Tab from `start` goes round `expected` in order and back; Shift+Tab the other way round;
    // and nothing else in `root` that takes Tab is left out.
    void expectRound(QWidget *root, QWidget *start, const QList<QWidget *> &expected)
    {
        start->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), start);
        const QList<QWidget *> forward = walk(true);
        QVERIFY2(forward == expected, qPrintable(QStringLiteral("\n got: %1\nwant: %2").arg(names(forward), names(expected))));
        QList<QWidget *> backward = walk(false);
        QVERIFY(!backward.isEmpty());
        std::reverse(backward.begin() + 1, backward.end());
        QVERIFY2(backward == expected, qPrintable(QStringLiteral("\nback: %1").arg(names(backward))));
        for (QWidget *w : tabStops(root))
            QVERIFY2(expected.contains(w), qPrintable(describe(w) + QStringLiteral(" cannot be reached by Tab")));
    }

    // Pixels that differ clearly between two grabs.
    static int changedPixels(const QImage &a, const QImage &b)
    {
        if (a.size() != b.size())
            return -1;
        int count = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
                if (qAbs(p.red() - q.red()) + qAbs(p.green() - q.green()) + qAbs(p.blue() - q.blue()) > 90)
                    ++count;
            }
        }
        return count;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::useTemporarySettings(m_dir));
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
    }

    void mainWindowInReadingOrder()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        SearchBox *box = window.sidebar()->searchBox();
        KindListPage *conditions = window.kinds()->listPage(Kind::Condition);
        // The first list, like the home page, comes just after the window is on screen.
        QTRY_VERIFY(conditions->isVisible());
        PageView *page = window.documents()->currentDocument()->view();
        QTabBar *documentTabs = window.documents()->tabBar();
        // The A-Z bar is one stop: the first letter with entries.
        QToolButton *firstLetter = nullptr;
        for (QChar c : QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ#")) {
            if (conditions->letterBar()->button(c)->isEnabled()) {
                firstLetter = conditions->letterBar()->button(c);
                break;
            }
        }
        QVERIFY(firstLetter);
        // Qt places a tab widget's page before its tab bar; both are reached, in a fixed order.
        const QList<QWidget *> sidebarPart{box, window.kinds()->tabBar(), conditions->departmentFilter(),
                                          conditions->sortButton(), conditions->view(), firstLetter};
        expectRound(&window, box, sidebarPart + QList<QWidget *>{page, documentTabs});

        // Up and Down move along the A-Z bar without leaving it; Tab leaves it.
        firstLetter->setFocus(Qt::TabFocusReason);
        QTest::keyClick(firstLetter, Qt::Key_Down);
        QWidget *second = QApplication::focusWidget();
        QVERIFY(second != firstLetter && second->parentWidget() == conditions->letterBar());
        QTest::keyClick(second, Qt::Key_Up);
        QCOMPARE(QApplication::focusWidget(), firstLetter);
        QTest::keyClick(firstLetter, Qt::Key_Up);
        QCOMPARE(QApplication::focusWidget(), firstLetter);
        // The letter last used is where Tab comes back to.
        QTest::keyClick(firstLetter, Qt::Key_End);
        QWidget *last = QApplication::focusWidget();
        QVERIFY(last != firstLetter);
        QTest::keyClick(last, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page);
        QTest::keyClick(page, Qt::Key_Backtab, Qt::ShiftModifier);
        // (the page's links come first going back)
        for (int i = 0; i < 200 && QApplication::focusWidget() == page; ++i)
            QTest::keyClick(page, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), last);
    }

    // Tabs whose lists are built when first shown come where they are seen, not after the page.
    void lateListsInReadingOrder()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        SearchBox *box = window.sidebar()->searchBox();
        PageView *page = window.documents()->currentDocument()->view();
        QTabBar *documentTabs = window.documents()->tabBar();

        window.kinds()->showKind(Kind::Drug);
        KindListPage *drugs = window.kinds()->listPage(Kind::Drug);
        QTRY_VERIFY(drugs->view()->isVisible());
        QToolButton *letter = nullptr;
        for (QChar c : QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ#")) {
            if (drugs->letterBar()->button(c)->isEnabled()) {
                letter = drugs->letterBar()->button(c);
                break;
            }
        }
        expectRound(&window, box,
                    {box, window.kinds()->tabBar(), drugs->sortButton(), drugs->view(), letter, page, documentTabs});

        window.kinds()->showKind(Kind::Department);
        DepartmentBrowser *departments = window.kinds()->departments();
        QTRY_VERIFY(departments->tree()->isVisible());
        expectRound(&window, box,
                    {box, window.kinds()->tabBar(), departments->tree(), departments->memberKinds(),
                     departments->members(), page, documentTabs});
    }

    void searchResultsInReadingOrder()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        SearchBox *box = window.sidebar()->searchBox();
        QTest::keyClicks(box, QStringLiteral("mjjl"));
        QTRY_VERIFY(window.sidebar()->resultsView()->isVisible());
        const QList<QComboBox *> filters = window.sidebar()->findChildren<QComboBox *>();
        QComboBox *kindFilter = nullptr, *departmentFilter = nullptr;
        for (QComboBox *combo : filters) {
            if (combo->isVisible() && combo->accessibleName() == QLatin1String("Show only"))
                kindFilter = combo;
            else if (combo->isVisible() && combo->accessibleName() == QLatin1String("Department"))
                departmentFilter = combo;
        }
        QVERIFY(kindFilter && departmentFilter);
        expectRound(&window, box,
                    {box, kindFilter, departmentFilter, window.sidebar()->resultsView(),
                     window.documents()->currentDocument()->view(), window.documents()->tabBar()});
    }

    void basketInReadingOrder()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        QVERIFY(window.handouts()->addToBasket(QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        BasketPanel *panel = window.handouts()->basketPanel();
        QVERIFY(panel->isVisible());
        panel->list()->setCurrentIndex(panel->list()->model()->index(0, 0));
        // In the panel: the list, then its buttons row by row; then back to the main window.
        QList<QWidget *> inPanel{panel->list()};
        for (QPushButton *button : panel->findChildren<QPushButton *>()) {
            if (button->isVisible() && button->isEnabled())
                inPanel << button;
        }
        QVERIFY(inPanel.size() >= 4);
        panel->list()->setFocus(Qt::TabFocusReason);
        const QList<QWidget *> round = walk(true);
        QVERIFY2(!round.isEmpty(), "focus trap");
        QCOMPARE(round.mid(0, inPanel.size()), inPanel);
        QVERIFY(round.contains(window.sidebar()->searchBox()));
        QVERIFY(round.contains(window.documents()->currentDocument()->view()));
        for (QWidget *w : tabStops(&window))
            QVERIFY2(round.contains(w), qPrintable(describe(w) + QStringLiteral(" cannot be reached by Tab")));
    }

    void settingsDialogInReadingOrder()
    {
        SettingsDialog dialog{InterfaceSettings{}};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTabWidget *pages = dialog.pages();
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QList<QWidget *> tail{buttons->button(QDialogButtonBox::Ok), buttons->button(QDialogButtonBox::Cancel)};
        const auto controls = [&](QWidget *page) {
            QList<QWidget *> list;
            // Top to bottom, as the form shows them.
            QList<QWidget *> stops = tabStops(page);
            std::stable_sort(stops.begin(), stops.end(), [page](QWidget *a, QWidget *b) {
                const QPoint pa = a->mapTo(page, QPoint()), pb = b->mapTo(page, QPoint());
                return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
            });
            return stops;
        };
        QList<QWidget *> general = controls(pages->widget(0));
        QVERIFY(general.size() >= 6);
        expectRound(&dialog, pages->tabBar(), QList<QWidget *>{pages->tabBar()} + general + tail);
        pages->setCurrentIndex(1);
        QList<QWidget *> kiosk = controls(pages->widget(1));
        QCOMPARE(kiosk.size(), 9); // the kiosk options, the two PIN fields and the three crisis numbers
        expectRound(&dialog, pages->tabBar(), QList<QWidget *>{pages->tabBar()} + kiosk + tail);
    }

    void focusIsVisible_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(InterfaceSettings::Theme::Light);
        QTest::newRow("dark") << int(InterfaceSettings::Theme::Dark);
        QTest::newRow("high contrast") << int(InterfaceSettings::Theme::HighContrast);
    }

    void focusIsVisible()
    {
        QFETCH(int, theme);
        const QPalette original = QApplication::palette();
        QApplication::setPalette(Themes::palette(InterfaceSettings::Theme(theme), original));
        {
            BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            KindListPage *conditions = window.kinds()->listPage(Kind::Condition);
            conditions->view()->setCurrentIndex(conditions->model()->index(0, 0));
            QToolButton *letter = conditions->letterBar()->button(QLatin1Char('M'));
            QVERIFY(letter->isEnabled());
            QVERIFY(window.handouts()->addToBasket(QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm"))));
            QListView *basket = window.handouts()->basketPanel()->list();
            QTRY_VERIFY(basket->isVisible());
            const QList<QWidget *> controls{window.documents()->currentDocument()->view(), conditions->view(), letter,
                                            conditions->sortButton(), window.kinds()->tabBar(), window.documents()->tabBar(), basket,
                                            window.kinds()->departments()->tree()};
            for (QWidget *control : controls) {
                if (control == window.kinds()->departments()->tree()) {
                    window.kinds()->showKind(Kind::Department);
                    QTRY_VERIFY(control->isVisible());
                }
                window.sidebar()->searchBox()->setFocus(Qt::TabFocusReason);
                QApplication::processEvents();
                const QImage before = control->grab().toImage();
                control->setFocus(Qt::TabFocusReason);
                QApplication::processEvents();
                const QImage after = control->grab().toImage();
                // At least a ring one pixel wide round the control's edge, or as many pixels inside it.
                const int needed = qMin(control->width() + control->height(), 200);
                const int changed = changedPixels(before, after);
                QVERIFY2(changed >= needed, qPrintable(QStringLiteral("%1: %2 pixels change, %3 needed")
                                                           .arg(describe(control)).arg(changed).arg(needed)));
            }
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
