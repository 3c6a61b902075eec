// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk laid out at the screen sizes kiosks have (1024x768, 1280x1024,
// 1366x768, 1920x1080 and a portrait 1080x1920), in both interface
// languages, on the home page, with search results and on a condition page.
// It fails when visible text is cut or elided, a control is under 48 px in
// its touch dimension, a list shows fewer than five rows, anything scrolls
// sideways, or a link of the page's outline is split across lines.
// With HUANJIAO_SCREENSHOT_DIR set it also saves what it looked at, as PNGs.

#include "BrowserWindow.h"
#include "BundledContent.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "EntityListModel.h"
#include "EntityListView.h"
#include "HtmlText.h"
#include "InterfaceLanguage.h"
#include "KindBrowser.h"
#include "KindChooser.h"
#include "KindListPage.h"
#include "KioskController.h"
#include "KioskHomePage.h"
#include "KioskLayout.h"
#include "OnScreenKeyboard.h"
#include "PageSource.h"
#include "PageView.h"
#include "SearchBox.h"
#include "SearchResultsModel.h"
#include "Sidebar.h"
#include "TemporarySettings.h"
#include "VisibleTextChecks.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QTextBrowser>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolBar>

#include <memory>

using namespace huanjiao;

namespace {

const QUrl kSpasm(QStringLiteral("huanjiao://condition/hemifacial-spasm"));
constexpr int kTouch = 48; // px
constexpr int kRows = 5;

// Controls a finger touches: at least 48 px in the direction it is touched
// (buttons and fields both ways, so a key is not a sliver). Scroll bars are
// left out: a kiosk scrolls by a flick, its bars only show where one is.
void checkTouchSizes(QWidget *top, test::Checker &checker, const QString &name)
{
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(top) || widget->visibleRegion().isEmpty())
            continue;
        if (widget->objectName().startsWith(QLatin1String("qt_")) || widget->inherits("QLineEditIconButton")
            || qobject_cast<QScrollBar *>(widget->parentWidget()))
            continue;
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget);
        if (!control)
            continue;
        const int touch = qMin(widget->width(), widget->height());
        if (touch < kTouch)
            checker.fail(name, QStringLiteral("%1 \"%2\" is %3x%4 px, under %5")
                                   .arg(QString::fromLatin1(widget->metaObject()->className()),
                                        widget->objectName().isEmpty() ? widget->accessibleName()
                                                                       : widget->objectName())
                                   .arg(widget->width())
                                   .arg(widget->height())
                                   .arg(kTouch));
    }
    for (QTabBar *bar : top->findChildren<QTabBar *>()) {
        if (!bar->isVisibleTo(top))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabRect(i).height() < kTouch)
                checker.fail(name, QStringLiteral("tab \"%1\" is %2 px high").arg(bar->tabText(i)).arg(bar->tabRect(i).height()));
        }
    }
}

void checkNoSidewaysScrolling(QWidget *top, test::Checker &checker, const QString &name)
{
    for (QAbstractScrollArea *area : top->findChildren<QAbstractScrollArea *>()) {
        if (area->isVisibleTo(top) && area->horizontalScrollBar()->isVisibleTo(top))
            checker.fail(name, QStringLiteral("%1 scrolls sideways")
                                   .arg(area->objectName().isEmpty() ? area->accessibleName() : area->objectName()));
    }
}

// The placeholder text of a field is read whole, as other text is.
void checkPlaceholders(QWidget *top, test::Checker &checker, const QString &name)
{
    for (QLineEdit *edit : top->findChildren<QLineEdit *>()) {
        if (!edit->isVisibleTo(top) || edit->placeholderText().isEmpty())
            continue;
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->rect();
        option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
        const QRect room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit)
                               .marginsRemoved(edit->textMargins());
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 4; // Qt's inner margin
        if (needed > room.width())
            checker.fail(name, QStringLiteral("the hint \"%1\" is cut: %2 of %3 px")
                                   .arg(edit->placeholderText())
                                   .arg(room.width())
                                   .arg(needed));
    }
}

void checkRows(QAbstractItemView *view, int row, test::Checker &checker, const QString &name)
{
    const int height = view->sizeHintForRow(row);
    if (height <= 0 || view->viewport()->height() < kRows * height)
        checker.fail(name, QStringLiteral("%1 shows %2 px, under %3 rows of %4 px")
                               .arg(view->accessibleName())
                               .arg(view->viewport()->height())
                               .arg(kRows)
                               .arg(height));
}

