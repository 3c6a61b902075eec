// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk on a real X server (Xvfb, no window manager, as the X11 kiosk
// session runs it), for what the offscreen platform does not have: the
// primary selection, which a middle click pastes, must not carry one
// visitor's selection to the next; and another X client's window over the
// kiosk does not keep the focus.

#include "BrowserWindow.h"
#include "BundledContent.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "KioskController.h"
#include "PageView.h"
#include "SearchBox.h"
#include "Sidebar.h"
#include "XvfbServer.h"

#include <QApplication>
#include <QClipboard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <cstdio>

using namespace huanjiao;

class TestKioskX11 : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    qint64 m_now = 1000000;

private slots:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), qPrintable(QGuiApplication::platformName()));
        QVERIFY(QApplication::clipboard()->supportsSelection());
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
    }

    void resetWipesThePrimarySelection()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        KioskController kiosk(&window, m_content.repo(), KioskSettings(), *m_settings, [this] { return m_now; });
        kiosk.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A visitor selects words on a page: under X that is the primary selection.
        window.openUrl(QUrl(QStringLiteral("huanjiao://condition/hemifacial-spasm")));
        PageView *page = window.documents()->currentDocument()->view();
        QTextCursor cursor(page->document());
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 4);
        page->setTextCursor(cursor);
        const QString selected = cursor.selectedText();
        QVERIFY(!selected.isEmpty());
        QApplication::clipboard()->setText(selected, QClipboard::Selection);
        QApplication::clipboard()->setText(QStringLiteral("面肌痉挛"), QClipboard::Clipboard);
        QTRY_COMPARE(QApplication::clipboard()->text(QClipboard::Selection), selected);
        kiosk.reset();
        QTRY_VERIFY(QApplication::clipboard()->text(QClipboard::Selection).isEmpty());
        QVERIFY(QApplication::clipboard()->text(QClipboard::Clipboard).isEmpty());
        // What a middle click in the search box pastes: nothing.
        SearchBox *box = window.sidebar()->searchBox();
        QTest::mouseClick(box, Qt::MiddleButton, {}, QPoint(10, box->height() / 2));
        QVERIFY(box->text().isEmpty());
    }

    void anotherWindowDoesNotKeepTheFocus()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        KioskController kiosk(&window, m_content.repo(), KioskSettings(), *m_settings, [this] { return m_now; });
        kiosk.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        QSignalSpy back(&kiosk, &KioskController::frontTakenBack);
        QWidget other;
        other.setWindowTitle(QStringLiteral("another program"));
        other.setGeometry(100, 100, 300, 200);
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        other.activateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(back.count() >= 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window.isActiveWindow(), 5000);
        QVERIFY(!other.isActiveWindow());
    }
};

// Starts Xvfb on a free display before the application connects to it.
int main(int argc, char *argv[])
{
    test::XvfbServer server;
    if (!test::XvfbServer::installed()) {
        // Only where the package is missing; CI installs it (packaging/debian12-packages.txt).
        std::printf("SKIP: Xvfb is not installed (Debian package xvfb)\n");
        return test::XvfbServer::kSkipped;
    }
    if (!server.start(QStringLiteral("1280x1024"))) {
        std::fprintf(stderr, "Xvfb did not start\n");
        return 1;
    }
    QApplication app(argc, argv);
    TestKioskX11 test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kioskx11.moc"
