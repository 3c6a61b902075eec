// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowserWindow.h"
#include "BundledContent.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "EntityListView.h"
#include "KindBrowser.h"
#include "KindListPage.h"
#include "Labels.h"
#include "PageSource.h"
#include "PageView.h"

#include <QListView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace huanjiao;

class TestConditionPage : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
    }

    void windowStartsOnTheHomePage()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        QCOMPARE(window.documents()->count(), 1);
        QCOMPARE(window.documents()->currentDocument()->url(), PageSource::homeUrl());
        const QString text = window.documents()->currentDocument()->view()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("神经内科")));
        QVERIFY(text.contains(QStringLiteral("面肌痉挛")));
    }

    void conditionPageShowsItsSections()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        window.openUrl(QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm")));
        DocumentTab *tab = window.documents()->currentDocument();
        QCOMPARE(tab->title(), QStringLiteral("面肌痉挛"));
        const QString text = tab->view()->toPlainText();
        for (const char *key : {"overview", "symptoms", "causes", "diagnosis", "treatments", "care", "seek-care",
                                "prevention"})
            QVERIFY2(text.contains(Labels::section(QLatin1String(key))), key);
        for (const char *words : {"面肌抽搐", "半面痉挛", "1. 血管压迫", "4. 其他因素", "微血管减压术", "叶琳",
                                  "江西省胸科医院", "卡马西平", "患教编辑部"})
            QVERIFY2(text.contains(QString::fromUtf8(words)), words);
        QVERIFY(text.contains(QCoreApplication::translate("PageRenderer", "Home") + QStringLiteral(" > 内科 > 神经内科")));
        // Sample content is said so on the page.
        QVERIFY(text.contains(QStringLiteral("Sample content")) || text.contains(QStringLiteral("示例内容")));
    }

    void kindTabsListEveryKind()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.kinds()->count(), 8);
        for (Kind kind : KindBrowser::kinds()) {
            if (kind == Kind::Department)
                continue;
            KindListPage *page = window.kinds()->listPage(kind);
            QVERIFY(page);
            // As many rows as the entity table has entities of the kind.
            QSqlQuery q(m_content.database());
            q.prepare(QStringLiteral("SELECT count(*) FROM entity WHERE kind = ?"));
            q.addBindValue(kindName(kind));
            QVERIFY(q.exec() && q.next());
            QCOMPARE(page->view()->model()->rowCount(), q.value(0).toInt());
        }
        QVERIFY(window.kinds()->listPage(Kind::Condition)->view()->model()->rowCount() >= 16);
    }

    void activatingAListEntryOpensItsPage()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.kinds()->showKind(Kind::Doctor);
        EntityListView *doctors = window.kinds()->listPage(Kind::Doctor)->view();
        QVERIFY(doctors->model()->rowCount() > 0);
        const QModelIndex first = doctors->model()->index(0, 0);
        QTest::mouseClick(doctors->viewport(), Qt::LeftButton, {}, doctors->visualRect(first).center());
        QCOMPARE(window.documents()->currentDocument()->title(), first.data().toString());
    }

    void unknownPageSaysNotFound()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.openUrl(QUrl(QStringLiteral("huanjiao://condition/no-such-page")));
        QVERIFY(window.documents()->currentDocument()->view()->toPlainText().contains(QStringLiteral("not found"),
                                                                                      Qt::CaseInsensitive));
    }
};

QTEST_MAIN(TestConditionPage)
#include "tst_conditionpage.moc"
