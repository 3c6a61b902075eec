// SPDX-License-Identifier: GPL-3.0-or-later
// The "same as the system" theme follows the desktop while the app runs: the
// light/dark preference of the XDG desktop portal (a fake one here, on a
// private session bus) and a new platform palette. Pages re-render in the
// new colours and keep their place; explicit themes are left alone.

#include "BrowserWindow.h"
#include "BundledContent.h"
#include "DesktopPortal.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "InterfaceSettings.h"
#include "PageRenderer.h"
#include "PageSource.h"
#include "PageView.h"
#include "PrivateSessionBus.h"
#include "SystemColorScheme.h"
#include "TemporarySettings.h"
#include "Themes.h"
#include "ViewActions.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QProxyStyle>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace huanjiao;

namespace {

using namespace DesktopPortal;

// As much of the portal's Settings interface as Huanjiao uses.
class FakePortal : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    QVariant value = QVariant::fromValue(uint(0)); // color-scheme
    int reads = 0;

public slots:
    QDBusVariant Read(const QString &space, const QString &key)
    {
        ++reads;
        if (space != kNamespace || key != kKey) {
            sendErrorReply(QStringLiteral("org.freedesktop.portal.Error.NotFound"),
                           QStringLiteral("Requested setting not found"));
            return {};
        }
        // Read wraps the value in a second variant, as the real portal does.
        return QDBusVariant(QVariant::fromValue(QDBusVariant(value)));
    }
};

// Stands in for a platform theme whose palette turned dark: Qt resolves the
// application palette against the style-polished platform palette.
class DarkPlatformStyle : public QProxyStyle
{
public:
    DarkPlatformStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }
    using QProxyStyle::polish;
    void polish(QPalette &palette) override
    {
        palette = QPalette(QColor(0x30, 0x30, 0x38));
    }
};

// Counts palette changes of the application.
class PaletteChanges : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            ++count;
        return false;
    }
};

} // namespace

