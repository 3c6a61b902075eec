// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A speech-dispatcher of the test's own, with espeak-ng, as Debian installs
// them (speech-dispatcher, speech-dispatcher-espeak-ng, espeak-ng): started
// on a socket in a temporary folder and reached through SPEECHD_ADDRESS,
// which libspeechd reads. Not the one a desktop session autospawns, because
// a machine with no sound card (CI, a container) has none to play to: the
// default pulse/alsa output fails there and the dispatcher then stops
// answering. This one plays into libao's "null" driver, which takes the audio
// and drops it, so speaking starts and ends as on a machine with speakers.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

class PrivateSpeechDispatcher
{
public:
    PrivateSpeechDispatcher() = default;
    PrivateSpeechDispatcher(const PrivateSpeechDispatcher &) = delete;
    PrivateSpeechDispatcher &operator=(const PrivateSpeechDispatcher &) = delete;
    ~PrivateSpeechDispatcher() { stop(); }

    static QString program() { return QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher")); }
    static QString espeakModule()
    {
        for (const char *dir : {"/usr/lib/speech-dispatcher-modules", "/usr/lib/x86_64-linux-gnu/speech-dispatcher-modules"}) {
            const QString path = QString::fromLatin1(dir) + QStringLiteral("/sd_espeak-ng");
            if (QFileInfo(path).isExecutable())
                return path;
        }
        return {};
    }
    // What is missing for a real speech test, naming the Debian package; empty when nothing is.
    static QString missing()
    {
        if (program().isEmpty())
            return QStringLiteral("speech-dispatcher is not installed");
        if (espeakModule().isEmpty())
            return QStringLiteral("speech-dispatcher-espeak-ng is not installed");
        if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty())
            return QStringLiteral("espeak-ng is not installed");
        if (!QFileInfo::exists(QStringLiteral("/etc/speech-dispatcher/speechd.conf")))
            return QStringLiteral("speech-dispatcher's configuration (/etc/speech-dispatcher) is missing");
        return {};
    }

    QString socketPath() const { return m_dir.filePath(QStringLiteral("speechd.sock")); }
    QString address() const { return QStringLiteral("unix_socket:") + socketPath(); }
    QString logDir() const { return m_dir.filePath(QStringLiteral("log")); }

    // Starts the dispatcher and waits for its socket; false with `error` set.
    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        const QString config = m_dir.filePath(QStringLiteral("config"));
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        QDir().mkpath(logDir());
        // Debian's configuration (its module list and module files), with audio to libao.
        if (QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), QStringLiteral("/etc/speech-dispatcher"), config})
            != 0) {
            *error = QStringLiteral("could not copy /etc/speech-dispatcher");
            return false;
        }
        QFile conf(config + QStringLiteral("/speechd.conf"));
        QFile libao(home + QStringLiteral("/.libao"));
        if (!conf.open(QIODevice::Append) || !libao.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("could not write the dispatcher's configuration");
            return false;
        }
        conf.write("\nAudioOutputMethod \"libao\"\n");
        libao.write("default_driver=null\n");
        conf.close();
        libao.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home); // libao reads ~/.libao
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program(), {QStringLiteral("--run-single"), QStringLiteral("--timeout"), QStringLiteral("0"),
                                    QStringLiteral("--config-dir"), config, QStringLiteral("--communication-method"),
                                    QStringLiteral("unix_socket"), QStringLiteral("--socket-path"), socketPath(),
                                    QStringLiteral("--log-dir"), logDir(), QStringLiteral("--log-level"),
                                    QStringLiteral("4"), QStringLiteral("--pid-file"),
                                    m_dir.filePath(QStringLiteral("speechd.pid"))});
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        for (int i = 0; i < 200 && !QFileInfo::exists(socketPath()); ++i) {
            if (m_process.state() != QProcess::Running)
                break;
            QThread::msleep(50);
        }
        if (!QFileInfo::exists(socketPath())) {
            *error = QStringLiteral("speech-dispatcher did not open its socket: ")
                + QString::fromLocal8Bit(m_process.readAll());
            return false;
        }
        return true;
    }

    // The dispatcher's own log: what it was asked to do.
    QString log() const
    {
        QFile file(logDir() + QStringLiteral("/speech-dispatcher.log"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};
