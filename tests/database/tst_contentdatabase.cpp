// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentDatabase.h"
#include "DatabaseFiles.h"
#include "DatabaseSchema.h"
#include "DatabaseVerifier.h"
#include "Repository.h"
#include "SchemaCheck.h"
#include "SearchEngine.h"
#include "SqlConnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace huanjiao;

// A bad content database is refused with a reason, never a crash.
class TestContentDatabase : public QObject
{
    Q_OBJECT

    test::DatabaseFiles m_files;

    void expectRefused(const QString &path, OpenError::Code code)
    {
        OpenError error;
        const auto db = ContentDatabase::open(path, &error);
        QVERIFY(!db);
        QCOMPARE(error.code, code);
        QVERIFY(error.message().contains(path));
    }

private slots:
    void bundledDatabaseOpens()
    {
        OpenError error;
        const auto db = ContentDatabase::open(QStringLiteral(HUANJIAO_TEST_DATABASE), &error);
        QVERIFY2(db, qPrintable(error.message()));
        QCOMPARE(error.code, OpenError::None);
        QCOMPARE(db->info().schemaVersion, DatabaseSchema::kVersion);
    }

    // fuzz_database mutates this seed. Once a schema change made it too old,
    // every mutation was refused at the version check and the fuzzer reached
    // nothing behind it; rebuild it as its file says when this fails.
    void fuzzSeedIsCurrent()
    {
        const QString seed = QStringLiteral(HUANJIAO_FUZZ_SEED);
        const QString path = m_files.write(QStringLiteral("seed.sqlite"), [&] {
            QFile file(seed);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }());
        OpenError error;
        const auto db = ContentDatabase::open(path, &error);
        QVERIFY2(db, qPrintable(error.message()));
        QCOMPARE(db->info().schemaVersion, DatabaseSchema::kVersion);
        const Repository repository(db->database());
        QVERIFY(repository.listSize(Kind::Condition) > 0);
        SearchEngine engine(db->database());
        const SearchResults results = engine.search(QStringLiteral("抽动"));
        QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
        QVERIFY(!results.hits.isEmpty());
    }

    void openedReadOnly()
    {
        const QString path = m_files.write(QStringLiteral("copy.sqlite"), m_files.bundled());
        OpenError error;
        const auto db = ContentDatabase::open(path, &error);
        QVERIFY(db);
        QSqlQuery q(db->database());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM entity")));
    }

    void missingFile() { expectRefused(m_files.filePath(QStringLiteral("nope.sqlite")), OpenError::Missing); }
    void emptyFile() { expectRefused(m_files.write(QStringLiteral("empty.sqlite"), {}), OpenError::Empty); }
    void textFile()
    {
        expectRefused(m_files.write(QStringLiteral("text.sqlite"), "hello, not a database\n"), OpenError::NotSqlite);
    }
    void directory() { expectRefused(m_files.path(), OpenError::NotSqlite); }

