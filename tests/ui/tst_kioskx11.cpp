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

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

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
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        // Only where the package is missing; CI installs it (packaging/debian12-packages.txt).
        std::printf("SKIP: Xvfb is not installed (Debian package xvfb)\n");
        return 77;
    }
    // A display number no other X server holds (other tests and programs may
    // run one); if another takes it first, the next one.
    QProcess server;
    QString display;
    for (int n = 160 + int(::getpid() % 40); n < 400 && display.isEmpty(); ++n) {
        if (QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)) || QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
            continue;
        server.setProgram(xvfb);
        server.setArguments({QStringLiteral(":%1").arg(n), QStringLiteral("-screen"), QStringLiteral("0"),
                             QStringLiteral("1280x1024x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        // Its output goes nowhere and it dies with the test: a server left holding
        // the test's stdout would keep ctest waiting for ever after a crash.
        server.setStandardOutputFile(QProcess::nullDevice());
        server.setStandardErrorFile(QProcess::nullDevice());
        server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        server.start();
        server.waitForStarted(5000);
        for (int i = 0; i < 100 && server.state() == QProcess::Running; ++i) {
            if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n))) {
                display = QStringLiteral(":%1").arg(n);
                break;
            }
            QThread::msleep(50);
        }
        if (display.isEmpty()) {
            server.kill();
            server.waitForFinished(2000);
        }
    }
    if (display.isEmpty()) {
        std::fprintf(stderr, "Xvfb did not start\n");
        return 1;
    }
    qputenv("DISPLAY", display.toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "xcb");
    int status = 0;
    {
        QApplication app(argc, argv);
        TestKioskX11 test;
        status = QTest::qExec(&test, argc, argv);
    }
    server.terminate();
    server.waitForFinished(5000);
    return status;
}

#include "tst_kioskx11.moc"
