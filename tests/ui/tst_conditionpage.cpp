#include "BrowserWindow.h"
#include "ContentDatabase.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "KindBrowser.h"
#include "Labels.h"
#include "PageSource.h"
#include "PageView.h"
#include "Repository.h"
#include "SearchService.h"

#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace huanjiao;

class TestConditionPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<ContentDatabase> m_db;
    std::optional<Repository> m_repo;
    std::optional<PageSource> m_pages;
    std::unique_ptr<SearchService> m_search;

private slots:
    void initTestCase()
    {
        OpenError error;
        m_db = ContentDatabase::open(QStringLiteral(HUANJIAO_TEST_DATABASE), &error);
        QVERIFY2(m_db, qPrintable(error.message()));
        m_repo.emplace(m_db->database());
        m_pages.emplace(*m_repo, m_db->info());
        m_search = std::make_unique<SearchService>(QStringLiteral(HUANJIAO_TEST_DATABASE));
    }

    void windowStartsOnTheHomePage()
    {
        BrowserWindow window(*m_repo, *m_pages, *m_search);
        window.show();
        QCOMPARE(window.documents()->count(), 1);
        QCOMPARE(window.documents()->currentDocument()->url(), PageSource::homeUrl());
        const QString text = window.documents()->currentDocument()->view()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("神经内科")));
        QVERIFY(text.contains(QStringLiteral("面肌痉挛")));
    }

    void conditionPageShowsItsSections()
    {
        BrowserWindow window(*m_repo, *m_pages, *m_search);
        window.show();
        window.openUrl(QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm")));
        DocumentTab *tab = window.documents()->currentDocument();
        QCOMPARE(tab->title(), QStringLiteral("面肌痉挛"));
        const QString text = tab->view()->toPlainText();
        for (const char *key : {"overview", "symptoms", "causes", "diagnosis", "treatments", "care", "seek-care",
                                "prevention"})
            QVERIFY2(text.contains(Labels::section(QLatin1String(key))), key);
        for (const char *words : {"面肌抽搐", "半面痉挛", "1. 血管压迫", "4. 其他因素", "微血管减压术", "叶琳",
                                  "江西省胸科医院", "卡马西平", "医联媒体"})
            QVERIFY2(text.contains(QString::fromUtf8(words)), words);
        QVERIFY(text.contains(QCoreApplication::translate("PageRenderer", "Home") + QStringLiteral(" > 内科 > 神经内科")));
        // Sample content is said so on the page.
        QVERIFY(text.contains(QStringLiteral("Sample content")) || text.contains(QStringLiteral("示例内容")));
    }

    void kindTabsListEveryKind()
    {
        BrowserWindow window(*m_repo, *m_pages, *m_search);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.kinds()->count(), 7);
        auto *conditions = qobject_cast<QListView *>(window.kinds()->widget(0));
        QVERIFY(conditions);
        QCOMPARE(conditions->model()->rowCount(), m_repo->count(Kind::Condition));
        QVERIFY(conditions->model()->rowCount() >= 16);
    }

    void activatingAListEntryOpensItsPage()
    {
        BrowserWindow window(*m_repo, *m_pages, *m_search);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.kinds()->setCurrentIndex(2);
        auto *doctors = qobject_cast<QListView *>(window.kinds()->widget(2));
        QTRY_VERIFY(doctors->model()->rowCount() > 0);
        const QModelIndex first = doctors->model()->index(0, 0);
        emit doctors->activated(first);
        QCOMPARE(window.documents()->currentDocument()->title(), first.data().toString());
    }

    void unknownPageSaysNotFound()
    {
        BrowserWindow window(*m_repo, *m_pages, *m_search);
        window.openUrl(QUrl(QStringLiteral("huanjiao://condition/no-such-page")));
        QVERIFY(window.documents()->currentDocument()->view()->toPlainText().contains(QStringLiteral("not found"),
                                                                                      Qt::CaseInsensitive));
    }
};

QTEST_MAIN(TestConditionPage)
#include "tst_conditionpage.moc"
