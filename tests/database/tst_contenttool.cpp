// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentTestSupport.h"

#include <QDir>
#include <QProcess>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace huanjiao::test;

// huanjiao-content as a clinic runs it: the real binary, its output and exit codes.
class TestContentTool : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_valid = QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid");

    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };

    // fileSizeLimit > 0: the tool may write no file larger than that, as on
    // a disk that fills up (writes past it fail with EFBIG instead of ENOSPC).
    Result run(const QStringList &arguments, rlim_t fileSizeLimit = 0)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        if (fileSizeLimit > 0)
            process.setChildProcessModifier([fileSizeLimit] {
                const rlimit limit{fileSizeLimit, fileSizeLimit};
                setrlimit(RLIMIT_FSIZE, &limit);
                signal(SIGXFSZ, SIG_IGN);
            });
        process.start(QStringLiteral(HUANJIAO_CONTENT_TOOL), arguments);
        if (!process.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(path(QStringLiteral("clinic/content.md")),
                  "@content clinic\nname: 诊所医生\nversion: 5\nreplaces: doctor\n");
        writeFile(path(QStringLiteral("clinic/doctors.md")),
                  "@doctor wang-fang\nname: 王芳\nclinical-title: 主任医师\nworks-at: city-hospital\n"
                  "department: neurology\nspecialty: 抽动症\ntreats: tic\n");
    }

    void validateSummarises()
    {
        const Result r = run({QStringLiteral("validate"), m_valid});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("7 records (2 department, 1 hospital, 1 source, 1 doctor, 1 condition, 1 test): "
                                       "no problems\n"));
    }

    // The writing standard is checked by validate and build (and so by CI);
    // --no-lint checks the format only.
    void validateChecksTheWritingStandard()
    {
        const QString folder = QStringLiteral(HUANJIAO_LINT_FIXTURES_DIR "/dose-amount");
        Result r = run({QStringLiteral("validate"), folder});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("dose-amount/condition.md:31: '5毫克' reads as a dose")), qPrintable(r.err));
        r = run({QStringLiteral("build"), folder, QStringLiteral("-o"), QStringLiteral("lint.sqlite")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("lint.sqlite"))));
        r = run({QStringLiteral("validate"), QStringLiteral("--no-lint"), folder});
        QCOMPARE(r.exitCode, 0);
    }

    void validateReportsEveryError()
    {
        const Result r = run({QStringLiteral("validate"), QStringLiteral(HUANJIAO_FIXTURES_DIR "/several-errors")});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 4);
        QVERIFY2(lines.first().startsWith(QStringLiteral("several-errors/")), qPrintable(lines.first()));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ error\\(s\\) in \\d+ file\\(s\\)$")).match(lines.last()).hasMatch(),
                 qPrintable(lines.last()));
        // Not a terminal: no progress bar, no control characters.
        QVERIFY(!r.err.contains(QLatin1Char('\r')) && !r.err.contains(QLatin1Char('\x1b')));
    }

    void buildWithOverlayStatsAndDiff()
    {
        Result r = run({QStringLiteral("build"), m_valid, QStringLiteral("-o"), QStringLiteral("base.sqlite")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("build"), QStringLiteral("base.sqlite"), QStringLiteral("--overlay"),
                 QStringLiteral("clinic"), QStringLiteral("-o"), QStringLiteral("clinic.sqlite")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("overlay clinic (version 5): 1 added, 0 replaced, 1 dropped\n")),
                 qPrintable(r.out));

        r = run({QStringLiteral("stats"), QStringLiteral("clinic.sqlite")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\nversion         1.0\n")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\nbase layer      fixture 1.0 (测试内容)\n")));
        QVERIFY(r.out.contains(QStringLiteral("\noverlay 1       clinic 5 (诊所医生)\n")));
        QVERIFY(r.out.contains(QStringLiteral("\ndoctor          1\n")));
        QVERIFY(QRegularExpression(QStringLiteral("\nbuilt           \\d{4}-\\d\\d-\\d\\dT")).match(r.out).hasMatch());
        // Coverage per department, as a table: conditions, and the drugs, tests and Q&A linked to them.
        QVERIFY2(r.out.contains(QStringLiteral("| 内科 › 神经内科 | 1 | 0 | 1 | 0 |\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("| **all departments** | **1** | **0** | **1** | **0** |\n")),
                 qPrintable(r.out));
        // The size the index costs, per condition: the file's bytes over its one condition.
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("\nsize            (\\d+) bytes per condition \\(1 conditions, \\d+ KiB\\)\n"))
                .match(r.out);
        QVERIFY2(size.hasMatch(), qPrintable(r.out));
        QCOMPARE(size.captured(1).toLongLong(), QFileInfo(path(QStringLiteral("clinic.sqlite"))).size());

        r = run({QStringLiteral("diff"), QStringLiteral("base.sqlite"), QStringLiteral("clinic.sqlite")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QStringLiteral("content: fixture 1.0 -> fixture 1.0 + clinic 5\n"
                                       "- doctor/li-ming  李明\n"
                                       "+ doctor/wang-fang  王芳\n"
                                       "~ condition/tic  抽动  (treated-by)\n"
                                       "1 added, 1 removed, 1 changed\n"));
        r = run({QStringLiteral("diff"), QStringLiteral("base.sqlite"), m_valid});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("0 added, 0 removed, 0 changed\n"));
    }

    void exportAndImport()
    {
        Result r = run({QStringLiteral("build"), m_valid, QStringLiteral("-o"), QStringLiteral("valid.sqlite")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("export"), QStringLiteral("valid.sqlite"), QStringLiteral("-o"), QStringLiteral("valid.jsonl")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("valid.jsonl: 7 records written\n"));
        r = run({QStringLiteral("import"), QStringLiteral("valid.jsonl"), QStringLiteral("-o"), QStringLiteral("imported")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("diff"), QStringLiteral("valid.sqlite"), QStringLiteral("imported")});
        QCOMPARE(r.exitCode, 0);
    }

    void failedBuildSaysTheOldFileIsUnchanged()
    {
        Result r = run({QStringLiteral("build"), m_valid, QStringLiteral("-o"), QStringLiteral("keep.sqlite")});
        QCOMPARE(r.exitCode, 0);
        const QByteArray before = fileHash(path(QStringLiteral("keep.sqlite")));
        r = run({QStringLiteral("build"), QStringLiteral(HUANJIAO_FIXTURES_DIR "/raw-html"), QStringLiteral("-o"),
                 QStringLiteral("keep.sqlite")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("raw HTML is not allowed")));
        QCOMPARE(fileHash(path(QStringLiteral("keep.sqlite"))), before);

        writeFile(path(QStringLiteral("notes.txt")), "mine");
        r = run({QStringLiteral("build"), m_valid, QStringLiteral("-o"), QStringLiteral("notes.txt")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("(notes.txt is unchanged)")), qPrintable(r.err));
    }

    // The disk fills up half-way through writing the database: the build fails
    // with a message, the database it was to replace is untouched, and no
    // half-written file is left beside it.
    void fullDiskLeavesTheOldDatabase()
    {
        const QString folder = path(QStringLiteral("full"));
        QDir().mkpath(folder);
        const QString output = folder + QStringLiteral("/huanjiao.sqlite");
        Result r = run({QStringLiteral("build"), QStringLiteral(HUANJIAO_CONTENT_DIR), QStringLiteral("-o"), output});
        QCOMPARE(r.exitCode, 0);
        const QByteArray before = fileHash(output);
        const qint64 size = QFileInfo(output).size();

        r = run({QStringLiteral("build"), QStringLiteral(HUANJIAO_CONTENT_DIR), QStringLiteral("-o"), output},
                rlim_t(size / 2));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("disk is full")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("huanjiao.sqlite is unchanged")), qPrintable(r.err));
        QCOMPARE(fileHash(output), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("huanjiao.sqlite")});
    }

    void wrongArgumentsAreAUsageError()
    {
        QCOMPARE(run({QStringLiteral("build"), m_valid}).exitCode, 2);                                  // no -o
        QCOMPARE(run({QStringLiteral("stats")}).exitCode, 2);                                           // no file
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("x"), QStringLiteral("--overlay"), QStringLiteral("y"),
                      QStringLiteral("-o"), QStringLiteral("z")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("missing.sqlite")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestContentTool)
#include "tst_contenttool.moc"
