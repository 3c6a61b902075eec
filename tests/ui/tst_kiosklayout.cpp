// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk laid out at the screen sizes kiosks have (1024x768, 1280x1024,
// 1366x768, 1920x1080 and a portrait 1080x1920), in both interface
// languages, at everything a visitor or staff can see: the wayfinding home
// and the lists it leads to, every kind's list, the department tree and the
// list under it, search results, a condition page with its outline, the PIN
// pad, the staff's choice and the staff settings. It fails when visible text
// is cut, elided or clipped by what holds it, a control or a list row is
// under 48 px in its touch dimension, a list shows fewer than five rows,
// anything scrolls sideways, or a link of the page's outline is split
// across lines.
// ctest runs it twice: offscreen, and on a real X server (Xvfb, no window
// manager, as the X11 kiosk session runs) with HUANJIAO_TEST_XVFB set to the
// screen's size; the fonts and metrics there are the ones a kiosk has.
// With HUANJIAO_SCREENSHOT_DIR set it also saves what it looked at, as PNGs.

#include "AdminPinDialog.h"
#include "AdminPinStore.h"
#include "BrowserWindow.h"
#include "BundledContent.h"
#include "DepartmentBrowser.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "EntityListModel.h"
#include "ExitGesture.h"
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
#include "StaffChoiceDialog.h"
#include "StaffSettingsDialog.h"
#include "TemporarySettings.h"
#include "VisibleTextChecks.h"
#include "XvfbServer.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QLabel>
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
#include <QTreeView>

#include <cstdio>
#include <algorithm>
#include <climits>
#include <memory>

using namespace huanjiao;

namespace {

const QUrl kSpasm(QStringLiteral("huanjiao://condition/hemifacial-spasm"));
const QString kPin = QStringLiteral("246813");
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

// The height of a list's rows: the middle one of its first entries
// (headings of the results left out; results vary with their snippets).
int rowHeight(QAbstractItemView *view)
{
    QList<int> heights;
    const int rows = view->model() ? qMin(view->model()->rowCount(view->rootIndex()), 9) : 0;
    for (int row = 0; row < rows; ++row) {
        if (!view->model()->index(row, 0, view->rootIndex()).data(SearchResultsModel::IsHeaderRole).toBool()
            || qobject_cast<EntityListView *>(view) || qobject_cast<QTreeView *>(view))
            heights << view->sizeHintForRow(row);
    }
    std::sort(heights.begin(), heights.end());
    return heights.isEmpty() ? 0 : heights.at(heights.size() / 2);
}

// A paint device that keeps the text drawn on it, as it is drawn: what a
// list's delegate makes of an entry too long for its row (an elided "…").
class TextRecorder : public QPaintEngine
{
public:
    TextRecorder() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawTextItem(const QPointF &, const QTextItem &item) override { texts << item.text(); }
    Type type() const override { return QPaintEngine::User; }
    QStringList texts;
};

class TextDevice : public QPaintDevice
{
public:
    explicit TextDevice(QWidget *like) : m_like(like) {}
    QPaintEngine *paintEngine() const override { return &m_engine; }
    QStringList texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_like->width();
        case PdmHeight:
            return m_like->height();
        case PdmDpiX:
        case PdmPhysicalDpiX:
            return m_like->logicalDpiX();
        case PdmDpiY:
        case PdmPhysicalDpiY:
            return m_like->logicalDpiY();
        case PdmWidthMM:
            return m_like->widthMM();
        case PdmHeightMM:
            return m_like->heightMM();
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        case PdmDevicePixelRatio:
            return 1;
        case PdmNumColors:
            return INT_MAX;
        default:
            return 32; // PdmDepth
        }
    }

private:
    QWidget *m_like;
    mutable TextRecorder m_engine;
};