    void truncatedFile_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("header only") << 50;
        QTest::newRow("one page") << 4096;
        QTest::newRow("half") << -2;
    }

    void truncatedFile()
    {
        QFETCH(int, size);
        QByteArray bytes = m_files.bundled();
        bytes.truncate(size > 0 ? size : bytes.size() / -size);
        expectRefused(m_files.write(QStringLiteral("cut.sqlite"), bytes), OpenError::Truncated);
    }

    void randomBytesAfterTheHeader()
    {
        QByteArray bytes = m_files.bundled();
        for (int i = 100; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) & 0xff);
        OpenError error;
        const auto db = ContentDatabase::open(m_files.write(QStringLiteral("noise.sqlite"), bytes), &error);
        QVERIFY(!db);
        QVERIFY(error.code == OpenError::Corrupt || error.code == OpenError::Foreign);
    }

    void databaseOfAnotherProgram()
    {
        const QString path = m_files.filePath(QStringLiteral("other.sqlite"));
        {
            SqlConnection connection(path, SqlConnection::Mode::ReadWriteCreate);
            QSqlQuery(connection.database()).exec(QStringLiteral("CREATE TABLE notes(x)"));
        }
        expectRefused(path, OpenError::Foreign);
    }

    void schemaTooNew()
    {
        expectRefused(m_files.withPragma(QStringLiteral("new.sqlite"),
                                         QStringLiteral("user_version = %1").arg(DatabaseSchema::kVersion + 1)),
                      OpenError::TooNew);
    }

    void randomBytesAtSeveralOffsets_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("length");
        const qint64 size = m_files.bundled().size();
        QTest::newRow("the magic string") << qint64(0) << 16;
        QTest::newRow("the page size") << qint64(16) << 4;
        QTest::newRow("the rest of the header") << qint64(20) << 80;
        QTest::newRow("first page, schema") << qint64(100) << 3000;
        QTest::newRow("second page") << qint64(4096) << 4096;
        QTest::newRow("a page in the middle") << size / 2 << 512;
        QTest::newRow("the last page") << size - 4096 << 4096;
        QTest::newRow("a few bytes in the middle") << size / 3 << 7;
    }

    // Noise anywhere is refused with a message when opening sees it; where it
    // only hides in pages read later, reading every page fails quietly, never a crash.
    void randomBytesAtSeveralOffsets()
    {
        QFETCH(qint64, offset);
        QFETCH(int, length);
        QByteArray bytes = m_files.bundled();
        QRandomGenerator random(quint32(offset * 31 + length));
        for (qint64 i = offset; i < offset + length && i < bytes.size(); ++i)
            bytes[i] = char(random.bounded(256));
        const QString path = m_files.write(QStringLiteral("noise-%1.sqlite").arg(offset), bytes);
        OpenError error;
        const auto db = ContentDatabase::open(path, &error);
        if (!db) {
            QVERIFY(error.code != OpenError::None);
            QVERIFY2(error.message().contains(path), qPrintable(error.message()));
            return;
        }
        const Repository repository(db->database());
        for (Kind kind : allKinds()) {
            const QList<EntityRef> refs = repository.listRange(kind, 0, 0, 100000);
            for (const EntityRef &ref : refs)
                repository.entity(kind, ref.id);
        }
    }

    // Opening only reads: nothing is created beside the database, so it can
    // live on a read-only disk or in a folder the user may not write to.
    void readOnlyFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huanjiao.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(HUANJIAO_TEST_DATABASE), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        {
            OpenError error;
            const auto db = ContentDatabase::open(path, &error);
            QVERIFY2(db, qPrintable(error.message()));
            const Repository repository(db->database());
            QVERIFY(repository.listSize(Kind::Condition) > 0);
            QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // Another program writing to the file holds SQLite's exclusive lock: the
    // open gives up after the busy timeout and says so, it does not hang.
    void lockedByAnotherProgram()
    {
        const QString path = m_files.write(QStringLiteral("locked.sqlite"), m_files.bundled());
        int ready[2];
        QVERIFY(pipe(ready) == 0);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // Only the SQLite C API and async-safe calls in the forked child.
            sqlite3 *handle = nullptr;
            char ok = 0;
            if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
                && sqlite3_exec(handle, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK)
                ok = 1;
            if (::write(ready[1], &ok, 1) != 1)
                _exit(1);
            pause(); // holds the lock until killed
            _exit(0);
        }
        ::close(ready[1]);
        char ok = 0;
        const bool gotReady = ::read(ready[0], &ok, 1) == 1;
        ::close(ready[0]);

        QElapsedTimer timer;
        timer.start();
        OpenError error;
        const auto db = ContentDatabase::open(path, &error);
        const qint64 elapsed = timer.elapsed();
        kill(child, SIGKILL);
        waitpid(child, nullptr, 0);

        QVERIFY(gotReady && ok);
        QVERIFY(!db);
        QCOMPARE(error.code, OpenError::Locked);
        QVERIFY2(error.message().contains(QStringLiteral("locked by another program")), qPrintable(error.message()));
        // The busy timeout, not forever (a generous bound for a loaded machine).
        QVERIFY2(elapsed < 20 * SqlConnection::kBusyTimeoutMs, qPrintable(QString::number(elapsed)));

        // Once the other program is gone, the same file opens.
        const auto after = ContentDatabase::open(path, &error);
        QVERIFY2(after, qPrintable(error.message()));
    }

    // A file whose header, version and meta table are fine but that lost a
    // table, an index or a column the program queries is refused at open,
    // with what is missing, not used to show pages with empty names.
    void damagedSchema_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("words");
        QTest::newRow("entity dropped") << "DROP TABLE entity" << "table entity is missing";
        QTest::newRow("index dropped") << "DROP INDEX mention_target" << "index mention_target is missing";
        QTest::newRow("labels dropped") << "DROP TABLE search_label" << "table search_label is missing";
        QTest::newRow("column renamed") << "ALTER TABLE alias RENAME COLUMN name TO label" << "table alias has no column name";
        QTest::newRow("full-text dropped") << "DROP TABLE search_body" << "table search_body is missing";
        QTest::newRow("list dropped") << "DROP TABLE list_entry" << "table list_entry is missing";
        QTest::newRow("column added")
            << "ALTER TABLE relation ADD COLUMN extra TEXT" << "table relation has other columns";
        QTest::newRow("index elsewhere")
            << "DROP INDEX entity_parent; CREATE INDEX entity_parent ON section(entity)" << "index entity_parent";
    }

    void damagedSchema()
    {
        QFETCH(QString, statement);
        QFETCH(QString, words);
        const QString path = m_files.write(QStringLiteral("schema-%1.sqlite").arg(QTest::currentDataTag()).replace(u' ', u'-'),
                                           m_files.bundled());
        {
            SqlConnection connection(path, SqlConnection::Mode::ReadWriteCreate);
            QSqlQuery q(connection.database());
            for (const QString &part : statement.split(QStringLiteral("; ")))
                QVERIFY2(q.exec(part), qPrintable(part));
        }
        OpenError error;
        QVERIFY(!ContentDatabase::open(path, &error));
        QCOMPARE(error.code, OpenError::Corrupt);
        QVERIFY2(error.message().contains(words), qPrintable(error.message()));
        QVERIFY(error.message().contains(path));
    }

    // The bundled database is checked by its schema's text in one query; a
    // file whose tables have the same columns, written another way (by hand,
    // another SQLite), is still opened, by its columns.
    void schemaWrittenAnotherWay()
    {
        {
            SqlConnection bundled(QStringLiteral(HUANJIAO_TEST_DATABASE), SqlConnection::Mode::ReadOnly);
            QVERIFY(SchemaCheck::madeByThisBuild(bundled.database()));
        }
        const QString path = m_files.write(QStringLiteral("schema-respelled.sqlite"), m_files.bundled());
        {
            SqlConnection connection(path, SqlConnection::Mode::ReadWriteCreate);
            QSqlQuery q(connection.database());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE common_topic")));
            QVERIFY(q.exec(QStringLiteral("create table common_topic (rank integer primary key,  entity integer not null)")));
            QVERIFY(!SchemaCheck::madeByThisBuild(connection.database()));
        }
        OpenError error;
        const auto db = ContentDatabase::open(path, &error);
        QVERIFY2(db, qPrintable(error.message()));
    }

    // Garbage in the full-text data passes SQLite's integrity_check; the
    // full-text check finds it (the build's verification and the app's check
    // after start run it), and the bundled database passes it.
    void damagedFullTextIndex()
    {
        QCOMPARE(SchemaCheck::fullTextProblem(QStringLiteral(HUANJIAO_TEST_DATABASE)), QString());
        const QString path = m_files.write(QStringLiteral("fts.sqlite"), m_files.bundled());
        {
            SqlConnection connection(path, SqlConnection::Mode::ReadWriteCreate);
            QSqlQuery q(connection.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE search_body_data SET block = substr(block, 1, 12)"
                                          " || randomblob(length(block) - 12) WHERE id > 10 AND length(block) > 40")));
            QVERIFY(q.numRowsAffected() > 0);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok")); // SQLite alone sees nothing wrong
        }
        const QString problem = SchemaCheck::fullTextProblem(path);
        QVERIFY2(problem.contains(QStringLiteral("search_body")), qPrintable(problem));
        QString verified;
        QVERIFY(!DatabaseVerifier::verify(path, &verified));
        QVERIFY2(verified.contains(QStringLiteral("full-text")), qPrintable(verified));
    }

    // A query that fails while the program runs (the file changed under it)
    // is reported, never taken for "no rows".
    void runTimeErrorsAreReported()
    {
        const QString path = m_files.write(QStringLiteral("runtime.sqlite"), m_files.bundled());
        OpenError error;
        const auto db = ContentDatabase::open(path, &error);
        QVERIFY2(db, qPrintable(error.message()));
        const Repository repository(db->database());
        SearchEngine engine(db->database());
        QVERIFY(repository.entity(Kind::Condition, QStringLiteral("hemifacial-spasm")));
        QVERIFY(repository.error().isEmpty());
        QVERIFY(engine.search(QStringLiteral("面肌痉挛")).error.isEmpty());
        {
            SqlConnection writer(path, SqlConnection::Mode::ReadWriteCreate);
            QSqlQuery q(writer.database());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE alias")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE search_key")));
        }
        repository.entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
        QVERIFY2(repository.error().contains(QStringLiteral("alias")), qPrintable(repository.error()));
        SearchEngine after(db->database());
        const SearchResults results = after.search(QStringLiteral("面肌痉挛"));
        QVERIFY2(results.error.contains(QStringLiteral("search_key")), qPrintable(results.error));
    }

    // A journal left by a program stopped while writing: said exactly.
    void leftoverJournal()
    {
        const QString path = m_files.write(QStringLiteral("journal.sqlite"), m_files.bundled());
        m_files.write(QStringLiteral("journal.sqlite-journal"),
                      QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8) + QByteArray(504, '\0'));
        expectRefused(path, OpenError::Journal);
        OpenError error;
        ContentDatabase::open(path, &error);
        QVERIFY2(error.message().contains(QStringLiteral("-journal")), qPrintable(error.message()));
        // An empty journal (a finished transaction's) is no obstacle.
        m_files.write(QStringLiteral("journal.sqlite-journal"), {});
        QVERIFY(ContentDatabase::open(path, &error));
    }

    void schemaTooOld()
    {
        expectRefused(m_files.withPragma(QStringLiteral("old.sqlite"), QStringLiteral("user_version = 0")),
                      OpenError::TooOld);
    }
};

QTEST_GUILESS_MAIN(TestContentDatabase)
#include "tst_contentdatabase.moc"
