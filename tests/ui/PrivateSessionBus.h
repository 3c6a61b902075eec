// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A D-Bus session bus of the test's own: a dbus-daemon started before the
// QApplication exists and stopped when this goes, so a test can put a fake
// service on it without touching the desktop's bus (and CI, running as root
// with no session bus at all, gets one too).

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

class PrivateSessionBus
{
public:
    PrivateSessionBus() = default;
    PrivateSessionBus(const PrivateSessionBus &) = delete;
    PrivateSessionBus &operator=(const PrivateSessionBus &) = delete;

    ~PrivateSessionBus()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGTERM);
            ::waitpid(m_pid, nullptr, 0);
        }
    }

    // Starts the daemon and points DBUS_SESSION_BUS_ADDRESS at it.
    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        const QString socket = m_dir.filePath(QStringLiteral("bus"));
        const QString config = m_dir.filePath(QStringLiteral("session.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        // A config of our own: the Debian one (dbus-session-bus-common) is not
        // needed, and nothing is activated or read from the system.
        file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\""
                                  " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                  "<busconfig><type>session</type><listen>unix:path=%1</listen>"
                                  "<auth>EXTERNAL</auth><policy context=\"default\">"
                                  "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                                  "<allow own=\"*\"/></policy></busconfig>\n")
                       .arg(socket)
                       .toUtf8());
        file.close();
        const QByteArray configArg = "--config-file=" + QFile::encodeName(config);
        const QByteArray log = QFile::encodeName(m_dir.filePath(QStringLiteral("daemon.log")));
        const pid_t parent = ::getpid();
        m_pid = ::fork();
        if (m_pid < 0) {
            *error = QStringLiteral("fork failed");
            return false;
        }
        if (m_pid == 0) {
            // The daemon goes with the test, even if the test is killed.
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (::getppid() != parent)
                ::_exit(1);
            const int out = ::open(log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (out >= 0) {
                ::dup2(out, STDOUT_FILENO);
                ::dup2(out, STDERR_FILENO);
            }
            ::execlp("dbus-daemon", "dbus-daemon", "--nofork", "--nopidfile", configArg.constData(),
                     static_cast<char *>(nullptr));
            std::fprintf(stderr, "cannot run dbus-daemon\n");
            ::_exit(127);
        }
        const QDeadlineTimer deadline(10000);
        while (!QFileInfo::exists(socket)) {
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid || deadline.hasExpired()) {
                m_pid = -1;
                QFile logFile(QString::fromLocal8Bit(log));
                logFile.open(QIODevice::ReadOnly);
                *error = QStringLiteral("dbus-daemon did not start (package dbus-daemon): %1")
                             .arg(QString::fromLocal8Bit(logFile.readAll()));
                return false;
            }
            QThread::msleep(10);
        }
        m_address = "unix:path=" + QFile::encodeName(socket);
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address);
        return true;
    }

    QByteArray address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QByteArray m_address;
    pid_t m_pid = -1;
};
