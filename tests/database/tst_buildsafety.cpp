// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicInstall.h"
#include "ContentBuild.h"
#include "ContentTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace huanjiao;
using namespace huanjiao::test;

// Bad, partial, duplicate, huge and wrongly encoded content each give a clear
// message, and the database being replaced stays exactly as it was, with
// nothing left beside it.
class TestBuildSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_output; // a good database that every failed build must leave alone
    QByteArray m_outputHash;

    struct Case
    {
        const char *name;
        std::function<void(const QString &folder)> spoil;
        const char *expected; // part of a message
    };

    static QList<Case> cases()
    {
        auto append = [](const char *file, const QByteArray &text) {
            return [=](const QString &folder) {
                writeFile(folder + QLatin1Char('/') + QLatin1String(file),
                          readFile(folder + QLatin1Char('/') + QLatin1String(file)) + text);
            };
        };
        return {
            {"bad: raw HTML in prose", append("condition.md", "\n<script>alert(1)</script>\n"),
             "condition.md:51: raw HTML is not allowed in content; write plain text"},
            {"bad: unknown field", append("base.md", "\n@hospital other\nname: 别院\ncity: 南昌\nbeds: 100\n"),
             "base.md:36: unknown field 'beds' for a hospital"},
            {"partial: file cut short in a record",
             [](const QString &folder) {
                 const QByteArray text = readFile(folder + QStringLiteral("/condition.md"));
                 writeFile(folder + QStringLiteral("/condition.md"), text.left(text.indexOf("## causes")));
             },
             "condition.md:1: missing required section 'causes'"},
            {"partial: a file missing",
             [](const QString &folder) { QFile::remove(folder + QStringLiteral("/base.md")); },
             "condition.md:5: 'department' refers to department/neurology that does not exist"},
            {"duplicate: the same id twice", append("base.md", "\n@source editorial\nname: 又一个\n"),
             "base.md:33: duplicate id 'source/editorial'; first defined at"},
            {"duplicate: a second @content", append("base.md", "\n@content again\nname: 又一个\nversion: 2\n"),
             "content.md:1: a second @content record; the first is at content/base.md:33"},
            {"huge: a source file over the limit",
             [](const QString &folder) {
                 QFile file(folder + QStringLiteral("/huge.md"));
                 file.open(QIODevice::WriteOnly);
                 file.resize(65 * 1024 * 1024); // sparse: costs no disk
             },
             "huge.md: file is 65 MiB, more than the 64 MiB a source file may have; split it into several files"},
            {"huge: a field over the limit",
             append("base.md", "\n@source long\nname: 长\nsummary: " + QByteArray(30000, 'x') + "\n"),
             "base.md:35: field 'summary' is 30000 characters long; the limit is 20000"},
            {"wrongly encoded: GBK text",
             [](const QString &folder) {
                 // "name: 内科" in GBK, as an old Windows editor saves it.
                 writeFile(folder + QStringLiteral("/legacy.md"), "@department legacy\nname: \xC4\xDA\xBF\xC6\n");
             },
             "legacy.md:2: not valid UTF-8 text; save the file as UTF-8"},
            {"wrongly encoded: UTF-16",
             [](const QString &folder) {
                 const QString text = QStringLiteral("@department utf16\nname: 内科\n");
                 QByteArray bytes("\xFF\xFE");
                 bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
                 writeFile(folder + QStringLiteral("/utf16.md"), bytes);
             },
             "utf16.md:1: not valid UTF-8 text; save the file as UTF-8"},
        };
    }

    QStringList besideOutput() const { return QDir(QFileInfo(m_output).absolutePath()).entryList(QDir::Files | QDir::Hidden); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        m_output = m_dir.filePath(QStringLiteral("out/huanjiao.sqlite"));
        const ContentBuild::Result result = ContentBuild::run({QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid")}, m_output);
        QVERIFY2(result.ok(), qPrintable(result.error));
        m_outputHash = fileHash(m_output);
    }

    void badInput_data()
    {
        QTest::addColumn<int>("index");
        const auto list = cases();
        for (int i = 0; i < list.size(); ++i)
            QTest::newRow(list.at(i).name) << i;
    }

    void badInput()
    {
        QFETCH(int, index);
        const Case c = cases().at(index);
        const QString folder = m_dir.filePath(QStringLiteral("content%1/content").arg(index));
        copyFolder(QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"), folder);
        c.spoil(folder);

        const ContentBuild::Result result = ContentBuild::run({folder}, m_output);
        QVERIFY(!result.ok());
        QStringList messages;
        for (const auto &d : result.diagnostics)
            messages.append(d.toString());
        QVERIFY2(messages.join(QLatin1Char('\n')).contains(QLatin1String(c.expected)),
                 qPrintable(messages.join(QLatin1Char('\n'))));
        QCOMPARE(fileHash(m_output), m_outputHash);
        QCOMPARE(besideOutput(), QStringList{QStringLiteral("huanjiao.sqlite")});
    }

    void partialDatabaseAsBase()
    {
        const QByteArray whole = readFile(m_output);
        const QString cut = writeFile(m_dir.filePath(QStringLiteral("cut.sqlite")), whole.left(whole.size() / 2));
        const ContentBuild::Result result = ContentBuild::run({cut}, m_output);
        QVERIFY(!result.ok());
        QVERIFY2(result.diagnostics.first().message.contains(QStringLiteral("incomplete")),
                 qPrintable(result.diagnostics.first().toString()));
        QCOMPARE(fileHash(m_output), m_outputHash);
    }

    void missingSource()
    {
        const ContentBuild::Result result = ContentBuild::run({m_dir.filePath(QStringLiteral("nowhere"))}, m_output);
        QCOMPARE(result.diagnostics.size(), 1);
        QVERIFY(result.diagnostics.first().message.startsWith(QStringLiteral("not found;")));
        QCOMPARE(fileHash(m_output), m_outputHash);
    }

    void anotherProgramsFileIsNotReplaced()
    {
        const QString notes = writeFile(m_dir.filePath(QStringLiteral("notes.txt")), "my notes\n");
        const ContentBuild::Result result = ContentBuild::run({QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid")}, notes);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("is not a Huanjiao content database")), qPrintable(result.error));
        QCOMPARE(readFile(notes), QByteArray("my notes\n"));
        QVERIFY(!QFileInfo::exists(AtomicInstall::backupPath(notes)));
    }

    void successKeepsThePreviousFileAsBak()
    {
        const QString output = m_dir.filePath(QStringLiteral("good/huanjiao.sqlite"));
        QDir().mkpath(QFileInfo(output).absolutePath());
        QVERIFY(ContentBuild::run({QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid")}, output, {},
                                  QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC))
                    .ok());
        const QByteArray first = fileHash(output);
        QVERIFY(ContentBuild::run({QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid")}, output, {},
                                  QDateTime(QDate(2026, 2, 2), QTime(0, 0), Qt::UTC))
                    .ok());
        QVERIFY(fileHash(output) != first);
        QCOMPARE(fileHash(AtomicInstall::backupPath(output)), first);
        QCOMPARE(QDir(QFileInfo(output).absolutePath()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("huanjiao.sqlite"), QStringLiteral("huanjiao.sqlite.bak")}));
    }

    // A build killed half-way leaves its NAME.XXXXXX.tmp; the next build
    // removes it, but not the file of a build that is running now.
    void staleTemporariesOfAKilledBuildAreRemoved()
    {
        const QString output = m_dir.filePath(QStringLiteral("stale/huanjiao.sqlite"));
        QDir().mkpath(QFileInfo(output).absolutePath());
        const QString stale = output + QStringLiteral(".Ab3xYz.tmp");
        const QString running = output + QStringLiteral(".Qq9Rr8.tmp");
        const QString other = QFileInfo(output).absolutePath() + QStringLiteral("/notes.Ab3xYz.tmp");
        writeFile(stale, "half a database");
        writeFile(running, "being written");
        writeFile(other, "someone else's");
        const int fd = ::open(QFile::encodeName(running).constData(), O_RDONLY);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0); // as a running build holds it
        QVERIFY(ContentBuild::run({QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid")}, output).ok());
        ::close(fd);
        QCOMPARE(QDir(QFileInfo(output).absolutePath()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("huanjiao.sqlite"), QStringLiteral("huanjiao.sqlite.Qq9Rr8.tmp"),
                              QStringLiteral("notes.Ab3xYz.tmp")}));
    }
};

QTEST_GUILESS_MAIN(TestBuildSafety)
#include "tst_buildsafety.moc"
