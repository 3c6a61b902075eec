// SPDX-License-Identifier: GPL-3.0-or-later
#include "../PdfTools.h"

#include "DatabaseSchema.h"
#include "SqlConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
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
        QVERIFY(r.out.contains(QStringLiteral("schema 5")));
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
        QCOMPARE(lines.at(1), QStringLiteral("schema %1").arg(huanjiao::DatabaseSchema::kVersion));
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

    // With the entity table gone, --search printed ten rows with empty names
    // and said all was well; now it says what is wrong and fails.
    void damagedDatabaseIsNeverEmptyRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(HUANJIAO_TEST_DATABASE), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            huanjiao::SqlConnection connection(path, huanjiao::SqlConnection::Mode::ReadWriteCreate);
            QVERIFY(QSqlQuery(connection.database()).exec(QStringLiteral("DROP TABLE entity")));
        }
        for (const QStringList &args : {QStringList{QStringLiteral("--search"), QStringLiteral("mjjl")},
                                        QStringList{QStringLiteral("--show"),
                                                    QStringLiteral("huanjiao://condition/hemifacial-spasm")}}) {
            const Result r = run(args + QStringList{QStringLiteral("--database"), path});
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.out, QString());
            QVERIFY2(r.err.contains(QStringLiteral("table entity is missing")), qPrintable(r.err));
        }
    }

    // A database in WAL mode in a folder that cannot be written (a read-only
    // bind mount in a private mount namespace; as root, permissions alone do
    // not stop writing): with nothing in its -wal it is read as immutable;
    // with changes in its -wal that cannot be read, the message says exactly that.
    void walDatabaseInAReadOnlyFolder()
    {
        if (QProcess::execute(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("true")}) != 0)
            QSKIP("cannot make a private mount namespace here (unshare -m needs root or CAP_SYS_ADMIN)");
        QTemporaryDir dir;
        const QString clean = dir.filePath(QStringLiteral("clean"));
        const QString pending = dir.filePath(QStringLiteral("pending"));
        QVERIFY(QDir().mkpath(clean) && QDir().mkpath(pending));
        const QString cleanDb = clean + QStringLiteral("/huanjiao.sqlite");
        QVERIFY(QFile::copy(QStringLiteral(HUANJIAO_TEST_DATABASE), cleanDb));
        QFile::setPermissions(cleanDb, QFile::ReadOwner | QFile::WriteOwner);
        {
            huanjiao::SqlConnection connection(cleanDb, huanjiao::SqlConnection::Mode::ReadWriteCreate);
            QSqlQuery q(connection.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        QVERIFY(!QFile::exists(cleanDb + QStringLiteral("-wal"))); // a clean close folds it in
        {
            // A change still in the -wal: copied while the writer has it open.
            huanjiao::SqlConnection connection(cleanDb, huanjiao::SqlConnection::Mode::ReadWriteCreate);
            QSqlQuery q(connection.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
            QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('wal-test', 'pending')")));
            QVERIFY(QFile::copy(cleanDb, pending + QStringLiteral("/huanjiao.sqlite")));
            QVERIFY(QFile::copy(cleanDb + QStringLiteral("-wal"), pending + QStringLiteral("/huanjiao.sqlite-wal")));
        }
        QVERIFY(QFileInfo(pending + QStringLiteral("/huanjiao.sqlite-wal")).size() > 0);
        const auto runReadOnly = [&](const QString &folder) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral("unshare"),
                          {QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"),
                           QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("mount --bind -o ro \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && "
                                          "shift && exec \"$@\""),
                           QStringLiteral("sh"), folder, QStringLiteral(HUANJIAO_BINARY), QStringLiteral("--database"),
                           folder + QStringLiteral("/huanjiao.sqlite"), QStringLiteral("--search"), QStringLiteral("mjjl")});
            process.waitForFinished(60000);
            return Result{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                          QString::fromUtf8(process.readAllStandardError())};
        };
        const Result ok = runReadOnly(clean);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.contains(QStringLiteral("面肌痉挛")), qPrintable(ok.out));
        QCOMPARE(QDir(clean).entryList(QDir::Files), QStringList{QStringLiteral("huanjiao.sqlite")});
        const Result refused = runReadOnly(pending);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("WAL mode")) && refused.err.contains(QStringLiteral("-wal")),
                 qPrintable(refused.err));
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

    // A copy of huanjiao without the programs it hands the window, the
    // headless commands and handouts to (a broken installation) says which
    // program it could not start and where it looked, in the reader's
    // language, and exits 127 as a shell would.
    void missingCompanionProgramIsNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("words");
        QTest::newRow("window, English") << QStringList() << "en_GB.UTF-8" << "huanjiao-gui" << "cannot start";
        QTest::newRow("version, English") << QStringList{QStringLiteral("--version")} << "en_GB.UTF-8"
                                          << "huanjiao-cli" << "cannot start";
        QTest::newRow("handout, Chinese")
            << QStringList{QStringLiteral("--handout"), QStringLiteral("huanjiao://condition/hemifacial-spasm"),
                           QStringLiteral("-o"), QStringLiteral("leaflet.pdf")}
            << "zh_CN.UTF-8" << "huanjiao-handout" << "无法启动此命令所需的程序";
    }

    void missingCompanionProgramIsNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QFETCH(QString, program);
        QFETCH(QString, words);
        QTemporaryDir alone;
        const QString copy = alone.filePath(QStringLiteral("huanjiao"));
        QVERIFY(QFile::copy(QStringLiteral(HUANJIAO_BINARY), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), alone.path());
        env.insert(QStringLiteral("LC_ALL"), language);
        env.insert(QStringLiteral("LANG"), language);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(alone.path());
        process.start(copy, arguments);
        QVERIFY(process.waitForFinished(30000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 127);
        QVERIFY2(err.contains(words), qPrintable(err));
        QVERIFY2(err.contains(program), qPrintable(err));
        // Where it is installed, not the folder of the copy, where it never belongs.
        QVERIFY2(!err.contains(alone.filePath(program)), qPrintable(err));
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

    static QList<QJsonObject> jsonLines(const QString &out)
    {
        QList<QJsonObject> list;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            list << QJsonDocument::fromJson(line.toUtf8()).object();
        return list;
    }

    // A query that signals danger: a crisis record comes first, with the
    // clinic's numbers (the national ones by default) and the page to read.
    void searchJsonPutsTheCrisisRecordFirst()
    {
        const Result r = run({QStringLiteral("--search"), QStringLiteral("我不想活了"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> records = jsonLines(r.out);
        QVERIFY(!records.isEmpty());
        const QJsonObject crisis = records.first();
        QCOMPARE(crisis.value(QStringLiteral("kind")).toString(), QStringLiteral("crisis"));
        QCOMPARE(crisis.value(QStringLiteral("crisis")).toString(), QStringLiteral("self-harm"));
        QCOMPARE(crisis.value(QStringLiteral("mental_health_line")).toString(), QStringLiteral("12356"));
        QCOMPARE(crisis.value(QStringLiteral("emergency")).toString(), QStringLiteral("120"));
        QCOMPARE(crisis.value(QStringLiteral("police")).toString(), QStringLiteral("110"));
        QCOMPARE(crisis.value(QStringLiteral("uri")).toString(), QStringLiteral("huanjiao://condition/depression"));
        QVERIFY(crisis.value(QStringLiteral("message")).toString().contains(QStringLiteral("12356")));
        for (int i = 1; i < records.size(); ++i)
            QVERIFY(records.at(i).value(QStringLiteral("kind")).toString() != QLatin1String("crisis"));

        QTemporaryDir config;
        QDir(config.path()).mkpath(QStringLiteral("Huanjiao"));
        QFile conf(config.filePath(QStringLiteral("Huanjiao/huanjiao.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[clinic]\nemergency-number=0791-120\n");
        conf.close();
        const Result stroke = run({QStringLiteral("--search"), QStringLiteral("突然嘴歪"), QStringLiteral("--json")}, config.path());
        const QJsonObject card = jsonLines(stroke.out).value(0);
        QCOMPARE(card.value(QStringLiteral("crisis")).toString(), QStringLiteral("emergency"));
        QCOMPARE(card.value(QStringLiteral("emergency")).toString(), QStringLiteral("0791-120"));
        QVERIFY(card.value(QStringLiteral("title")).toString().contains(QStringLiteral("0791-120")));
        // An ordinary question has none.
        const Result plain = run({QStringLiteral("--search"), QStringLiteral("面肌痉挛能治好吗"), QStringLiteral("--json")});
        for (const QJsonObject &record : jsonLines(plain.out))
            QVERIFY(record.value(QStringLiteral("kind")).toString() != QLatin1String("crisis"));
    }

    void searchJsonSaysWhyAHitMatched()
    {
        const Result r = run({QStringLiteral("--search"), QStringLiteral("半面痉挛"), QStringLiteral("--json")});
        const QJsonObject hit = jsonLines(r.out).value(0);
        QCOMPARE(hit.value(QStringLiteral("id")).toString(), QStringLiteral("hemifacial-spasm"));
        QCOMPARE(hit.value(QStringLiteral("matched")).toString(), QStringLiteral("alias"));
        QCOMPARE(hit.value(QStringLiteral("match_label")).toString(), QStringLiteral("also called 半面痉挛"));
    }

    // No dead end: with no hit, suggestion records.
    void searchJsonSuggestsWhenNothingMatches()
    {
        const Result r = run({QStringLiteral("--search"), QStringLiteral("面肌痉李"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> records = jsonLines(r.out);
        QVERIFY(!records.isEmpty());
        for (const QJsonObject &record : records)
            QCOMPARE(record.value(QStringLiteral("kind")).toString(), QStringLiteral("suggestion"));
        QCOMPARE(records.first().value(QStringLiteral("uri")).toString(),
                 QStringLiteral("huanjiao://condition/hemifacial-spasm"));
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
        const Result r = run({QStringLiteral("--set-admin-pin")}, config.path(), "246802\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString path = config.filePath(QStringLiteral("Huanjiao/admin-pin"));
        QVERIFY2(r.out.contains(path), qPrintable(r.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("\"argon2id\""));
        QVERIFY(text.contains("\"salt\""));
        QVERIFY(!text.contains("246802")); // only its hash
        // Readable by its owner only.
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
    }

    void setAdminPinRefusesBadPins_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("words");
        QTest::newRow("none") << QByteArray() << QStringLiteral("No PIN");
        QTest::newRow("short") << QByteArray("12345\n") << QStringLiteral("6 to 12 digits");
        QTest::newRow("letters") << QByteArray("12ab56\n") << QStringLiteral("only have the digits");
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

    // A handout saved over an existing PDF on a small filesystem that fills up
    // at every point of the write: each run either saves a whole PDF and says
    // so, or says it could not and leaves the old file exactly as it was, with
    // no half-written file beside it. The filesystem is a tmpfs mounted in a
    // private mount namespace (unshare -m, as root), gone when the run ends.
    void handoutOnAFullFilesystemKeepsTheOldFile()
    {
        if (QProcess::execute(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("true")}) != 0)
            QSKIP("cannot make a private mount namespace here (unshare -m needs root or CAP_SYS_ADMIN); "
                  "the full-disk case is covered by /dev/full only");
        QTemporaryDir dir;
        const QString hfs = QStringLiteral("huanjiao://condition/hemifacial-spasm");
        const QString whole = dir.filePath(QStringLiteral("whole.pdf"));
        QCOMPARE(run({QStringLiteral("--handout"), hfs, QStringLiteral("--output"), whole}).exitCode, 0);
        const qint64 pdfSize = QFileInfo(whole).size();
        QVERIFY(pdfSize > 0);
        const QByteArray old = "%PDF-1.4 the handout printed last week\n%%EOF\n";
        int failed = 0;
        int saved = 0;
        // tmpfs counts whole 4 KiB pages; the old file takes one.
        for (qint64 size = 4096; size <= pdfSize + 3 * 4096; size += 4096) {
            const QString mount = dir.filePath(QStringLiteral("small-%1").arg(size));
            const QString kept = dir.filePath(QStringLiteral("kept-%1.pdf").arg(size));
            const QString listing = dir.filePath(QStringLiteral("listing-%1.txt").arg(size));
            QVERIFY(QDir().mkpath(mount));
            QFile oldFile(dir.filePath(QStringLiteral("old.pdf")));
            QVERIFY(oldFile.open(QIODevice::WriteOnly) && oldFile.write(old) == old.size());
            oldFile.close();
            // The namespace's own tmpfs; huanjiao saves over the old file in it,
            // then what it left is copied out before the namespace goes.
            const QString script = QStringLiteral(
                "size=$1; m=$2; old=$3; kept=$4; listing=$5; shift 5\n"
                "mount -t tmpfs -o size=$size none \"$m\" || exit 90\n"
                "cp \"$old\" \"$m/out.pdf\" || exit 91\n"
                "\"$@\"\n"
                "rc=$?\n"
                "cp \"$m/out.pdf\" \"$kept\"\n"
                "ls -A \"$m\" > \"$listing\"\n"
                "exit $rc\n");
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            QTemporaryDir emptyConfig;
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), emptyConfig.path());
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral("unshare"),
                          {QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"),
                           QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                           QString::number(size), mount, oldFile.fileName(), kept, listing, QStringLiteral(HUANJIAO_BINARY),
                           QStringLiteral("--handout"), hfs, QStringLiteral("--output"), mount + QStringLiteral("/out.pdf")});
            QVERIFY(process.waitForFinished(60000));
            const int exitCode = process.exitCode();
            const QString err = QString::fromUtf8(process.readAllStandardError());
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(exitCode == 0 || exitCode == 1, qPrintable(QStringLiteral("%1: exit %2 %3").arg(size).arg(exitCode).arg(err)));
            QFile keptFile(kept);
            QVERIFY(keptFile.open(QIODevice::ReadOnly));
            const QByteArray bytes = keptFile.readAll();
            QFile listed(listing);
            QVERIFY(listed.open(QIODevice::ReadOnly));
            const QString names = QString::fromUtf8(listed.readAll()).trimmed();
            QCOMPARE(names, QStringLiteral("out.pdf")); // no temporary file left behind
            if (exitCode == 0) {
                ++saved;
                QVERIFY2(bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF") && bytes.size() == pdfSize,
                         qPrintable(QStringLiteral("%1: said saved, file has %2 bytes").arg(size).arg(bytes.size())));
                QVERIFY2(out.contains(QStringLiteral("page")), qPrintable(out));
            } else {
                ++failed;
                QVERIFY2(bytes == old, qPrintable(QStringLiteral("%1: failed, yet the old file changed (%2 bytes): %3")
                                                      .arg(size).arg(bytes.size()).arg(err)));
                QVERIFY2(err.contains(QStringLiteral("disk is full")) && err.contains(QStringLiteral("kept")),
                         qPrintable(QStringLiteral("%1: %2").arg(size).arg(err)));
            }
        }
        QVERIFY(failed > 0);
        QVERIFY(saved > 0);
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