// What a row of a list shows is whole: each entry in sight drawn by the
// list's own delegate, and none of its text comes out elided.
void checkRowsWhole(QAbstractItemView *view, test::Checker &checker, const QString &name)
{
    static const QChar ellipsis(0x2026);
    const QRect shown = view->viewport()->rect();
    QList<QModelIndex> indexes;
    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        for (QModelIndex index = tree->indexAt(QPoint(1, 1)); index.isValid() && tree->visualRect(index).intersects(shown);
             index = tree->indexBelow(index)) {
            for (int column = 0; column < tree->model()->columnCount(index.parent()); ++column)
                indexes << index.siblingAtColumn(column);
        }
        const int margin = tree->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, tree->header()) * 2;
        for (int column = 0; column < tree->model()->columnCount(); ++column) {
            const QString text = tree->model()->headerData(column, Qt::Horizontal).toString();
            const int needed = tree->header()->fontMetrics().horizontalAdvance(text) + margin;
            if (!tree->header()->isHidden() && !tree->isColumnHidden(column) && needed > tree->header()->sectionSize(column))
                checker.fail(name, QStringLiteral("%1: the heading \"%2\" is elided: %3 of %4 px")
                                       .arg(view->accessibleName(), text)
                                       .arg(tree->header()->sectionSize(column))
                                       .arg(needed));
        }
    } else if (view->model()) {
        for (int row = 0; row < view->model()->rowCount(view->rootIndex()); ++row) {
            const QModelIndex index = view->model()->index(row, 0, view->rootIndex());
            if (view->visualRect(index).intersects(shown))
                indexes << index;
        }
    }
    // Qt's own delegate (the department tree's) draws its text as glyphs the
    // recorder cannot read back: its text is measured against its cell instead.
    const bool plain = !qobject_cast<EntityListView *>(view) && !qobject_cast<SearchResultsModel *>(view->model());
    if (plain) {
        const int margin = (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) * 2;
        const QFontMetrics metrics(view->font());
        for (const QModelIndex &index : std::as_const(indexes)) {
            const QString text = index.data().toString();
            // A list's row may be as wide as its text: what shows of it is what is in the viewport.
            const int room = view->visualRect(index).intersected(shown).width() - margin;
            if (metrics.horizontalAdvance(text) > room)
                checker.fail(name, QStringLiteral("%1: \"%2\" is elided: %3 of %4 px")
                                       .arg(view->accessibleName(), text)
                                       .arg(room)
                                       .arg(metrics.horizontalAdvance(text)));
        }
        return;
    }
    for (const QModelIndex &index : std::as_const(indexes)) {
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.widget = view;
        option.font = view->font();
        option.rect = view->visualRect(index);
        option.showDecorationSelected = true;
        TextDevice device(view->viewport());
        {
            QPainter painter(&device);
            view->itemDelegateForIndex(index)->paint(&painter, option, index);
        }
        for (const QString &text : device.texts()) {
            // A result's snippet marks with "…" where it starts within the text.
            if (text.contains(ellipsis) && !index.data().toString().contains(ellipsis)
                && !index.data(SearchResultsModel::SnippetRole).toString().contains(ellipsis))
                checker.fail(name, QStringLiteral("%1: \"%2\" is elided to \"%3\"")
                                       .arg(view->accessibleName(), index.data().toString(), text));
        }
    }
}

// Every list on show: rows a finger can touch, at least five of them in
// sight, each whole.
void checkLists(QWidget *top, test::Checker &checker, const QString &name)
{
    for (QAbstractItemView *view : top->findChildren<QAbstractItemView *>()) {
        if (!view->isVisibleTo(top) || view->window() != top || view->visibleRegion().isEmpty())
            continue;
        const QString list = view->accessibleName().isEmpty() ? QString::fromLatin1(view->metaObject()->className())
                                                              : view->accessibleName();
        const int height = rowHeight(view);
        if (height <= 0) {
            checker.fail(name, QStringLiteral("%1 shows no entries").arg(list));
            continue;
        }
        if (height < kTouch)
            checker.fail(name, QStringLiteral("%1 has rows of %2 px, under %3").arg(list).arg(height).arg(kTouch));
        if (view->viewport()->height() < kRows * height)
            checker.fail(name, QStringLiteral("%1 shows %2 px, under %3 rows of %4 px")
                                   .arg(list)
                                   .arg(view->viewport()->height())
                                   .arg(kRows)
                                   .arg(height));
        checkRowsWhole(view, checker, name);
    }
}

