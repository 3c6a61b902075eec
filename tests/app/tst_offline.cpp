// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Huanjiao works offline and never opens a network connection: it does not
// link Qt Network, it opens no internet socket in any of its commands or in a
// GUI session, and it works in a network namespace with no interfaces at all.
class TestOffline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        bool started = false;
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // In the sanitizer build: LeakSanitizer cannot run under strace (ptrace).
        if (program.endsWith(QLatin1String("/strace")))
            env.insert(QStringLiteral("ASAN_OPTIONS"),
                       env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
        // Read aloud would autospawn speech-dispatcher, a system service of its
        // own (strace -f follows it too), which probes for local speech servers
        // on 127.0.0.1 as it starts. What is checked is this program: speech
        // finds no dispatcher here and stays off (tst_realspeech tests it).
        env.insert(QStringLiteral("SPEECHD_CMD"), QStringLiteral("/bin/false"));
        env.insert(QStringLiteral("SPEECHD_ADDRESS"), QStringLiteral("unix_socket:/nonexistent/huanjiao-tests/speechd.sock"));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        Run r;
        r.started = process.waitForStarted();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    // What the program does, headless and with a window: each a command line.
    static QList<QStringList> sessions(const QString &pdf)
    {
        const QString db = QStringLiteral(HUANJIAO_TEST_DATABASE);
        return {
            {QStringLiteral("--database"), db, QStringLiteral("--version")},
            {QStringLiteral("--database"), db, QStringLiteral("--search"), QStringLiteral("头痛")},
            {QStringLiteral("--database"), db, QStringLiteral("--show"), QStringLiteral("huanjiao://department/neurology")},
            {QStringLiteral("--database"), db, QStringLiteral("--handout"), QStringLiteral("huanjiao://department/neurology"),
             QStringLiteral("--output"), pdf},
        };
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void qtNetworkIsNotLinked_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::newRow("huanjiao-cli") << QStringLiteral(HUANJIAO_CLI_BINARY);
        QTest::newRow("huanjiao-gui") << QStringLiteral(HUANJIAO_GUI_BINARY);
        QTest::newRow("huanjiao-content") << QStringLiteral(HUANJIAO_CONTENT_TOOL);
    }

    void qtNetworkIsNotLinked()
    {
        QFETCH(QString, binary);
        // ldd lists what is loaded at start, the libraries' own dependencies too.
        const Run ldd = run(QStringLiteral("ldd"), {binary});
        QCOMPARE(ldd.exitCode, 0);
        QVERIFY(ldd.out.contains(QStringLiteral("libQt6Core")));
        for (const char *library : {"libQt6Network", "libcurl", "libssl"})
            QVERIFY2(!ldd.out.contains(QLatin1String(library)), qPrintable(ldd.out));
    }

    // strace sees every socket the program and its children open, whatever
    // library or plugin would open it.
    void noInternetSocketIsOpened()
    {
        const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        if (strace.isEmpty())
            QSKIP("strace is not installed");
        if (run(strace, {QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("true")}).exitCode != 0)
            QSKIP("strace cannot trace here (ptrace not permitted)");
        QList<QStringList> commands = sessions(m_dir.filePath(QStringLiteral("handout.pdf")));
        // A GUI session on the offscreen platform, searching and opening pages
        // from the command line, stopped after a while (it has no end of its own).
        const QString timeout = QStandardPaths::findExecutable(QStringLiteral("timeout"));
        QVERIFY(!timeout.isEmpty());
        for (int i = 0; i < commands.size(); ++i) {
            const QString log = m_dir.filePath(QStringLiteral("trace-%1.txt").arg(i));
            const Run r = run(strace, QStringList{QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=socket,connect"),
                                                  QStringLiteral("-o"), log, QStringLiteral(HUANJIAO_BINARY)}
                                          + commands.at(i));
            QVERIFY2(r.exitCode == 0, qPrintable(commands.at(i).join(QLatin1Char(' ')) + QLatin1Char('\n') + r.err));
            QFile file(log);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString calls = QString::fromUtf8(file.readAll());
            QVERIFY2(!calls.contains(QRegularExpression(QStringLiteral("AF_INET6?\\b"))), qPrintable(calls));
        }
        const QString log = m_dir.filePath(QStringLiteral("trace-gui.txt"));
        const Run gui = run(strace, {QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=socket,connect"),
                                     QStringLiteral("-o"), log, timeout, QStringLiteral("8"), QStringLiteral(HUANJIAO_BINARY),
                                     QStringLiteral("--database"), QStringLiteral(HUANJIAO_TEST_DATABASE),
                                     QStringLiteral("--open"), QStringLiteral("huanjiao://department/neurology")});
        QCOMPARE(gui.exitCode, 124); // still running when stopped: it had started and was showing the page
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString calls = QString::fromUtf8(file.readAll());
        QVERIFY2(!calls.contains(QRegularExpression(QStringLiteral("AF_INET6?\\b"))), qPrintable(calls));
    }

    // With no network interface at all (not even loopback) everything works.
    void worksWithNoNetworkAtAll()
    {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("unshare is not installed");
        if (run(unshare, {QStringLiteral("-n"), QStringLiteral("true")}).exitCode != 0)
            QSKIP("no permission to make a network namespace here");
        for (const QStringList &command : sessions(m_dir.filePath(QStringLiteral("offline.pdf")))) {
            const Run r = run(unshare, QStringList{QStringLiteral("-n"), QStringLiteral(HUANJIAO_BINARY)} + command);
            QVERIFY2(r.exitCode == 0, qPrintable(command.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.err));
            QVERIFY(!r.out.isEmpty() || QFile::exists(m_dir.filePath(QStringLiteral("offline.pdf"))));
        }
        const Run found = run(unshare, {QStringLiteral("-n"), QStringLiteral(HUANJIAO_BINARY), QStringLiteral("--database"),
                                        QStringLiteral(HUANJIAO_TEST_DATABASE), QStringLiteral("--search"), QStringLiteral("头痛")});
        QVERIFY2(found.out.contains(QStringLiteral("huanjiao://")), qPrintable(found.out + found.err));
    }
};

QTEST_GUILESS_MAIN(TestOffline)
#include "tst_offline.moc"
