// Reading comfort: the type size follows Ctrl+=/-/0 and Ctrl+wheel on every
// tab and is remembered; the themes colour pages as well as the controls;
// the settings and About dialogs say what they should.

#include "AboutDialog.h"
#include "BrowserWindow.h"
#include "ContentDatabase.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "InterfaceSettings.h"
#include "PageRenderer.h"
#include "PageSource.h"
#include "PageView.h"
#include "Repository.h"
#include "SearchService.h"
#include "SettingsDialog.h"
#include "Themes.h"
#include "ViewActions.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QWheelEvent>

#include <optional>

using namespace huanjiao;

class TestReadingComfort : public QObject
{
    Q_OBJECT

    std::unique_ptr<ContentDatabase> m_db;
    std::optional<Repository> m_repo;
    std::optional<PageSource> m_pages;
    std::unique_ptr<SearchService> m_search;
    QTemporaryDir m_dir;
    const QUrl m_condition{QStringLiteral("huanjiao://condition/hemifacial-spasm")};

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("HuanjiaoTest"));
        OpenError error;
        m_db = ContentDatabase::open(QStringLiteral(HUANJIAO_TEST_DATABASE), &error);
        QVERIFY2(m_db, qPrintable(error.message()));
        m_repo.emplace(m_db->database());
        m_pages.emplace(*m_repo, m_db->info());
        m_search = std::make_unique<SearchService>(QStringLiteral(HUANJIAO_TEST_DATABASE));
    }

    void init()
    {
        QSettings().clear();
    }

    void zoomKeysSizeEveryTabAndAreRemembered()
    {
        qreal normal = 0;
        {
            BrowserWindow window(*m_repo, *m_pages, *m_search);
            window.openUrl(m_condition, true);
            PageView *first = window.documents()->document(0)->view();
            normal = first->font().pointSizeF();
            QCOMPARE(window.viewActions()->zoom(), 100);
            QCOMPARE(window.viewActions()->zoomInAction()->shortcuts().first(), QKeySequence(Qt::CTRL | Qt::Key_Equal));
            window.viewActions()->zoomInAction()->trigger();
            window.viewActions()->zoomInAction()->trigger();
            QCOMPARE(window.viewActions()->zoom(), 120);
            QCOMPARE(first->font().pointSizeF(), normal * 1.2);
            QCOMPARE(first->document()->defaultFont().pointSizeF(), normal * 1.2);
            QCOMPARE(window.documents()->document(1)->view()->zoom(), 120);
            window.viewActions()->zoomOutAction()->trigger();
            QCOMPARE(window.viewActions()->zoom(), 110);
        }
        {
            // The next run starts at the size the reader left.
            BrowserWindow window(*m_repo, *m_pages, *m_search);
            QCOMPARE(window.viewActions()->zoom(), 110);
            QCOMPARE(window.documents()->currentDocument()->view()->font().pointSizeF(), normal * 1.1);
            // A tab opened later gets it too.
            window.openUrl(m_condition, true);
            QCOMPARE(window.documents()->currentDocument()->view()->zoom(), 110);
            window.viewActions()->zoomResetAction()->trigger();
            QCOMPARE(window.viewActions()->zoom(), 100);
            QCOMPARE(InterfaceSettings::load(QSettings()).zoomPercent, 100);
        }
    }

    void zoomStaysWithinBounds()
    {
        BrowserWindow window(*m_repo, *m_pages, *m_search);
        for (int i = 0; i < 50; ++i)
            window.viewActions()->zoomBy(1);
        QCOMPARE(window.viewActions()->zoom(), InterfaceSettings::kMaxZoom);
        QVERIFY(!window.viewActions()->zoomInAction()->isEnabled());
        for (int i = 0; i < 50; ++i)
            window.viewActions()->zoomBy(-1);
        QCOMPARE(window.viewActions()->zoom(), InterfaceSettings::kMinZoom);
        QVERIFY(!window.viewActions()->zoomOutAction()->isEnabled());
        // A hand-edited settings file cannot make the text vanish.
        QSettings().setValue(QStringLiteral("interface/zoom"), 5);
        QCOMPARE(InterfaceSettings::load(QSettings()).zoomPercent, InterfaceSettings::kMinZoom);
        QSettings().setValue(QStringLiteral("interface/zoom"), QStringLiteral("big"));
        QCOMPARE(InterfaceSettings::load(QSettings()).zoomPercent, 100);
    }

    void ctrlWheelZooms()
    {
        BrowserWindow window(*m_repo, *m_pages, *m_search);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PageView *view = window.documents()->currentDocument()->view();
        const QPointF at(view->viewport()->rect().center());
        QWheelEvent up(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                       Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &up);
        QCOMPARE(window.viewActions()->zoom(), 110);
        QWheelEvent down(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                         Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &down);
        QApplication::sendEvent(view->viewport(), &down);
        QCOMPARE(window.viewActions()->zoom(), 90);
        // Without Ctrl the wheel scrolls, as always.
        QWheelEvent plain(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &plain);
        QCOMPARE(window.viewActions()->zoom(), 90);
    }

    void highContrastColoursPagesAndControls()
    {
        const QPalette original = QApplication::palette();
        BrowserWindow window(*m_repo, *m_pages, *m_search);
        window.openUrl(m_condition);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.viewActions()->applyTheme(InterfaceSettings::Theme::HighContrast);
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::white));
        PageView *view = window.documents()->currentDocument()->view();
        // The page was made anew with white text and yellow, underlined links.
        QTRY_VERIFY(view->document()->defaultStyleSheet().contains(QStringLiteral("#ffff00")));
        const QString sheet = view->document()->defaultStyleSheet();
        QVERIFY2(sheet.contains(QStringLiteral("color: #ffffff")), qPrintable(sheet));
        QVERIFY(sheet.contains(QStringLiteral("color: #ffff00")));
        QVERIFY(sheet.contains(QStringLiteral("underline")));
        QVERIFY(!sheet.contains(QStringLiteral("#5f6b7a"))); // no grey text on black
        // Back to the desktop's own colours.
        window.viewActions()->applyTheme(InterfaceSettings::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Base), original.color(QPalette::Base));
        QTRY_VERIFY(!view->document()->defaultStyleSheet().contains(QStringLiteral("#ffff00")));
    }

    void darkThemeHasLightText()
    {
        const QPalette dark = Themes::palette(InterfaceSettings::Theme::Dark, QPalette());
        QVERIFY(Themes::isDark(dark));
        QVERIFY(!Themes::isHighContrast(dark));
        QVERIFY(dark.color(QPalette::Text).lightness() > 200);
        QVERIFY(!Themes::isDark(Themes::palette(InterfaceSettings::Theme::Light, dark)));
        QVERIFY(PageRenderer::styleSheet(dark).contains(dark.color(QPalette::Text).name()));
    }

    void savedThemeIsAppliedAtStart()
    {
        const QPalette original = QApplication::palette();
        InterfaceSettings s;
        s.theme = InterfaceSettings::Theme::HighContrast;
        QSettings settings;
        s.save(settings);
        {
            BrowserWindow window(*m_repo, *m_pages, *m_search);
            QVERIFY(Themes::isHighContrast(QApplication::palette()));
        }
        QApplication::setPalette(original);
    }

    void settingsRoundTrip()
    {
        InterfaceSettings s;
        s.language = QStringLiteral("en");
        s.zoomPercent = 130;
        s.theme = InterfaceSettings::Theme::Dark;
        SettingsDialog dialog(s);
        const InterfaceSettings back = dialog.settings();
        QCOMPARE(back.language, s.language);
        QCOMPARE(back.zoomPercent, 130);
        QCOMPARE(back.theme, InterfaceSettings::Theme::Dark);
        QSettings settings;
        back.save(settings);
        const InterfaceSettings loaded = InterfaceSettings::load(settings);
        QCOMPARE(loaded.language, QStringLiteral("en"));
        QCOMPARE(loaded.theme, InterfaceSettings::Theme::Dark);
    }

    void settingsRefuseAMissingDatabase()
    {
        SettingsDialog dialog{InterfaceSettings{}};
        auto *database = dialog.findChild<QLineEdit *>();
        QVERIFY(database);
        database->setText(m_dir.filePath(QStringLiteral("nowhere.sqlite")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.problem().contains(QStringLiteral("nowhere.sqlite")));
        database->setText(QStringLiteral(HUANJIAO_TEST_DATABASE));
        QVERIFY(dialog.problem().isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aboutSaysVersionsLicencesAndDisclaimer()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        const ContentInfo info = m_db->info();
        const QString html = AboutDialog::html(info);
        QVERIFY(html.contains(QStringLiteral("9.8.7")));
        QVERIFY(html.contains(info.contentVersion.toHtmlEscaped()));
        QVERIFY(html.contains(info.buildDate.toHtmlEscaped()));
        for (const char *licence : {"LGPL v3", "Public domain", "Apache License 2.0", "LGPL v2.1", "Unicode", "Open Font License"})
            QVERIFY2(html.contains(QLatin1String(licence)), licence);
        QVERIFY(html.contains(QStringLiteral("120")));
    }
};

QTEST_MAIN(TestReadingComfort)
#include "tst_readingcomfort.moc"