class TestSystemTheme : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;
    QTemporaryDir m_dir;
    FakePortal m_portal;
    std::optional<QDBusConnection> m_portalBus;
    QColor m_platformWindow;
    const QUrl m_condition{QStringLiteral("huanjiao://condition/hemifacial-spasm")};

    void setPortal(bool present)
    {
        if (present)
            QVERIFY(m_portalBus->registerService(kService));
        else
            QVERIFY(m_portalBus->unregisterService(kService));
    }

    void emitChange(const QVariant &value, const QString &space = kNamespace, const QString &key = kKey)
    {
        QDBusMessage signal = QDBusMessage::createSignal(kPath, kInterface, QStringLiteral("SettingChanged"));
        signal << space << key << QVariant::fromValue(QDBusVariant(value));
        QVERIFY(m_portalBus->send(signal));
    }

    // The page was rendered anew for the palette the application has now.
    static bool pageMatchesPalette(const PageView *view)
    {
        return view->document()->defaultStyleSheet() == PageRenderer::styleSheet(Themes::pageColors(QApplication::palette()));
    }

    // What the reader sees: the page's background, grabbed from the screen.
    static bool pageLooksDark(PageView *view)
    {
        const QImage image = view->viewport()->grab().toImage();
        return image.pixelColor(4, image.height() - 4).lightness() < 128;
    }

    static void grab(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("HUANJIAO_GRAB_DIR");
        if (!dir.isEmpty())
            window->grab().save(QDir(dir).filePath(name));
    }

    // The window on screen with the condition page; false if it never came on screen.
    bool showCondition(BrowserWindow &window) const
    {
        window.openUrl(m_condition);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    static void followPlatform()
    {
        QPalette platform;
        platform.setResolveMask(0);
        QApplication::setPalette(platform);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::useTemporarySettings(m_dir));
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
        // The portal has a connection of its own, so the app's calls go
        // through the bus daemon as they would to the real portal.
        m_portalBus.emplace(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-portal")));
        QVERIFY2(m_portalBus->isConnected(), qPrintable(m_portalBus->lastError().message()));
        QVERIFY(m_portalBus->registerObject(kPath, &m_portal, QDBusConnection::ExportAllSlots));
        setPortal(true);
        m_platformWindow = QApplication::palette().color(QPalette::Window);
        QVERIFY2(!Themes::isDark(QApplication::palette()), "the offscreen platform's palette is light");
    }

    void init()
    {
        QSettings().clear();
        followPlatform();
        m_portal.value = QVariant::fromValue(uint(0));
        m_portal.reads = 0;
    }

    void portalValuesAreRead()
    {
        const auto wrapped = [](const QVariant &v) { return QVariant::fromValue(QDBusVariant(v)); };
        QCOMPARE(SystemColorScheme::fromPortal(QVariant::fromValue(uint(1))), ColorScheme::Dark);
        QCOMPARE(SystemColorScheme::fromPortal(wrapped(QVariant::fromValue(uint(2)))), ColorScheme::Light);
        QCOMPARE(SystemColorScheme::fromPortal(wrapped(wrapped(QVariant::fromValue(uint(0))))),
                 ColorScheme::NoPreference);
        QCOMPARE(SystemColorScheme::fromPortal(wrapped(QVariant::fromValue(uint(3)))), std::nullopt);
        QCOMPARE(SystemColorScheme::fromPortal(wrapped(QStringLiteral("dark"))), std::nullopt);
        QCOMPARE(SystemColorScheme::fromPortal(wrapped(true)), std::nullopt);
        QCOMPARE(SystemColorScheme::fromPortal(wrapped(1.0)), std::nullopt);
        QCOMPARE(SystemColorScheme::fromPortal(wrapped(wrapped(wrapped(QVariant::fromValue(uint(1)))))),
                 std::nullopt);
        QCOMPARE(SystemColorScheme::fromPortal(QVariant()), std::nullopt);
    }

    void noSessionBusMeansNoAttempt()
    {
        // No address and no socket where libdbus would look: nothing is tried
        // (libdbus would otherwise try to autolaunch a bus), and it says so at once.
        const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path()));
        QVERIFY(!SystemColorScheme::sessionBusConfigured());
        SystemColorScheme scheme;
        QSignalSpy settled(&scheme, &SystemColorScheme::settled);
        scheme.start();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        if (runtime.isNull())
            qunsetenv("XDG_RUNTIME_DIR");
        else
            qputenv("XDG_RUNTIME_DIR", runtime);
        QCOMPARE(settled.count(), 1);
        QCOMPARE(scheme.scheme(), ColorScheme::Unknown);
        QCOMPARE(m_portal.reads, 0);
    }

    void darkAtStartWhenThePortalSaysSo()
    {
        m_portal.value = QVariant::fromValue(uint(1));
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.openUrl(m_condition);
        SystemColorScheme *scheme = window.viewActions()->systemColorScheme();
        // Nothing is asked, not even the bus connected, before the window is on screen.
        QTest::qWait(100);
        QVERIFY(!scheme->isStarted());
        QCOMPARE(m_portal.reads, 0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(scheme->isSettled());
        QCOMPARE(m_portal.reads, 1);
        QCOMPARE(scheme->scheme(), ColorScheme::Dark);
        QVERIFY(Themes::isDark(QApplication::palette()));
        PageView *view = window.documents()->currentDocument()->view();
        QTRY_VERIFY(pageMatchesPalette(view));
        QVERIFY(pageLooksDark(view));
    }

    void aChangeFlipsTheAppLiveAndKeepsTheReadersPlace()
    {
        m_portal.value = QVariant::fromValue(uint(1));
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.openUrl(m_condition);
        window.openUrl(PageSource::homeUrl(), true);
        window.documents()->setCurrentIndex(1);
        window.viewActions()->setZoom(130);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SystemColorScheme *scheme = window.viewActions()->systemColorScheme();
        QTRY_COMPARE(scheme->scheme(), ColorScheme::Dark);
        PageView *page = window.documents()->document(1)->view();
        PageView *behind = window.documents()->document(0)->view();
        QTRY_VERIFY(pageMatchesPalette(page) && pageMatchesPalette(behind));
        QVERIFY(pageLooksDark(page));
        page->finishLayout();
        QVERIFY(page->verticalScrollBar()->maximum() > 0);
        page->setScrollPosition(page->verticalScrollBar()->maximum() / 2);
        const int scroll = page->scrollPosition();
        const QUrl shown = window.documents()->currentDocument()->url();
        grab(&window, QStringLiteral("system-dark.png"));

        emitChange(QVariant::fromValue(uint(2)));
        QTRY_COMPARE(scheme->scheme(), ColorScheme::Light);
        QVERIFY(!Themes::isDark(QApplication::palette()));
        QTRY_VERIFY(pageMatchesPalette(page) && pageMatchesPalette(behind));
        QVERIFY(!pageLooksDark(page));
        grab(&window, QStringLiteral("system-light.png"));
        // The reader's place, type size and tabs are as they were.
        QCOMPARE(window.documents()->count(), 2);
        QCOMPARE(window.documents()->currentIndex(), 1);
        QCOMPARE(window.documents()->currentDocument()->url(), shown);
        QCOMPARE(window.viewActions()->zoom(), 130);
        QCOMPARE(page->zoom(), 130);
        QCOMPARE(page->scrollPosition(), scroll);

        emitChange(QVariant::fromValue(uint(1)));
        QTRY_COMPARE(scheme->scheme(), ColorScheme::Dark);
        QTRY_VERIFY(pageMatchesPalette(page) && pageLooksDark(page));
        QCOMPARE(page->scrollPosition(), scroll);

        // No preference: the platform's own palette again.
        emitChange(QVariant::fromValue(uint(0)));
        QTRY_COMPARE(scheme->scheme(), ColorScheme::NoPreference);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindow);
        QTRY_VERIFY(pageMatchesPalette(page) && !pageLooksDark(page));
    }

    void anExplicitThemeIsNotOverridden_data()
    {
        QTest::addColumn<InterfaceSettings::Theme>("theme");
        QTest::newRow("light") << InterfaceSettings::Theme::Light;
        QTest::newRow("dark") << InterfaceSettings::Theme::Dark;
        QTest::newRow("high contrast") << InterfaceSettings::Theme::HighContrast;
    }

    void anExplicitThemeIsNotOverridden()
    {
        QFETCH(InterfaceSettings::Theme, theme);
        InterfaceSettings saved;
        saved.theme = theme;
        QSettings settings;
        saved.save(settings);
        const QPalette chosen = Themes::palette(theme, QApplication::palette());
        m_portal.value = QVariant::fromValue(uint(theme == InterfaceSettings::Theme::Light ? 1 : 2));
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        QVERIFY(showCondition(window));
        SystemColorScheme *scheme = window.viewActions()->systemColorScheme();
        QTRY_VERIFY(scheme->isSettled());
        QVERIFY(scheme->scheme() != ColorScheme::Unknown);
        QCOMPARE(QApplication::palette(), chosen);
        for (uint value : {1u, 2u, 0u}) {
            emitChange(QVariant::fromValue(value));
            QTRY_COMPARE(int(scheme->scheme()), int(*SystemColorScheme::fromPortal(QVariant::fromValue(value))));
            QCOMPARE(QApplication::palette(), chosen);
        }
        // Chosen "same as the system" again, the app follows the desktop at once.
        emitChange(QVariant::fromValue(uint(theme == InterfaceSettings::Theme::Light ? 1 : 2)));
        QTRY_VERIFY(scheme->scheme() != ColorScheme::NoPreference);
        window.viewActions()->applyTheme(InterfaceSettings::Theme::System);
        QCOMPARE(Themes::isDark(QApplication::palette()), theme == InterfaceSettings::Theme::Light);
        QVERIFY(!Themes::isHighContrast(QApplication::palette()));
    }

    void withoutAPortalThePlatformPaletteStays()
    {
        setPortal(false);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("(?i)d-?bus|portal")));
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        QVERIFY(showCondition(window));
        SystemColorScheme *scheme = window.viewActions()->systemColorScheme();
        QTRY_VERIFY(scheme->isSettled());
        setPortal(true);
        QCOMPARE(scheme->scheme(), ColorScheme::Unknown);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindow);
        QCOMPARE(QApplication::palette().resolveMask(), QPalette::ResolveMask(0));
        QVERIFY(!pageLooksDark(window.documents()->currentDocument()->view()));
    }

    void valuesOfTheWrongTypeAreIgnored()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("(?i)d-?bus|portal")));
        m_portal.value = QStringLiteral("dark");
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SystemColorScheme *scheme = window.viewActions()->systemColorScheme();
        QTRY_VERIFY(scheme->isSettled());
        QCOMPARE(m_portal.reads, 1);
        QCOMPARE(scheme->scheme(), ColorScheme::Unknown);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindow);

        QSignalSpy changes(scheme, &SystemColorScheme::schemeChanged);
        emitChange(QVariant::fromValue(uint(1)));
        QTRY_COMPARE(changes.count(), 1);
        QVERIFY(Themes::isDark(QApplication::palette()));
        // Garbage, then a valid value: signals arrive in order, so once the
        // valid one is in, the garbage was seen and ignored.
        emitChange(QStringLiteral("light"));
        emitChange(QVariant::fromValue(uint(7)));
        emitChange(QVariant::fromValue(2));   // an int, not the portal's uint
        emitChange(QVariant::fromValue(uint(2)), QStringLiteral("org.gnome.desktop.interface"));
        emitChange(QVariant::fromValue(uint(2)), kNamespace, QStringLiteral("accent-color"));
        QVERIFY(Themes::isDark(QApplication::palette()));
        emitChange(QVariant::fromValue(uint(0)));
        QTRY_COMPARE(changes.count(), 2);
        QCOMPARE(changes.at(0).at(0).value<ColorScheme>(), ColorScheme::Dark);
        QCOMPARE(changes.at(1).at(0).value<ColorScheme>(), ColorScheme::NoPreference);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindow);
    }

    // Qt 6.4 offers no public way to make the platform theme report a new
    // palette (QWindowSystemInterface is private API). A style that polishes
    // the platform palette dark changes what Qt resolves the application
    // palette against, which is what a platform theme's new palette does.

    void aNewPlatformPaletteIsCheckedAgainstThePreference()
    {
        m_portal.value = QVariant::fromValue(uint(2));
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        QVERIFY(showCondition(window));
        SystemColorScheme *scheme = window.viewActions()->systemColorScheme();
        QTRY_COMPARE(scheme->scheme(), ColorScheme::Light);
        // The platform's light palette agrees: it is used as it is.
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformWindow);
        PageView *view = window.documents()->currentDocument()->view();

        const QString originalStyle = QApplication::style()->name();
        PaletteChanges changes;
        qApp->installEventFilter(&changes);
        // Qt re-resolves the application palette against the new platform
        // palette: dark, while the desktop asks for light.
        QApplication::setStyle(new DarkPlatformStyle);
        QTRY_VERIFY(!Themes::isDark(QApplication::palette()));
        QTRY_VERIFY(pageMatchesPalette(view) && !pageLooksDark(view));
        // No preference: now the platform's dark palette is right as it is.
        emitChange(QVariant::fromValue(uint(0)));
        QTRY_COMPARE(scheme->scheme(), ColorScheme::NoPreference);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0x30, 0x30, 0x38));
        QTRY_VERIFY(pageMatchesPalette(view) && pageLooksDark(view));
        // Our own changes are not taken for the platform's: no ping-pong.
        const int settledCount = changes.count;
        QTest::qWait(200);
        QCOMPARE(changes.count, settledCount);

        QApplication::setStyle(originalStyle);
        qApp->removeEventFilter(&changes);
    }

    void aThemeChangeLooksAgainBehindOurPalette()
    {
        m_portal.value = QVariant::fromValue(uint(1));
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        QVERIFY(showCondition(window));
        SystemColorScheme *scheme = window.viewActions()->systemColorScheme();
        QTRY_COMPARE(scheme->scheme(), ColorScheme::Dark);
        // The platform's palette is light: ours, dark, stands over it and
        // hides any change of it from Qt's palette events.
        const QPalette ours = QApplication::palette();
        QCOMPARE(ours, Themes::palette(InterfaceSettings::Theme::Dark, QPalette()));

        const QString originalStyle = QApplication::style()->name();
        QApplication::setStyle(new DarkPlatformStyle);
        QCoreApplication::processEvents();
        QCOMPARE(QApplication::palette(), ours);
        // What the platform sends a window when its theme changes.
        QEvent themeChange(QEvent::ThemeChange);
        QApplication::sendEvent(&window, &themeChange);
        // The platform is dark now too: its own palette replaces ours.
        QTRY_COMPARE(QApplication::palette().color(QPalette::Window), QColor(0x30, 0x30, 0x38));
        PageView *view = window.documents()->currentDocument()->view();
        QTRY_VERIFY(pageMatchesPalette(view) && pageLooksDark(view));

        QApplication::setStyle(originalStyle);
    }
};

int main(int argc, char *argv[])
{
    // The bus must exist before the application, which may connect to it.
    PrivateSessionBus bus;
    QString error;
    if (!bus.start(&error)) {
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(error));
        return 1;
    }
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestSystemTheme test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_systemtheme.moc"
