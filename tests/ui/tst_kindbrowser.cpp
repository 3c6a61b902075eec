// SPDX-License-Identifier: GPL-3.0-or-later
#include "../database/GeneratedContent.h"
#include "../database/TestDatabase.h"
#include "DatabaseWriter.h"
#include "DepartmentBrowser.h"
#include "DepartmentTreeModel.h"
#include "EntityListModel.h"
#include "EntityListView.h"
#include "KindBrowser.h"
#include "KindListPage.h"
#include "LetterBar.h"

#include <QComboBox>
#include <QMenu>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace huanjiao;

// The kind tabs: lists that hold every row at once without reading them,
// the A-Z bar, sorting, the department filter and the department tree.
class TestKindBrowser : public QObject
{
    Q_OBJECT

    static constexpr int kGenerated = 5000;
    QTemporaryDir m_dir;
    test::TestDatabase m_large;
    test::TestDatabase m_bundled;

    static QString initialOf(const QModelIndex &index) { return index.data().toString().left(1); }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("generated.sqlite"));
        QString error;
        QVERIFY2(DatabaseWriter::write(GeneratedContent::conditions(kGenerated), path, &error), qPrintable(error));
        QVERIFY2(m_large.open(path, &error), qPrintable(error));
        QVERIFY2(m_bundled.openBundled(&error), qPrintable(error));
    }

    void listKnowsEveryRowAndReadsAnyOfThem()
    {
        EntityListModel model(m_large.repo(), Kind::Condition);
        QCOMPARE(model.rowCount(), kGenerated);
        // The last row, without reading the rows before it.
        const auto last = m_large.repo().listRange(Kind::Condition, 0, kGenerated - 1, 1);
        QCOMPARE(model.index(kGenerated - 1).data().toString(), last.first().name);
        QCOMPARE(model.index(kGenerated - 1).data(EntityListModel::UriRole).toUrl().scheme(), QStringLiteral("huanjiao"));
        QVERIFY(!model.index(kGenerated).data().isValid());
    }

    void letterBarJumpsToTheFirstEntryOfALetter()
    {
        KindBrowser browser(m_large.repo());
        browser.resize(400, 700);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        KindListPage *page = browser.listPage(Kind::Condition);
        LetterBar *bar = page->letterBar();
        QVERIFY(!bar->button(QLatin1Char('I'))->isEnabled()); // no pinyin starts with i
        QVERIFY(bar->button(QLatin1Char('M'))->isEnabled());

        QTest::mouseClick(bar->button(QLatin1Char('M')), Qt::LeftButton);
        const QModelIndex current = page->view()->currentIndex();
        QCOMPARE(initialOf(current), QStringLiteral("马"));
        QVERIFY(initialOf(current.siblingAtRow(current.row() - 1)) != QStringLiteral("马"));
        // It is at the top of the view.
        QCOMPARE(page->view()->indexAt(QPoint(10, 5)).row(), current.row());

        QTest::mouseClick(bar->button(QLatin1Char('#')), Qt::LeftButton);
        QCOMPARE(initialOf(page->view()->currentIndex()), QStringLiteral("3"));
    }

    void sortingTurnsTheListAround()
    {
        KindListPage page(m_large.repo(), Kind::Condition, nullptr);
        const QString first = page.model()->index(0).data().toString();
        const QString last = page.model()->index(kGenerated - 1).data().toString();
        QTest::mouseClick(page.sortButton(), Qt::LeftButton);
        QVERIFY(page.model()->isDescending());
        QCOMPARE(page.model()->index(0).data().toString(), last);
        QCOMPARE(page.model()->index(kGenerated - 1).data().toString(), first);
        // Z-A, a letter still jumps to where its entries start.
        QVERIFY(page.jumpToLetter(QLatin1Char('M')));
        const QModelIndex current = page.view()->currentIndex();
        QCOMPARE(initialOf(current), QStringLiteral("马"));
        QVERIFY(initialOf(current.siblingAtRow(current.row() - 1)) != QStringLiteral("马"));
        QVERIFY(!page.jumpToLetter(QLatin1Char('U')));
    }

    void departmentFilterNarrowsTheList()
    {
        DepartmentTreeModel departments(m_large.repo());
        KindListPage page(m_large.repo(), Kind::Condition, &departments);
        QComboBox *filter = page.departmentFilter();
        QVERIFY(filter);
        QCOMPARE(filter->count(), 1 + 5);
        const EntityRef topA = m_large.repo().ref(Kind::Department, QStringLiteral("top-a"));
        filter->setCurrentIndex(filter->findData(topA.rowid));
        QCOMPARE(page.model()->rowCount(), kGenerated - kGenerated / 3); // child-0 and child-1 (child-2 has the rest)
        const EntityRef child = m_large.repo().ref(Kind::Department, QStringLiteral("child-2"));
        filter->setCurrentIndex(filter->findData(child.rowid));
        QCOMPARE(page.model()->rowCount(), kGenerated / 3);
        for (int row : {0, 100, kGenerated / 3 - 1})
            QVERIFY(page.model()->index(row).data(EntityListModel::SubtitleRole).toString().startsWith(QStringLiteral("科2")));
        filter->setCurrentIndex(0);
        QCOMPARE(page.model()->rowCount(), kGenerated);
    }

    void departmentTreeShowsCountsAndMembers()
    {
        KindBrowser browser(m_bundled.repo());
        browser.resize(400, 700);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        browser.showKind(Kind::Department);
        DepartmentBrowser *departments = browser.departments();
        auto *model = qobject_cast<DepartmentTreeModel *>(departments->tree()->model());
        const EntityRef neurology = m_bundled.repo().ref(Kind::Department, QStringLiteral("neurology"));
        const EntityRef internal = m_bundled.repo().ref(Kind::Department, QStringLiteral("internal-medicine"));
        const QModelIndex row = model->indexOfDepartment(neurology.rowid);
        QVERIFY(row.isValid());
        QCOMPARE(row.parent().data(DepartmentTreeModel::RowidRole).toLongLong(), internal.rowid);
        const int conditions = m_bundled.repo().listSize(Kind::Condition, neurology.rowid);
        const int doctors = m_bundled.repo().listSize(Kind::Doctor, neurology.rowid);
        QVERIFY(conditions >= 10);
        QVERIFY(doctors >= 3);
        QCOMPARE(row.siblingAtColumn(DepartmentTreeModel::ConditionsColumn).data().toInt(), conditions);
        QCOMPARE(row.siblingAtColumn(DepartmentTreeModel::DoctorsColumn).data().toInt(), doctors);
        // Internal medicine counts its sub-departments' conditions too.
        QVERIFY(model->indexOfDepartment(internal.rowid).siblingAtColumn(1).data().toInt() >= conditions);

        // Choosing a department lists its conditions, then its doctors.
        departments->tree()->setCurrentIndex(row);
        QCOMPARE(departments->membersModel()->rowCount(), conditions);
        departments->memberKinds()->setCurrentIndex(1);
        QCOMPARE(departments->membersModel()->kind(), Kind::Doctor);
        QCOMPARE(departments->membersModel()->rowCount(), doctors);
        QStringList names;
        for (int i = 0; i < doctors; ++i)
            names << departments->membersModel()->index(i).data().toString();
        QVERIFY(names.contains(QStringLiteral("叶琳")));

        // Activating the department opens its page.
        QSignalSpy open(&browser, &KindBrowser::openRequested);
        emit departments->tree()->activated(row);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).toUrl(), QUrl(QStringLiteral("huanjiao://department/neurology")));
    }

    void listEntriesOpenLikeLinks()
    {
        KindListPage page(m_bundled.repo(), Kind::Drug, nullptr);
        page.resize(360, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        EntityListView *view = page.view();
        QSignalSpy open(&page, &KindListPage::openRequested);
        const QModelIndex first = page.model()->index(0);
        const QPoint point = view->visualRect(first).center();
        const QUrl url = first.data(EntityListModel::UriRole).toUrl();

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, point);
        QTest::mouseClick(view->viewport(), Qt::MiddleButton, {}, point);
        view->setFocus();
        view->setCurrentIndex(first);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.count(), 4);
        const QList<bool> newTab{false, true, true, false};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(open.at(i).at(0).toUrl(), url);
            QCOMPARE(open.at(i).at(1).toBool(), newTab.at(i));
        }
        std::unique_ptr<QMenu> menu(view->createContextMenu(point));
        QVERIFY(menu);
        menu->actions().at(1)->trigger();
        QCOMPARE(open.count(), 5);
        QCOMPARE(open.last().at(1).toBool(), true);
    }
};

QTEST_MAIN(TestKindBrowser)
#include "tst_kindbrowser.moc"
