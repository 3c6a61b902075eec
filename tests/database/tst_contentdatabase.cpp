#include "ContentDatabase.h"
#include "DatabaseSchema.h"
#include "SqlConnection.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;

// A bad content database is refused with a reason, never a crash.
class TestContentDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    QByteArray bundled()
    {
        QFile file(QStringLiteral(HUANJIAO_TEST_DATABASE));
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }

    // A copy of the bundled database with one PRAGMA changed.
    QString withPragma(const QString &name, const QString &pragma)
    {
        const QString path = write(name, bundled());
        SqlConnection connection(path, SqlConnection::Mode::ReadWriteCreate);
        QSqlQuery(connection.database()).exec(QStringLiteral("PRAGMA ") + pragma);
        return path;
    }

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

    void openedReadOnly()
    {
        const QString path = write(QStringLiteral("copy.sqlite"), bundled());
        OpenError error;
        const auto db = ContentDatabase::open(path, &error);
        QVERIFY(db);
        QSqlQuery q(db->database());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM entity")));
    }

    void missingFile() { expectRefused(m_dir.filePath(QStringLiteral("nope.sqlite")), OpenError::Missing); }
    void emptyFile() { expectRefused(write(QStringLiteral("empty.sqlite"), {}), OpenError::Empty); }
    void textFile() { expectRefused(write(QStringLiteral("text.sqlite"), "hello, not a database\n"), OpenError::NotSqlite); }
    void directory() { expectRefused(m_dir.path(), OpenError::NotSqlite); }

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
        QByteArray bytes = bundled();
        bytes.truncate(size > 0 ? size : bytes.size() / -size);
        expectRefused(write(QStringLiteral("cut.sqlite"), bytes), OpenError::Truncated);
    }

    void randomBytesAfterTheHeader()
    {
        QByteArray bytes = bundled();
        for (int i = 100; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) & 0xff);
        OpenError error;
        const auto db = ContentDatabase::open(write(QStringLiteral("noise.sqlite"), bytes), &error);
        QVERIFY(!db);
        QVERIFY(error.code == OpenError::Corrupt || error.code == OpenError::Foreign);
    }

    void databaseOfAnotherProgram()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            SqlConnection connection(path, SqlConnection::Mode::ReadWriteCreate);
            QSqlQuery(connection.database()).exec(QStringLiteral("CREATE TABLE notes(x)"));
        }
        expectRefused(path, OpenError::Foreign);
    }

    void schemaTooNew()
    {
        expectRefused(withPragma(QStringLiteral("new.sqlite"),
                                 QStringLiteral("user_version = %1").arg(DatabaseSchema::kVersion + 1)),
                      OpenError::TooNew);
    }

    void schemaTooOld()
    {
        expectRefused(withPragma(QStringLiteral("old.sqlite"), QStringLiteral("user_version = 0")), OpenError::TooOld);
    }
};

QTEST_GUILESS_MAIN(TestContentDatabase)
#include "tst_contentdatabase.moc"
