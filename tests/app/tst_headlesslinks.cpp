// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageRenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;

// The headless commands and the render library work without Qt Widgets: a
// server that prints handouts, or another front end, need not install or
// load it. huanjiao, the launcher, loads no Qt at all, so that a window
// starts as soon as its program can; the commands with no display run in
// huanjiao-cli, which loads not even Qt Gui (--search and --show start as a
// bare Qt command-line program does), and --handout in huanjiao-handout.
// ldd lists what is loaded at start, the libraries' own dependencies too;
// LD_DEBUG shows what a running command loads later (platform plugins) and
// what the program it execs loads.
class TestHeadlessLinks : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                   const QString &folder = QString())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(folder);
        process.start(program, arguments);
        Run r;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    static QString ldd(const QString &binary)
    {
        const Run r = run(QStringLiteral("ldd"), {binary}, QProcessEnvironment::systemEnvironment());
        return r.exitCode == 0 ? r.out : QString();
    }

    // The libraries a program names itself (its NEEDED entries), without
    // those they bring in turn.
    static QStringList needed(const QString &binary)
    {
        const Run r = run(QStringLiteral("readelf"), {QStringLiteral("--dynamic"), binary},
                          QProcessEnvironment::systemEnvironment());
        QStringList names;
        static const QRegularExpression entry(QStringLiteral("\\(NEEDED\\).*\\[(.+)\\]"));
        for (const QString &line : r.out.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch match = entry.match(line);
            if (match.hasMatch())
                names << match.captured(1);
        }
        return names;
    }

private slots:
    // A program started from a folder that holds a file named like one of its
    // libraries (a download folder, a USB stick) loads the system's library,
    // not that file: the programs have no run path, and no empty entry in one.
    void programsNeverLoadLibrariesFromTheFolderTheyStartIn_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("huanjiao") << QStringLiteral(HUANJIAO_BINARY) << QStringList{QStringLiteral("--version")};
        QTest::newRow("huanjiao-cli") << QStringLiteral(HUANJIAO_CLI_BINARY) << QStringList{QStringLiteral("--version")};
        QTest::newRow("huanjiao-handout") << QStringLiteral(HUANJIAO_HANDOUT_BINARY) << QStringList{QStringLiteral("--help")};
        QTest::newRow("huanjiao-gui") << QStringLiteral(HUANJIAO_GUI_BINARY) << QStringList{QStringLiteral("--help")};
    }

    void programsNeverLoadLibrariesFromTheFolderTheyStartIn()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QTemporaryDir folder;
        for (const char *name : {"libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6", "libsqlite3.so.0"}) {
            QFile planted(folder.filePath(QLatin1String(name)));
            QVERIFY(planted.open(QIODevice::WriteOnly));
            planted.write("not a library");
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder.path());
        const Run r = run(program, arguments, env, folder.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // The check itself sees Widgets where they are: the window program links them.
    void windowProgramLinksWidgets()
    {
        const QString libraries = ldd(QStringLiteral(HUANJIAO_GUI_BINARY));
        QVERIFY2(libraries.contains(QLatin1String("libQt6Widgets")), qPrintable(libraries));
    }

    // The launcher: the C library, and no C++ library or Qt to load before
    // the program it starts loads its own. In the sanitizer build it names the
    // sanitizers' runtimes too, which bring the C++ library themselves.
    void launcherLinksTheCLibraryOnly()
    {
        const QStringList names = needed(QStringLiteral(HUANJIAO_BINARY));
        QVERIFY2(names.contains(QLatin1String("libc.so.6")), qPrintable(names.join(QLatin1Char(' '))));
        bool sanitized = false;
        for (const QString &name : names) {
            const bool runtime = name.startsWith(QLatin1String("libasan.so"))
                                 || name.startsWith(QLatin1String("libubsan.so"));
            sanitized = sanitized || runtime;
            QVERIFY2(runtime || name == QLatin1String("libc.so.6"), qPrintable(name));
        }
        if (sanitized)
            return;
        const QString libraries = ldd(QStringLiteral(HUANJIAO_BINARY));
        for (const char *library : {"libQt6", "libstdc++", "libsqlite3", "libicu"})
            QVERIFY2(!libraries.contains(QLatin1String(library)), qPrintable(libraries));
    }

    void headlessProgramLinksCoreAndSqlOnly()
    {
        const QString libraries = ldd(QStringLiteral(HUANJIAO_CLI_BINARY));
        for (const char *library : {"libQt6Core", "libQt6Sql"})
            QVERIFY2(libraries.contains(QLatin1String(library)), qPrintable(libraries));
        for (const char *library : {"libQt6Gui", "libQt6Widgets", "libQt6PrintSupport", "libQt6TextToSpeech",
                                    "libfontconfig", "libxcb"})
            QVERIFY2(!libraries.contains(QLatin1String(library)), qPrintable(libraries));
    }

    void handoutProgramLinksNoWidgets()
    {
        const QString libraries = ldd(QStringLiteral(HUANJIAO_HANDOUT_BINARY));
        QVERIFY2(libraries.contains(QLatin1String("libQt6Gui")), qPrintable(libraries)); // handouts lay out text
        for (const char *library : {"libQt6Widgets", "libQt6PrintSupport", "libQt6TextToSpeech"})
            QVERIFY2(!libraries.contains(QLatin1String(library)), qPrintable(libraries));
    }

    // What a search loads while it runs, plugins too: the SQLite driver and
    // nothing of Gui.
    void searchLoadsNoGui()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const Run r = run(QStringLiteral(HUANJIAO_BINARY),
                          {QStringLiteral("--database"), QStringLiteral(HUANJIAO_TEST_DATABASE), QStringLiteral("--search"),
                           QStringLiteral("面肌痉挛")},
                          env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("huanjiao://condition/hemifacial-spasm")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("libqsqlite")), "LD_DEBUG said nothing: the check would see nothing");
        QVERIFY2(!r.err.contains(QLatin1String("libQt6Gui")), "the search loaded Qt Gui");
    }

    // This test links the render library and nothing of ui/ besides.
    void renderLibraryLinksNoWidgets()
    {
        QVERIFY(PageRenderer::styleSheet().contains(QLatin1String("body")));
        const QString libraries = ldd(QCoreApplication::applicationFilePath());
        QVERIFY2(libraries.contains(QLatin1String("libQt6Gui")), qPrintable(libraries));
        QVERIFY2(!libraries.contains(QLatin1String("libQt6Widgets")), qPrintable(libraries));
    }

    // A handout, the headless command that loads the most (fonts, the
    // offscreen platform plugin), loads no Widgets while it runs: asked of
    // huanjiao, which hands it over to huanjiao-handout.
    void handoutCommandLoadsNoWidgets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
        const Run r = run(QStringLiteral(HUANJIAO_BINARY),
                          {QStringLiteral("--database"), QStringLiteral(HUANJIAO_TEST_DATABASE), QStringLiteral("--handout"),
                           QStringLiteral("huanjiao://department/neurology"), QStringLiteral("--output"), pdf},
                          env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo(pdf).size() > 0);
        QVERIFY2(r.err.contains(QLatin1String("libQt6Gui")), "LD_DEBUG said nothing: the check would see nothing");
        QVERIFY2(!r.err.contains(QLatin1String("libQt6Widgets")), "the handout command loaded Qt Widgets");
    }
};

QTEST_GUILESS_MAIN(TestHeadlessLinks)
#include "tst_headlesslinks.moc"