// Text cut off by what holds it: a label or button that reaches past the
// side of any widget it sits in (a page wider than its scroll area, say),
// or past the bottom of one that does not scroll.
void checkNotClipped(QWidget *top, test::Checker &checker, const QString &name)
{
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(top) || widget->window() != top || widget->visibleRegion().isEmpty())
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget))
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = test::shown(button->text());
        if (text.isEmpty() || qobject_cast<QScrollBar *>(widget->parentWidget()))
            continue;
        QRect rect = widget->rect();
        bool vertically = true;
        for (QWidget *child = widget, *parent = widget->parentWidget(); parent && child != top;
             child = parent, parent = parent->parentWidget()) {
            rect.translate(child->pos());
            const QRect room = parent->rect();
            if (rect.left() < room.left() || rect.right() > room.right()) {
                checker.fail(name, QStringLiteral("\"%1\" is clipped at the side: %2 px wide at x %3 in %4 px")
                                       .arg(text)
                                       .arg(widget->width())
                                       .arg(rect.left())
                                       .arg(room.width()));
                break;
            }
            // Past the bottom of a scrolled page is where scrolling takes it.
            if (parent->objectName() == QLatin1String("qt_scrollarea_viewport"))
                vertically = false;
            if (vertically && (rect.top() < room.top() || rect.bottom() > room.bottom())) {
                checker.fail(name, QStringLiteral("\"%1\" is clipped at the bottom: %2 px of %3 to %4 in %5")
                                       .arg(text)
                                       .arg(widget->height())
                                       .arg(rect.bottom() + 1)
                                       .arg(room.height())
                                       .arg(QString::fromLatin1(parent->metaObject()->className())));
                break;
            }
        }
    }
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
    QSize m_screen;

    void checkAll(QWidget *window, test::Checker &checker, const QString &name)
    {
        // What was laid out anew (the home page's grids after a resize) in place first.
        // (Each layout done may ask its parent's anew.)
        for (int i = 0; i < 4; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
        checker.checkWindow(window, name);
        checkTouchSizes(window, checker, name);
        checkNoSidewaysScrolling(window, checker, name);
        checkPlaceholders(window, checker, name);
        checkLists(window, checker, name);
        checkNotClipped(window, checker, name);
    }

    // The dialogs the kiosk opens over itself, on the same screen.
    void checkDialog(QWidget *dialog, test::Checker &checker, const QString &name)
    {
        checkAll(dialog, checker, name);
        if (dialog->frameGeometry().width() > m_screen.width() || dialog->frameGeometry().height() > m_screen.height())
            checker.fail(name, QStringLiteral("%1x%2 does not fit the screen").arg(dialog->width()).arg(dialog->height()));
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
        QVERIFY(AdminPinStore(*m_settings).setPin(kPin));
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
        m_screen = screen;
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        KioskController kiosk(&window, m_content.repo(), KioskSettings(), *m_settings);
        kiosk.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // One screen for every size (offscreen, or Xvfb's): the window takes the kiosk's.
        window.setWindowState(Qt::WindowNoState);
        window.setGeometry(QRect(QPoint(0, 0), screen));
        QTRY_COMPARE(window.size(), screen);
        QTest::qWait(50);
        auto *layout = kiosk.findChild<KioskLayout *>();
        QVERIFY(layout);
        QCOMPARE(layout->arrangement(), arrangement);
        const QString size = QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height());
        const QString suffix = language == QLatin1String("en") ? QStringLiteral("-en") : QString();
        const auto touch = [](QWidget *widget) {
            QVERIFY2(widget && widget->isVisible(), widget ? qPrintable(widget->objectName()) : "missing");
            QTest::mouseClick(widget, Qt::LeftButton);
            QTest::qWait(30); // the home page's buttons act queued
        };

        // Home: the wayfinding page, the kind buttons and the first list.
        KioskHomePage *home = kiosk.homePage();
        QVERIFY(home->isVisible());
        QVERIFY(layout->kindChooser()->isVisible());
        KindListPage *conditions = window.kinds()->listPage(Kind::Condition);
        QTRY_VERIFY(conditions->model()->rowCount() > 0);
        checkAll(&window, checker, QStringLiteral("home"));
        save(&window, QStringLiteral("kiosk-home-") + size + suffix);
        // What its pictures lead to: a body area's topics, a group of departments.
        touch(home->findChild<QAbstractButton *>(QStringLiteral("area_head-neck")));
        QVERIFY(!home->showsFront());
        checkAll(&window, checker, QStringLiteral("home, a body area"));
        touch(home->findChild<QAbstractButton *>(QStringLiteral("kioskBack")));
        touch(home->findChild<QAbstractButton *>(QStringLiteral("department_internal-medicine")));
        QVERIFY(!home->showsFront());
        checkAll(&window, checker, QStringLiteral("home, a group of departments"));
        save(&window, QStringLiteral("kiosk-home-departments-") + size + suffix);
        touch(home->findChild<QAbstractButton *>(QStringLiteral("kioskBack")));
        QVERIFY(home->showsFront());

        // Every kind's list, chosen by its button.
        for (QAbstractButton *button : layout->kindChooser()->buttons()) {
            touch(button);
            checkAll(&window, checker, QStringLiteral("kind ") + button->text());
        }
        // The department tree, and a department's conditions when one is touched.
        touch(layout->kindChooser()->findChild<QAbstractButton *>(QStringLiteral("kind_department")));
        DepartmentBrowser *departments = window.kinds()->departments();
        QTreeView *tree = departments->tree();
        QTRY_VERIFY(tree->isVisible());
        save(&window, QStringLiteral("kiosk-departments-") + size + suffix);
        const QModelIndex department = tree->model()->index(0, 0);
        QVERIFY(department.isValid());
        if (QGuiApplication::platformName() == QLatin1String("xcb")) {
            // A finger's touch: held a moment, as flick scrolling waits to see it does not move.
            const QPoint at = tree->visualRect(department).center();
            QTest::mousePress(tree->viewport(), Qt::LeftButton, {}, at);
            QTest::qWait(300);
            QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, at);
        } else {
            // Offscreen, a press this far down (past its one screen's 800x600) does not arrive.
            tree->setCurrentIndex(department);
            emit tree->clicked(department);
        }
        QTRY_VERIFY(departments->members()->isVisible());
        QTRY_VERIFY(departments->membersModel() && departments->membersModel()->rowCount() > 0);
        QTest::qWait(30);
        checkAll(&window, checker, QStringLiteral("a department's conditions"));
        save(&window, QStringLiteral("kiosk-department-") + size + suffix);
        touch(layout->kindChooser()->buttons().constFirst());

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

        // Staff's way in: the PIN pad, the choice, the settings.
        emit kiosk.exitGesture()->triggered();
        AdminPinDialog *pad = kiosk.pinDialog();
        QVERIFY(pad);
        QVERIFY(QTest::qWaitForWindowExposed(pad));
        checkDialog(pad, checker, QStringLiteral("PIN pad"));
        save(pad, QStringLiteral("kiosk-pin-") + size + suffix);
        for (const QChar digit : kPin)
            QTest::mouseClick(pad->findChild<QPushButton *>(QStringLiteral("pin_") + digit), Qt::LeftButton);
        QTest::mouseClick(pad->findChild<QPushButton *>(QStringLiteral("pin_ok")), Qt::LeftButton);
        QTRY_VERIFY(kiosk.staffChoice() && kiosk.staffChoice()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(kiosk.staffChoice()));
        checkDialog(kiosk.staffChoice(), checker, QStringLiteral("staff choice"));
        QTest::mouseClick(kiosk.staffChoice()->findChild<QPushButton *>(QStringLiteral("staffSettings")),
                          Qt::LeftButton);
        QTRY_VERIFY(kiosk.staffSettings() && kiosk.staffSettings()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(kiosk.staffSettings()));
        QTest::qWait(30);
        checkDialog(kiosk.staffSettings(), checker, QStringLiteral("staff settings"));
        save(kiosk.staffSettings(), QStringLiteral("kiosk-settings-") + size + suffix);
        kiosk.staffSettings()->reject();

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
        QStringListModel rows({QStringLiteral("a"), QStringLiteral("b"),
                               QStringLiteral("a row far longer than the list is wide")});
        list->setModel(&rows);
        list->setTextElideMode(Qt::ElideRight);
        auto *box = new QWidget(&top);
        box->setGeometry(300, 200, 60, 60);
        auto *wide = new QLabel(QStringLiteral("wider than its box"), box);
        wide->setGeometry(0, 0, 120, 30);
        box->show();
        checkRows(list, 0, checker, QStringLiteral("probe"));
        checkLists(&top, checker, QStringLiteral("probe"));
        checkNotClipped(&top, checker, QStringLiteral("probe"));
        checkLinksWhole(page, checker, QStringLiteral("probe"));
        const QString found = checker.problems().join(QLatin1Char('\n'));
        QVERIFY2(found.contains(QLatin1String("\"small\" is 80x30")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("short list scrolls sideways")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("is cut")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("under 5 rows")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("is split across lines")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("short list has rows of")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("\"a row far longer than the list is wide\" is elided")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("\"wider than its box\" is clipped at the side")), qPrintable(found));
        // The same link kept whole passes.
        test::Checker whole(QStringLiteral("en"), QSize(400, 300));
        page->setHtml(QStringLiteral("<p>前面的文字<a href=\"#x\">%1</a></p>").arg(HtmlText::unbroken(QStringLiteral("链接文字"))));
        checkLinksWhole(page, whole, QStringLiteral("probe"));
        QVERIFY2(whole.problems().isEmpty(), qPrintable(whole.problems().join(QLatin1Char('\n'))));
    }
};

// With HUANJIAO_TEST_XVFB set to a screen size ("1920x1920", room for each
// size tested), on an X server of the test's own, started before the
// application connects to it.
int main(int argc, char *argv[])
{
    test::XvfbServer server;
    const QString xvfb = qEnvironmentVariable("HUANJIAO_TEST_XVFB");
    if (!xvfb.isEmpty()) {
        if (!test::XvfbServer::installed()) {
            // Only where the package is missing; CI installs it (packaging/debian12-packages.txt).
            std::printf("SKIP: Xvfb is not installed (Debian package xvfb)\n");
            return test::XvfbServer::kSkipped;
        }
        if (!server.start(xvfb)) {
            std::fprintf(stderr, "Xvfb did not start\n");
            return 1;
        }
    }
    QApplication app(argc, argv);
    TestKioskLayout test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_kiosklayout.moc"
