// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real X server (Xvfb, no window manager, as the X11 kiosk session runs it)
// of a test's own, on a display number no other server holds, started before
// the application connects to it. Its output goes nowhere (a child left
// holding ctest's pipe would keep ctest waiting), and the kernel ends it with
// the test, however the test ends.

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace huanjiao::test {

class XvfbServer
{
public:
    // Exit status of a test that skips (ctest's SKIP_RETURN_CODE).
    static constexpr int kSkipped = 77;

    ~XvfbServer()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(3000))
                m_server.kill();
            m_server.waitForFinished(1000);
        }
    }

    static bool installed() { return !QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty(); }

    // Starts a server with one screen of this size ("1920x1920") and points
    // DISPLAY and QT_QPA_PLATFORM at it; false when none starts.
    bool start(const QString &screen)
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty())
            return false;
        // Other tests and programs may run a server: if another takes the
        // number first, the next one.
        for (int n = 160 + int(::getpid() % 200); n < 600 && m_display.isEmpty(); ++n) {
            if (QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(n))
                || QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
                continue;
            m_server.setProgram(xvfb);
            m_server.setArguments({QStringLiteral(":%1").arg(n), QStringLiteral("-screen"), QStringLiteral("0"),
                                   screen + QStringLiteral("x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
            m_server.setStandardOutputFile(QProcess::nullDevice());
            m_server.setStandardErrorFile(QProcess::nullDevice());
            m_server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
            m_server.start();
            m_server.waitForStarted(5000);
            for (int i = 0; i < 100 && m_server.state() == QProcess::Running; ++i) {
                if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n))) {
                    m_display = QStringLiteral(":%1").arg(n);
                    break;
                }
                QThread::msleep(50);
            }
            if (m_display.isEmpty()) {
                m_server.kill();
                m_server.waitForFinished(2000);
            }
        }
        if (m_display.isEmpty())
            return false;
        qputenv("DISPLAY", m_display.toLocal8Bit());
        qputenv("QT_QPA_PLATFORM", "xcb");
        return true;
    }

    QString display() const { return m_display; }

private:
    QProcess m_server;
    QString m_display;
};

} // namespace huanjiao::test
