// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentDatabaseReloader.h"
#include "ContentSources.h"
#include "ContentTestSupport.h"
#include "DatabaseWriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace huanjiao;
using namespace huanjiao::test;

// A running app whose database file is replaced on disk is offered the new
// database once it has passed its checks, and keeps the old one otherwise.
class TestContentDatabaseReloader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // Builds the fixture content as `version` into a file of its own.
    QString buildVersion(const QString &version)
    {
        Diagnostics diagnostics;
        ContentSet content = ContentSources::load(QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"), &diagnostics);
        content.meta.version = version;
        const QString path = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
        QString error;
        if (!DatabaseWriter::write(content, path, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    // Puts `file` in place of the watched database as an update does: rename(2).
    void install(const QString &file)
    {
        QVERIFY(std::rename(QFile::encodeName(file).constData(), QFile::encodeName(m_path).constData()) == 0);
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("huanjiao.sqlite"));
        QFile::remove(m_path);
        install(buildVersion(QStringLiteral("1")));
    }

    void replacedDatabaseIsOfferedAfterItsChecks()
    {
        ContentDatabaseReloader reloader(m_path);
        QSignalSpy available(&reloader, &ContentDatabaseReloader::updateAvailable);
        QVERIFY(!reloader.hasUpdate());

        install(buildVersion(QStringLiteral("2")));
        QVERIFY(available.wait(10000));
        QVERIFY(reloader.hasUpdate());
        const auto update = reloader.takeUpdate();
        QVERIFY(update);
        QCOMPARE(update->info().contentVersion, QStringLiteral("2"));
        QVERIFY(!reloader.hasUpdate());

        // Taken, it is the one in use: looking again offers nothing new.
        reloader.check();
        QTest::qWait(200);
        QCOMPARE(available.size(), 1);
    }

    void fileThatFailsItsChecksIsRejectedAndTheOldOneKept()
    {
        ContentDatabaseReloader reloader(m_path);
        QSignalSpy available(&reloader, &ContentDatabaseReloader::updateAvailable);
        QSignalSpy rejected(&reloader, &ContentDatabaseReloader::updateRejected);

        // A copy cut short, as an interrupted transfer leaves it.
        const QByteArray whole = readFile(buildVersion(QStringLiteral("3")));
        install(writeFile(m_dir.filePath(QStringLiteral("cut.sqlite")), whole.left(whole.size() / 2)));
        QVERIFY(rejected.wait(10000));
        QVERIFY2(rejected.first().first().toString().contains(QStringLiteral("incomplete")),
                 qPrintable(rejected.first().first().toString()));
        QVERIFY(!reloader.hasUpdate());

        // Not a database at all.
        install(writeFile(m_dir.filePath(QStringLiteral("junk.sqlite")), "junk"));
        QVERIFY(rejected.wait(10000));
        QVERIFY(!reloader.hasUpdate());
        QCOMPARE(available.size(), 0);

        // Then a good one arrives after all.
        install(buildVersion(QStringLiteral("4")));
        QVERIFY(available.wait(10000));
        QCOMPARE(reloader.takeUpdate()->info().contentVersion, QStringLiteral("4"));
    }

    void databaseWithADanglingLinkIsRejected()
    {
        ContentDatabaseReloader reloader(m_path);
        QSignalSpy rejected(&reloader, &ContentDatabaseReloader::updateRejected);
        const QString damaged = buildVersion(QStringLiteral("5"));
        {
            SqlConnection connection(damaged, SqlConnection::Mode::ReadWriteCreate);
            QSqlQuery q(connection.database());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM entity WHERE kind = 'doctor'")));
        }
        install(damaged);
        QVERIFY(rejected.wait(10000));
        QVERIFY2(rejected.first().first().toString().contains(QStringLiteral("has relations whose source record is missing: 1")),
                 qPrintable(rejected.first().first().toString()));
        QVERIFY(!reloader.hasUpdate());
    }
};

QTEST_GUILESS_MAIN(TestContentDatabaseReloader)
#include "tst_contentdatabasereloader.moc"
