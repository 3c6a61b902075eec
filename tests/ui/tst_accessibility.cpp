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
