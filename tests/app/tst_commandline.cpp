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

    static Result run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless commands must not need one
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HUANJIAO_BINARY), arguments);
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
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