// A link of the outline (an in-page link) on one line: its first and last
// characters are laid out on the same line.
void checkLinksWhole(QTextBrowser *view, test::Checker &checker, const QString &name)
{
    QTextDocument *document = view->document();
    document->documentLayout(); // laid out at the view's width
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() < 2)
            continue;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor() || !format.anchorHref().contains(QLatin1Char('#')) || fragment.length() < 2)
                continue;
            const int first = fragment.position() - block.position();
            const int last = first + fragment.length() - 1;
            // A line may end inside a link only where its words part (Latin text).
            bool split = false;
            const QString text = block.text();
            for (int line = layout->lineForTextPosition(first).lineNumber() + 1;
                 line <= layout->lineForTextPosition(last).lineNumber(); ++line) {
                const int start = layout->lineAt(line).textStart();
                if (start > 0 && !text.at(start - 1).isSpace())
                    split = true;
            }
            if (split)
                checker.fail(name, QStringLiteral("the link \"%1\" is split across lines")
                                       .arg(HtmlText::withoutJoiners(fragment.text())));
        }
    }
}

} // namespace

class TestKioskLayout : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_settings;

    void checkAll(QWidget *window, test::Checker &checker, const QString &name)
    {
        checker.checkWindow(window, name);
        checkTouchSizes(window, checker, name);
        checkNoSidewaysScrolling(window, checker, name);
        checkPlaceholders(window, checker, name);
    }

    static void save(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("HUANJIAO_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::useTemporarySettings(m_settingsDir));
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
        m_settings = std::make_unique<QSettings>();
        KioskController::setApplicationFont(KioskSettings());
    }

    void everySizeReadsWholeAndTouchSized_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<KioskLayout::Arrangement>("arrangement");
        const QList<std::pair<QSize, KioskLayout::Arrangement>> screens{
            {QSize(1024, 768), KioskLayout::Arrangement::Strip},
            {QSize(1280, 1024), KioskLayout::Arrangement::Strip},
            {QSize(1366, 768), KioskLayout::Arrangement::Strip},
            {QSize(1920, 1080), KioskLayout::Arrangement::Column},
            {QSize(1080, 1920), KioskLayout::Arrangement::Portrait}};
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            for (const auto &[screen, arrangement] : screens)
                QTest::addRow("%s %dx%d", qPrintable(language), screen.width(), screen.height())
                    << language << screen << arrangement;
        }
    }

    void everySizeReadsWholeAndTouchSized()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        QFETCH(KioskLayout::Arrangement, arrangement);
        QVERIFY(InterfaceLanguage::install(qApp, language));
        test::Checker checker(language, screen);
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        KioskController kiosk(&window, m_content.repo(), KioskSettings(), *m_settings);
        kiosk.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The offscreen screen has one size: the window takes the kiosk's.
        window.setWindowState(Qt::WindowNoState);
        window.setGeometry(QRect(QPoint(0, 0), screen));
        QTRY_COMPARE(window.size(), screen);
        QTest::qWait(50);
        auto *layout = kiosk.findChild<KioskLayout *>();
        QVERIFY(layout);
        QCOMPARE(layout->arrangement(), arrangement);
        const QString size = QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height());
        const QString suffix = language == QLatin1String("en") ? QStringLiteral("-en") : QString();

        // Home: the kind buttons and the first list.
        QVERIFY(kiosk.homePage()->isVisible());
        QVERIFY(layout->kindChooser()->isVisible());
        KindListPage *conditions = window.kinds()->listPage(Kind::Condition);
        QTRY_VERIFY(conditions->model()->rowCount() > 0);
        checkAll(&window, checker, QStringLiteral("home"));
        checkRows(conditions->view(), 0, checker, QStringLiteral("home"));
        save(&window, QStringLiteral("kiosk-home-") + size + suffix);

        // Every kind's list, chosen by its button.
        for (QAbstractButton *button : layout->kindChooser()->buttons()) {
            QTest::mouseClick(button, Qt::LeftButton);
            QTest::qWait(20);
            checkAll(&window, checker, QStringLiteral("kind ") + button->text());
        }
        QTest::mouseClick(layout->kindChooser()->buttons().constFirst(), Qt::LeftButton);

        // Search results, as a visitor types on the on-screen keyboard.
        for (const QString &key : {QStringLiteral("t"), QStringLiteral("t")})
            QTest::mouseClick(kiosk.keyboard()->key(key), Qt::LeftButton);
        Sidebar *sidebar = window.sidebar();
        QTRY_COMPARE(sidebar->resultsModel()->results().query, QStringLiteral("tt"));
        QTRY_VERIFY(sidebar->resultsView()->isVisible());
        QVERIFY(sidebar->resultsModel()->hitCount() >= kRows);
        QTest::qWait(20);
        checkAll(&window, checker, QStringLiteral("results"));
        checkRows(sidebar->resultsView(), sidebar->resultsModel()->firstHitRow(), checker, QStringLiteral("results"));
        save(&window, QStringLiteral("kiosk-search-") + size + suffix);

        // A condition page, with its outline.
        window.openUrl(kSpasm);
        QTRY_VERIFY(!kiosk.homePage()->isVisible());
        QTest::qWait(50);
        checkAll(&window, checker, QStringLiteral("condition page"));
        checkLinksWhole(window.documents()->currentDocument()->view(), checker, QStringLiteral("condition page"));
        save(&window, QStringLiteral("kiosk-page-") + size + suffix);

        QVERIFY2(checker.problems().isEmpty(), qPrintable(checker.problems().join(QLatin1Char('\n'))));
    }

    // A row of controls that comes later (read aloud's, once a voice is
    // ready) takes height from the column: the keyboard moves under the page
    // and the list keeps five rows.
    void aLaterToolbarRowMovesTheKeyboard()
    {
        QVERIFY(InterfaceLanguage::install(qApp, QStringLiteral("zh_CN")));
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        KioskController kiosk(&window, m_content.repo(), KioskSettings(), *m_settings);
        kiosk.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setWindowState(Qt::WindowNoState);
        window.setGeometry(0, 0, 1920, 1080);
        QTRY_COMPARE(window.size(), QSize(1920, 1080));
        auto *layout = kiosk.findChild<KioskLayout *>();
        QTRY_COMPARE(layout->arrangement(), KioskLayout::Arrangement::Column);
        auto *toolbar = new QToolBar(&window);
        toolbar->addAction(QStringLiteral("朗读"));
        window.addToolBar(toolbar);
        kiosk.adoptToolBar(toolbar);
        QTRY_COMPARE(layout->arrangement(), KioskLayout::Arrangement::Strip);
        QTest::qWait(20);
        test::Checker checker(QStringLiteral("zh_CN"), QSize(1920, 1080));
        checkAll(&window, checker, QStringLiteral("with a second toolbar row"));
        checkRows(window.kinds()->listPage(Kind::Condition)->view(), 0, checker, QStringLiteral("with a second toolbar row"));
        QVERIFY2(checker.problems().isEmpty(), qPrintable(checker.problems().join(QLatin1Char('\n'))));
    }

    // The checks catch what they are for.
    void theChecksCatchTheirFaults()
    {
        QWidget top;
        top.resize(400, 300);
        auto *small = new QPushButton(QStringLiteral("OK"), &top);
        small->setObjectName(QStringLiteral("small"));
        small->setGeometry(0, 0, 80, 30);
        auto *list = new QListView(&top);
        list->setAccessibleName(QStringLiteral("short list"));
        list->setGeometry(0, 40, 120, 80);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        auto *edit = new QLineEdit(&top);
        edit->setPlaceholderText(QStringLiteral("A hint far too long for a field this narrow"));
        edit->setGeometry(0, 130, 100, 50);
        auto *page = new QTextBrowser(&top);
        page->setGeometry(150, 0, 120, 290);
        page->setHtml(QStringLiteral("<p>前面的文字<a href=\"#x\">一个很长很长很长很长的链接文字</a></p>"));
        top.show();
        QVERIFY(QTest::qWaitForWindowExposed(&top));
        test::Checker checker(QStringLiteral("en"), QSize(400, 300));
        checkTouchSizes(&top, checker, QStringLiteral("probe"));
        checkNoSidewaysScrolling(&top, checker, QStringLiteral("probe"));
        checkPlaceholders(&top, checker, QStringLiteral("probe"));
        QStringListModel rows({QStringLiteral("a"), QStringLiteral("b")});
        list->setModel(&rows);
        checkRows(list, 0, checker, QStringLiteral("probe"));
        checkLinksWhole(page, checker, QStringLiteral("probe"));
        const QString found = checker.problems().join(QLatin1Char('\n'));
        QVERIFY2(found.contains(QLatin1String("\"small\" is 80x30")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("short list scrolls sideways")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("is cut")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("under 5 rows")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("is split across lines")), qPrintable(found));
        // The same link kept whole passes.
        test::Checker whole(QStringLiteral("en"), QSize(400, 300));
        page->setHtml(QStringLiteral("<p>前面的文字<a href=\"#x\">%1</a></p>").arg(HtmlText::unbroken(QStringLiteral("链接文字"))));
        checkLinksWhole(page, whole, QStringLiteral("probe"));
        QVERIFY2(whole.problems().isEmpty(), qPrintable(whole.problems().join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestKioskLayout)
#include "tst_kiosklayout.moc"
