// SPDX-License-Identifier: GPL-3.0-or-later
// Every control a keyboard or screen-reader user can reach has a name, on
// each main screen; and the keys are listed where F1 finds them.

#include "AboutDialog.h"
#include "BasketPanel.h"
#include "BrowserWindow.h"
#include "BundledContent.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "HandoutActions.h"
#include "PageView.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "TemporarySettings.h"

#include <QAccessible>
#include <QApplication>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::MenuItem:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

bool hasItems(QAccessible::Role role)
{
    return role == QAccessible::List || role == QAccessible::Tree || role == QAccessible::Table;
}

QString path(QAccessibleInterface *iface)
{
    QStringList parts;
    for (QAccessibleInterface *i = iface; i; i = i->parent()) {
        QObject *o = i->object();
        parts.prepend(o ? QString::fromLatin1(o->metaObject()->className()) + QLatin1Char('(') + o->objectName() + QLatin1Char(')')
                        : QStringLiteral("#%1").arg(int(i->role())));
    }
    return parts.join(QLatin1String(" > "));
}

// Interactive elements without a name, under `iface`.
void collectNameless(QAccessibleInterface *iface, QStringList *nameless, int *interactive, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40 || iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role)) {
        ++*interactive;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            nameless->append(QStringLiteral("role %1 at %2").arg(int(role)).arg(path(iface)));
    }
    // The items of a list are its data, named by their text; a lazy list
    // could hold thousands.
    if (hasItems(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectNameless(iface->child(i), nameless, interactive, depth + 1);
}

QStringList nameless(QWidget *widget, int *interactive)
{
    QStringList found;
    collectNameless(QAccessible::queryAccessibleInterface(widget), &found, interactive);
    return found;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;
    QTemporaryDir m_dir;

    void expectAllNamed(QWidget *screen, int atLeast)
    {
        screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(screen->window()));
        int interactive = 0;
        const QStringList missing = nameless(screen, &interactive);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no accessible name:\n") + missing.join(QLatin1Char('\n'))));
        // The walk reached the controls, so an empty list means something.
        QVERIFY2(interactive >= atLeast, qPrintable(QStringLiteral("only %1 controls found").arg(interactive)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::useTemporarySettings(m_dir));
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
    }

    void mainWindow()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.openUrl(QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm")), true);
        expectAllNamed(&window, 10);
    }

    void basketPanel()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        QVERIFY(window.handouts()->addToBasket(QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.handouts()->basketPanel()->isVisible());
        expectAllNamed(window.handouts()->basketPanel(), 4);
    }

    void settingsDialog()
    {
        SettingsDialog dialog(InterfaceSettings{});
        expectAllNamed(&dialog, 6);
    }

    void aboutDialog()
    {
        AboutDialog dialog(m_content.info());
        expectAllNamed(&dialog, 1);
        // The text is there for a screen reader to read.
        QAccessibleInterface *text = QAccessible::queryAccessibleInterface(dialog.text());
        QVERIFY(text->textInterface());
        QVERIFY(text->textInterface()->text(0, text->textInterface()->characterCount()).contains(QStringLiteral("LGPL")));
    }

    void pageTextReachesScreenReaders()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.openUrl(QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm")));
        QAccessibleInterface *page = QAccessible::queryAccessibleInterface(window.documents()->currentDocument()->view());
        QVERIFY(page && page->textInterface());
        const QString text = page->textInterface()->text(0, page->textInterface()->characterCount());
        QVERIFY2(text.contains(m_content.repo().ref(Kind::Condition, QStringLiteral("hemifacial-spasm")).name), qPrintable(text.left(200)));
    }

    // A screen reader walks the page as a document: named for its topic, its
    // headings with their levels, its paragraphs, and its links, each named
    // for its text and carrying its target, followed by its action.
    void pageIsADocumentOfHeadingsParagraphsAndLinks()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.openUrl(QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PageView *view = window.documents()->currentDocument()->view();
        QAccessibleInterface *page = QAccessible::queryAccessibleInterface(view);
        QCOMPARE(page->role(), QAccessible::Document);
        const QString name = m_content.repo().ref(Kind::Condition, QStringLiteral("hemifacial-spasm")).name;
        QCOMPARE(page->text(QAccessible::Name), name);
        QStringList headings;
        int paragraphs = 0;
        QList<QAccessibleInterface *> links;
        for (int i = 0; i < page->childCount(); ++i) {
            QAccessibleInterface *part = page->child(i);
            QVERIFY(part && part->isValid());
            QCOMPARE(part->parent(), page);
            QCOMPARE(page->indexOfChild(part), i);
            if (part->role() == QAccessible::Heading)
                headings << part->text(QAccessible::Name) + QLatin1Char('|') + part->text(QAccessible::Description);
            else if (part->role() == QAccessible::Paragraph)
                ++paragraphs;
            else
                continue; // the scroll bars, after the page's parts
            for (int j = 0; j < part->childCount(); ++j) {
                QCOMPARE(part->child(j)->role(), QAccessible::Link);
                QCOMPARE(part->child(j)->parent(), part);
                links << part->child(j);
            }
        }
        QVERIFY2(headings.size() >= 3, qPrintable(headings.join(u',')));
        QCOMPARE(headings.first(), name + QLatin1String("|Heading level 1"));
        QVERIFY2(headings.filter(QStringLiteral("level 2")).size() >= 2, qPrintable(headings.join(u',')));
        QVERIFY(paragraphs >= 3);
        QVERIFY(links.size() >= 5);
        for (QAccessibleInterface *link : std::as_const(links)) {
            QVERIFY(!link->text(QAccessible::Name).trimmed().isEmpty());
            QVERIFY2(link->text(QAccessible::Description).startsWith(QLatin1String("huanjiao://")),
                     qPrintable(link->text(QAccessible::Description)));
            QVERIFY(link->state().focusable);
            QVERIFY(link->actionInterface());
            // Where it is on screen is where the page draws its text.
            QVERIFY(!link->rect().isEmpty() || link->state().offscreen);
        }
        // Named for all of its text (the breadcrumb's first link once lost all but its first letter).
        QCOMPARE(links.first()->text(QAccessible::Name), QCoreApplication::translate("PageRenderer", "Home"));
        // Pressing a link follows it, as a click does.
        QAccessibleInterface *link = links.first();
        const QUrl target(link->text(QAccessible::Description));
        link->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QTRY_COMPARE(window.documents()->currentDocument()->url(), target);
    }

    // Tab moves from link to link inside the page, and the page tells which
    // link has the keyboard. (The focus event a screen reader follows needs
    // an active AT-SPI bridge, which the offscreen platform has not: the
    // tst_screenreader_atspi test checks it over the real bus.)
    void tabMovesTheScreenReadersFocusToTheLink()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.openUrl(QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PageView *view = window.documents()->currentDocument()->view();
        view->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(view->hasFocus());
        auto *page = QAccessible::queryAccessibleInterface(view);
        QStringList seen;
        for (int press = 0; press < 3; ++press) {
            QTest::keyClick(view, Qt::Key_Tab);
            QVERIFY(view->hasFocus()); // still in the page
            const QString selected = view->textCursor().selectedText().trimmed();
            QVERIFY(!selected.isEmpty());
            QAccessibleInterface *current = page->focusChild();
            QVERIFY(current && current->state().focused);
            QCOMPARE(current->role(), QAccessible::Link);
            QCOMPARE(current->text(QAccessible::Name), selected);
            int focusedLinks = 0; // and no other link says it has it
            for (int i = 0; i < page->childCount(); ++i) {
                for (int j = 0; j < page->child(i)->childCount(); ++j)
                    focusedLinks += page->child(i)->child(j)->state().focused ? 1 : 0;
            }
            QCOMPARE(focusedLinks, 1);
            seen << selected + QLatin1Char('>') + current->text(QAccessible::Description);
        }
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 3);
        // A new page: its own name and parts.
        window.openUrl(QUrl(QStringLiteral("huanjiao://condition/bells-palsy")));
        page = QAccessible::queryAccessibleInterface(window.documents()->currentDocument()->view());
        const QString palsy = m_content.repo().ref(Kind::Condition, QStringLiteral("bells-palsy")).name;
        QCOMPARE(page->text(QAccessible::Name), palsy);
        QString firstHeading;
        for (int i = 0; i < page->childCount() && firstHeading.isEmpty(); ++i) {
            if (page->child(i)->role() == QAccessible::Heading)
                firstHeading = page->child(i)->text(QAccessible::Name);
        }
        QCOMPARE(firstHeading, palsy);
    }

    void shortcutsAreListed()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        const auto rows = ShortcutsDialog::shortcuts(&window);
        QStringList keys;
        for (const auto &row : rows)
            keys << row.second;
        const QString all = keys.join(QLatin1Char('|'));
        for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Minus),
                                        QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(QKeySequence::Find),
                                        QKeySequence(QKeySequence::Print), QKeySequence(QKeySequence::HelpContents)})
            QVERIFY2(all.contains(key.toString(QKeySequence::NativeText)), qPrintable(key.toString() + QLatin1String(" in ") + all));
        ShortcutsDialog dialog(&window);
        QCOMPARE(dialog.table()->rowCount(), int(rows.size()));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
