// SPDX-License-Identifier: GPL-3.0-or-later
#include "../PdfTools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The command line as a user runs it: the real binary, no display.
class TestCommandLine : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };

    static Result run(const QStringList &arguments, const QString &configHome = QString(),
                      const QByteArray &input = QByteArray())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The user's settings (the handout header) come from here, not from whoever runs the tests.
        QTemporaryDir emptyConfig;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.isEmpty() ? emptyConfig.path() : configHome);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless commands must not need one
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HUANJIAO_BINARY), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void versionPrintsAppSchemaAndContent()
    {
        const Result r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("huanjiao " HUANJIAO_VERSION)));
        QVERIFY(r.out.contains(QStringLiteral("schema 1")));
        QVERIFY(r.out.contains(QStringLiteral("content 2026.")));
    }

    void versionWithoutDatabaseSaysSoAndSucceeds()
    {
        // --version checks an installation: a missing database is reported, not fatal.
        const Result r = run({QStringLiteral("--version"), QStringLiteral("--database"),
                              QStringLiteral("/nonexistent/huanjiao.sqlite")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("huanjiao " HUANJIAO_VERSION));
        QCOMPARE(lines.at(1), QStringLiteral("schema 1"));
        QCOMPARE(lines.at(2), QStringLiteral("content: not found (/nonexistent/huanjiao.sqlite)"));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void showJsonPrintsTheCondition()
    {
        const Result r = run({QStringLiteral("--show"), QStringLiteral("huanjiao://condition/hemifacial-spasm"),
                              QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(lines.first().toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("面肌痉挛"));
        const QJsonArray aliases = json.value(QStringLiteral("aliases")).toArray();
        QVERIFY(aliases.contains(QStringLiteral("面肌抽搐")));
        QVERIFY(aliases.contains(QStringLiteral("半面痉挛")));
        QJsonArray causes;
        for (const auto &section : json.value(QStringLiteral("sections")).toArray()) {
            if (section.toObject().value(QStringLiteral("key")).toString() == QLatin1String("causes"))
                causes = section.toObject().value(QStringLiteral("items")).toArray();
        }
        QCOMPARE(causes.size(), 4);
        QVERIFY(json.value(QStringLiteral("sample")).toBool());
        bool doctor = false;
        for (const auto &related : json.value(QStringLiteral("related")).toArray())
            doctor |= related.toObject().value(QStringLiteral("uri")).toString() == QLatin1String("huanjiao://doctor/ye-lin");
        QVERIFY(doctor);
    }

    void showTextIsReadable()
    {
        const Result r = run({QStringLiteral("--show"), QStringLiteral("huanjiao://doctor/ye-lin")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("叶琳")));
        QVERIFY(r.out.contains(QStringLiteral("江西省胸科医院")));
    }

    void unknownPageIsAnError()
    {
        const Result r = run({QStringLiteral("--show"), QStringLiteral("huanjiao://condition/nothing-here")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("huanjiao://condition/nothing-here")));
    }

    void malformedAddressIsAUsageError()
    {
        const Result r = run({QStringLiteral("--show"), QStringLiteral("http://example.com/")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("huanjiao://KIND/ID")));
    }

    void badDatabaseIsRefusedOnStderr_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("not sqlite") << QByteArray("plain text") << QStringLiteral("not a content database");
    }

    void badDatabaseIsRefusedOnStderr()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        for (const QStringList &args : {QStringList{QStringLiteral("--version")},
                                        QStringList{QStringLiteral("--show"),
                                                    QStringLiteral("huanjiao://condition/hemifacial-spasm")}}) {
            const Result r = run(args + QStringList{QStringLiteral("--database"), path});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(words), qPrintable(r.err));
            QVERIFY(r.err.contains(path));
        }
    }

    void missingDatabaseIsRefused()
    {
        const Result r = run({QStringLiteral("--show"), QStringLiteral("huanjiao://condition/hemifacial-spasm"),
                              QStringLiteral("--database"), QStringLiteral("/nonexistent/huanjiao.sqlite")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("not found")));
    }

    void unknownOptionIsAUsageError()
    {
        const Result r = run({QStringLiteral("--show"), QStringLiteral("huanjiao://condition/x"),
                              QStringLiteral("--frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    // --handout: a PDF with no display, as a clinic's script would make it.
    void handoutWritesAPdfWithNoDisplay()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("hfs.pdf"));
        const Result r = run({QStringLiteral("--handout"), QStringLiteral("huanjiao://condition/hemifacial-spasm"),
                              QStringLiteral("--output"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const PdfTools::Info info = PdfTools::info(pdf);
        QVERIFY(info.pages >= 1 && info.pages <= 5); // a condition, emergency box and questions included
        QCOMPARE(qRound(info.pageSize.width()), 595); // A4 unless asked
        QCOMPARE(qRound(info.pageSize.height()), 842);
        const PdfTools::Output text = PdfTools::text(pdf);
        QVERIFY2(text.ok, qPrintable(text.error));
        QVERIFY(text.text.contains(QStringLiteral("面肌痉挛")));
        for (const char *heading : {"Overview", "Symptoms", "Causes", "Diagnosis and tests", "Treatment",
                                    "When to see a doctor", "Prevention"})
            QVERIFY2(text.text.contains(QLatin1String(heading)), heading);
        QVERIFY(text.text.contains(QStringLiteral("Page 1 of %1").arg(info.pages)));
        const auto fonts = PdfTools::fonts(pdf);
        QVERIFY(!fonts.isEmpty());
        for (const auto &font : fonts)
            QVERIFY2(font.embedded, qPrintable(font.name));
    }

    void handoutOnLetterPaper()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
        const Result r = run({QStringLiteral("--handout"), QStringLiteral("huanjiao://drug/carbamazepine"),
                              QStringLiteral("--output"), pdf, QStringLiteral("--paper"), QStringLiteral("letter")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const PdfTools::Info info = PdfTools::info(pdf);
        QCOMPARE(qRound(info.pageSize.width()), 612);
        QCOMPARE(qRound(info.pageSize.height()), 792);
    }

    void handoutOfSeveralPagesHasContents()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("basket.pdf"));
        const Result r = run({QStringLiteral("--handout"), QStringLiteral("huanjiao://condition/hemifacial-spasm"),
                              QStringLiteral("huanjiao://test/emg-lsr"), QStringLiteral("huanjiao://doctor/ye-lin"),
                              QStringLiteral("--output"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString first = PdfTools::text(pdf, 1, 1).text;
        QVERIFY(first.contains(QStringLiteral("Contents")));
        QVERIFY(first.contains(QStringLiteral("1. 面肌痉挛")));
        QVERIFY(first.contains(QStringLiteral("3. 叶琳")));
    }

    void handoutUsesTheClinicSettings()
    {
        QTemporaryDir config;
        QDir(config.path()).mkpath(QStringLiteral("Huanjiao"));
        QFile conf(config.filePath(QStringLiteral("Huanjiao/huanjiao.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[handout]\nclinicName=Riverside Clinic\nphone=010-1234-5678\n"
                   "qrTemplate=https://clinic.example/t/{id}\npaper=letter\n");
        conf.close();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("clinic.pdf"));
        const Result r = run({QStringLiteral("--handout"), QStringLiteral("huanjiao://condition/hemifacial-spasm"),
                              QStringLiteral("--output"), pdf},
                             config.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString first = PdfTools::text(pdf, 1, 1).text;
        QVERIFY(first.contains(QStringLiteral("Riverside Clinic")));
        QVERIFY(first.contains(QStringLiteral("010-1234-5678")));
        QCOMPARE(qRound(PdfTools::info(pdf).pageSize.height()), 792);
        QCOMPARE(PdfTools::qrCodes(pdf, 1, dir.path()),
                 QStringList{QStringLiteral("https://clinic.example/t/hemifacial-spasm")});
    }

    // One rule picks the database for the window and the headless commands
    // alike: --database, then the one chosen in Settings, then the bundled file.
    void headlessCommandsUseTheDatabaseChosenInSettings()
    {
        QTemporaryDir config;
        QDir(config.path()).mkpath(QStringLiteral("Huanjiao"));
        const QString chosen = config.filePath(QStringLiteral("chosen.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(HUANJIAO_TEST_DATABASE), chosen));
        QFile conf(config.filePath(QStringLiteral("Huanjiao/huanjiao.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[content]\ndatabase=" + chosen.toUtf8() + "\n");
        conf.close();
        const QStringList show{QStringLiteral("--show"), QStringLiteral("huanjiao://condition/hemifacial-spasm")};
        QCOMPARE(run(show, config.path()).exitCode, 0);

        // The chosen file is used: gone, the command says so and names it.
        QVERIFY(QFile::remove(chosen));
        const Result missing = run(show, config.path());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(chosen), qPrintable(missing.err));

        // --database wins over Settings.
        const Result named = run(QStringList{QStringLiteral("--database"), QStringLiteral(HUANJIAO_TEST_DATABASE)} + show,
                                 config.path());
        QVERIFY2(named.exitCode == 0, qPrintable(named.err));
        QVERIFY(named.out.contains(QStringLiteral("面肌痉挛")));
    }

    void setAdminPinReadsStandardInputWithNoDisplay()
    {
        QTemporaryDir config;
        const Result r = run({QStringLiteral("--set-admin-pin")}, config.path(), "2468\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(config.filePath(QStringLiteral("Huanjiao/huanjiao.conf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("adminPinHash="));
        QVERIFY(text.contains("adminPinSalt="));
        QVERIFY(!text.contains("2468")); // only its hash
    }

    void setAdminPinRefusesBadPins_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("words");
        QTest::newRow("none") << QByteArray() << QStringLiteral("No PIN");
        QTest::newRow("short") << QByteArray("123\n") << QStringLiteral("4 to 12 digits");
        QTest::newRow("letters") << QByteArray("12ab\n") << QStringLiteral("only have the digits");
    }

    void setAdminPinRefusesBadPins()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, words);
        QTemporaryDir config;
        const Result r = run({QStringLiteral("--set-admin-pin")}, config.path(), input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QVERIFY(!QFile::exists(config.filePath(QStringLiteral("Huanjiao/huanjiao.conf"))));
    }

    void handoutErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("words");
        const QString hfs = QStringLiteral("huanjiao://condition/hemifacial-spasm");
        QTest::newRow("no output") << QStringList{QStringLiteral("--handout"), hfs} << 2 << QStringLiteral("--output");
        QTest::newRow("bad paper") << QStringList{QStringLiteral("--handout"), hfs, QStringLiteral("--output"),
                                                  QStringLiteral("x.pdf"), QStringLiteral("--paper"),
                                                  QStringLiteral("a3")}
                                   << 2 << QStringLiteral("a3");
        QTest::newRow("bad address") << QStringList{QStringLiteral("--handout"), QStringLiteral("condition/x"),
                                                    QStringLiteral("--output"), QStringLiteral("x.pdf")}
                                     << 2 << QStringLiteral("huanjiao://KIND/ID");
        QTest::newRow("unknown page") << QStringList{QStringLiteral("--handout"), hfs,
                                                     QStringLiteral("huanjiao://drug/nothing-here"),
                                                     QStringLiteral("--output"), QStringLiteral("x.pdf")}
                                      << 1 << QStringLiteral("huanjiao://drug/nothing-here");
        QTest::newRow("folder missing") << QStringList{QStringLiteral("--handout"), hfs, QStringLiteral("--output"),
                                                       QStringLiteral("/nonexistent-folder/x.pdf")}
                                        << 1 << QStringLiteral("/nonexistent-folder/x.pdf");
        QTest::newRow("disk full") << QStringList{QStringLiteral("--handout"), hfs, QStringLiteral("--output"),
                                                  QStringLiteral("/dev/full")}
                                   << 1 << QStringLiteral("disk is full");
        QTest::newRow("output alone") << QStringList{QStringLiteral("--output"), QStringLiteral("x.pdf")} << 2
                                      << QStringLiteral("--handout");
    }

    void handoutErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, words);
        if (arguments.contains(QStringLiteral("/dev/full")) && !QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        QTemporaryDir dir;
        // Relative output paths land in the scratch folder, never in the build tree.
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(dir.path());
        const Result r = run(arguments);
        QDir::setCurrent(cwd);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
