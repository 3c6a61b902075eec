// SPDX-License-Identifier: GPL-3.0-or-later
// The user's store of bookmarks and recently viewed pages: what is committed
// survives a crash, a full disk or an unwritable folder loses nothing and
// says why, and bookmarks go out and come back as JSON.

#include "UserStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace huanjiao;

namespace {

const char kChildArgument[] = "--write-bookmarks";

QUrl topic(int i)
{
    return QUrl(QStringLiteral("huanjiao://condition/c%1").arg(i));
}

// The child: adds bookmarks until killed, printing each id once committed.
int writeBookmarksForever(const QString &path)
{
    QString error;
    const auto store = UserStore::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    for (int i = 0;; ++i) {
        const qint64 id = store->addBookmark(topic(i), QStringLiteral("Topic %1").arg(i));
        if (id <= 0) {
            std::fprintf(stderr, "%s\n", qPrintable(store->lastError()));
            return 3;
        }
        std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
        if (i % 2)
            store->addRecent(topic(i), QStringLiteral("Topic %1").arg(i));
    }
}

QString integrity(const UserStore &store)
{
    QSqlQuery query(store.database());
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() ? query.value(0).toString()
                                                                              : QStringLiteral("failed");
}

} // namespace

class TestUserStore : public QObject
{
    Q_OBJECT

private slots:
    void bookmarksAndRecent();
    void recentKeepsTheLastFifty();
    void survivesAKillMidWrite();
    void unwritableFolderSaysWhy();
    void fullDiskLosesNothing();
    void exportAndImport();
    void importRejectsBadFiles();
    void foreignFileIsRefused();
    void foreignSqliteFileIsLeftUntouched();
    void onlyItsOwnerCanReadIt();
    void missingTableIsMadeAgainWithACopyKept();
    void handoutCountsHoldTopicKindAndDateOnly();
    void handoutCountsCsvOpensInPythonsCsvReader();
    void versionOneStoreGainsHandoutCounts();
};

void TestUserStore::bookmarksAndRecent()
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("nested/user.sqlite"));
    {
        auto store = UserStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery mode(store->database());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        mode.finish(); // a statement left running would block the store's commits
        const qint64 first = store->addBookmark(topic(1), QStringLiteral("Asthma"));
        QVERIFY2(first > 0, qPrintable(store->lastError()));
        QVERIFY(store->addBookmark(topic(2), QStringLiteral("Gout")) > 0);
        QCOMPARE(store->addBookmark(topic(1), QStringLiteral("Asthma again")), first);
        QVERIFY(store->isBookmarked(topic(2)));
        QVERIFY(store->removeBookmark(topic(2)));
        QVERIFY(!store->isBookmarked(topic(2)));
        QVERIFY(store->addRecent(topic(5), QStringLiteral("Five")));
        QTest::qWait(2);
        QVERIFY(store->addRecent(topic(6), QStringLiteral("Six")));
    }
    auto store = UserStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<UserItem> bookmarks = store->bookmarks();
    QCOMPARE(bookmarks.size(), 1);
    QCOMPARE(bookmarks.first().url, topic(1));
    QCOMPARE(bookmarks.first().title, QStringLiteral("Asthma"));
    const QList<UserItem> recent = store->recent();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.first().url, topic(6)); // newest first
}

void TestUserStore::recentKeepsTheLastFifty()
{
    QTemporaryDir dir;
    QString error;
    auto store = UserStore::open(dir.filePath(QStringLiteral("user.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    for (int i = 0; i < UserStore::kRecentLimit + 10; ++i)
        QVERIFY(store->addRecent(topic(i), QString::number(i)));
    // Seeing an old page again moves it to the top instead of adding it twice.
    QVERIFY(store->addRecent(topic(30), QStringLiteral("30")));
    const QList<UserItem> recent = store->recent();
    QCOMPARE(recent.size(), UserStore::kRecentLimit);
    QCOMPARE(recent.first().url, topic(30));
    QSet<QUrl> urls;
    for (const UserItem &item : recent)
        urls.insert(item.url);
    QVERIFY(!urls.contains(topic(0)));
    QVERIFY(urls.contains(topic(UserStore::kRecentLimit + 9)));
    QVERIFY(store->clearRecent());
    QVERIFY(store->recent().isEmpty());
}

void TestUserStore::survivesAKillMidWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildArgument), path});
    QVERIFY(child.waitForStarted());
    QList<qint64> reported;
    QByteArray pending;
    // Let it commit a good number, then kill it wherever it happens to be.
    while (reported.size() < 150 && child.state() == QProcess::Running) {
        child.waitForReadyRead(5000);
        pending += child.readAllStandardOutput();
        int newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            reported.append(pending.left(newline).toLongLong());
            pending.remove(0, newline + 1);
        }
    }
    QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // Ids printed after the last read are committed too; read them as well.
    pending += child.readAllStandardOutput();
    QList<QByteArray> lines = pending.split('\n');
    lines.removeLast(); // empty, or a line cut short by the kill
    for (const QByteArray &line : std::as_const(lines))
        reported.append(line.toLongLong());

    QString error;
    auto store = UserStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(integrity(*store), QStringLiteral("ok"));
    QSet<qint64> stored;
    for (const UserItem &item : store->bookmarks())
        stored.insert(item.id);
    QVERIFY(reported.size() >= 150);
    for (qint64 id : std::as_const(reported))
        QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("bookmark %1 was committed but is lost").arg(id)));
    // The store still takes new bookmarks after the crash.
    QVERIFY(store->addBookmark(QUrl(QStringLiteral("huanjiao://drug/after")), QStringLiteral("After")) > 0);
}

void TestUserStore::unwritableFolderSaysWhy()
{
    QTemporaryDir dir;
    // A folder that cannot be made, even by root: its parent is a file.
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    const QString path = dir.filePath(QStringLiteral("not-a-folder/huanjiao/user.sqlite"));
    QVERIFY(!UserStore::open(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(QFileInfo(path).absolutePath())), qPrintable(error));

    if (geteuid() == 0)
        QSKIP("root writes to read-only folders; the file-blocked case above covered the message");
    const QString folder = dir.filePath(QStringLiteral("locked"));
    {
        auto store = UserStore::open(folder + QStringLiteral("/user.sqlite"), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->addBookmark(topic(1), QStringLiteral("Kept")) > 0);
    }
    QFile::setPermissions(folder + QStringLiteral("/user.sqlite"), QFile::ReadOwner);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    auto store = UserStore::open(folder + QStringLiteral("/user.sqlite"), &error);
    if (store) {
        QCOMPARE(store->addBookmark(topic(2), QStringLiteral("New")), 0);
        QVERIFY(!store->lastError().isEmpty());
        QCOMPARE(store->bookmarks().size(), 1);
    } else {
        QVERIFY(!error.isEmpty());
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestUserStore::fullDiskLosesNothing()
{
    QTemporaryDir dir;
    QString error;
    auto store = UserStore::open(dir.filePath(QStringLiteral("user.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->addBookmark(topic(1), QStringLiteral("Kept")) > 0);
    // SQLite's own page limit stands in for a full disk: writes fail with SQLITE_FULL.
    QSqlQuery limit(store->database());
    QVERIFY(limit.exec(QStringLiteral("PRAGMA page_count")) && limit.next());
    QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(limit.value(0).toInt())));
    int failures = 0;
    for (int i = 2; i < 200 && failures == 0; ++i) {
        if (store->addBookmark(topic(i), QString(200, QLatin1Char('x'))) == 0)
            ++failures;
    }
    QCOMPARE(failures, 1);
    QVERIFY2(store->lastError().contains(QStringLiteral("Nothing was changed")), qPrintable(store->lastError()));
    QVERIFY(store->isBookmarked(topic(1)));
    QCOMPARE(integrity(*store), QStringLiteral("ok"));
    // Reading goes on, and so does the import's all-or-nothing transaction.
    QVERIFY(!store->bookmarks().isEmpty());
}

void TestUserStore::exportAndImport()
{
    QTemporaryDir dir;
    QString error;
    auto from = UserStore::open(dir.filePath(QStringLiteral("a.sqlite")), &error);
    QVERIFY2(from, qPrintable(error));
    QVERIFY(from->addBookmark(topic(1), QStringLiteral("哮喘")) > 0);
    QTest::qWait(2);
    QVERIFY(from->addBookmark(topic(2), QStringLiteral("痛风")) > 0);
    const QByteArray json = from->exportBookmarks();

    auto to = UserStore::open(dir.filePath(QStringLiteral("b.sqlite")), &error);
    QVERIFY2(to, qPrintable(error));
    QVERIFY(to->addBookmark(topic(2), QStringLiteral("already here")) > 0);
    QCOMPARE(to->importBookmarks(json), 1);
    const QList<UserItem> imported = to->bookmarks();
    QCOMPARE(imported.size(), 2);
    QVERIFY(to->isBookmarked(topic(1)));
    for (const UserItem &item : imported)
        if (item.url == topic(1))
            QCOMPARE(item.title, QStringLiteral("哮喘"));
    QCOMPARE(to->importBookmarks(json), 0); // twice changes nothing
}

void TestUserStore::importRejectsBadFiles()
{
    QTemporaryDir dir;
    QString error;
    auto store = UserStore::open(dir.filePath(QStringLiteral("user.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->addBookmark(topic(1), QStringLiteral("Kept")) > 0);
    QCOMPARE(store->importBookmarks("{not json"), -1);
    QVERIFY(store->lastError().contains(QStringLiteral("not valid JSON")));
    QCOMPARE(store->importBookmarks("{\"format\":\"something-else\",\"bookmarks\":[]}"), -1);
    QVERIFY(store->lastError().contains(QStringLiteral("not a Huanjiao bookmarks export")));
    // One bad entry and none of the good ones go in either.
    QCOMPARE(store->importBookmarks("{\"format\":\"huanjiao-bookmarks\",\"version\":1,\"bookmarks\":["
                                    "{\"url\":\"huanjiao://drug/good\",\"title\":\"Good\"},"
                                    "{\"url\":\"https://example.org/\",\"title\":\"Bad\"}]}"),
             -1);
    QVERIFY(store->lastError().contains(QStringLiteral("Bookmark 2")));
    QCOMPARE(store->bookmarks().size(), 1);
}

void TestUserStore::foreignFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a database, and it is long enough to look like a file header....");
    file.close();
    QString error;
    QVERIFY(!UserStore::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("Cannot open the bookmarks file")), qPrintable(error));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().startsWith("this is not a database")); // nothing overwritten
}

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

// Another program's SQLite database where the store should be (no
// application id of ours, tables of its own): refused, and not a byte of it
// changes (no tables added, not switched to WAL).
void TestUserStore::foreignSqliteFileIsLeftUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('mine')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());
    QString error;
    QVERIFY(!UserStore::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("user.sqlite")});
}

// What people viewed is theirs: the store and its journal are 0600, also one
// an earlier version left readable by everyone.
void TestUserStore::onlyItsOwnerCanReadIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    {
        QString error;
        const auto store = UserStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->addRecent(topic(1), QStringLiteral("Topic 1")));
        QCOMPARE(QFileInfo(path).permissions() & others, QFile::Permissions());
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).permissions() & others, QFile::Permissions());
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QString error;
    const auto store = UserStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(QFileInfo(path).permissions() & others, QFile::Permissions());
    QCOMPARE(store->recent().size(), 1);
}

// A store of ours with a table gone: opened, the table made again (the
// bookmarks in the other table kept), a copy of the file as it was kept
// beside it, and a note saying so; then it works.
void TestUserStore::missingTableIsMadeAgainWithACopyKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    {
        QString error;
        const auto store = UserStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->addBookmark(topic(1), QStringLiteral("Topic 1")) > 0);
        QVERIFY(store->addRecent(topic(2), QStringLiteral("Topic 2")));
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE recent")));
        QVERIFY(store->repairNote().isEmpty());
    }
    QString error;
    const auto store = UserStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(store->repairNote().contains(QStringLiteral("recent")), qPrintable(store->repairNote()));
    const QStringList copies = QDir(dir.path()).entryList({QStringLiteral("user.sqlite.broken-*")}, QDir::Files);
    QCOMPARE(copies.size(), 1);
    QVERIFY(store->repairNote().contains(copies.first()));
    QCOMPARE(store->bookmarks().size(), 1);
    QVERIFY2(store->addRecent(topic(3), QStringLiteral("Topic 3")), qPrintable(store->lastError()));
    QCOMPARE(store->recent().size(), 1);
    QVERIFY(store->lastError().isEmpty());
    // The copy is the file as it was: the bookmark, and no recent table.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
        db.setDatabaseName(dir.filePath(copies.first()));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM bookmarks")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM recent")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
}

void TestUserStore::handoutCountsHoldTopicKindAndDateOnly()
{
    QTemporaryDir dir;
    QString error;
    const auto store = UserStore::open(dir.filePath(QStringLiteral("user.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    const QDate day(2026, 12, 1);
    QVERIFY(store->countHandout(QStringLiteral("condition/asthma"), QStringLiteral("full"), day));
    QVERIFY(store->countHandout(QStringLiteral("condition/asthma"), QStringLiteral("full"), day));
    QVERIFY(store->countHandout(QStringLiteral("condition/asthma"), QStringLiteral("summary"), day));
    QVERIFY(store->countHandout(QStringLiteral("drug/metformin"), QStringLiteral("full"), day.addDays(1)));
    const QList<HandoutCount> counts = store->handoutCounts();
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.at(0).topic, QStringLiteral("drug/metformin"));
    QCOMPARE(counts.at(0).day, day.addDays(1));
    QCOMPARE(counts.at(1).topic, QStringLiteral("condition/asthma"));
    QCOMPARE(counts.at(1).kind, QStringLiteral("full"));
    QCOMPARE(counts.at(1).count, 2);

    // The table itself can hold nothing but topic, kind, day and the count:
    // no time of day, no row order that tells one patient from the next.
    QSqlQuery query(store->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA table_info(handout_counts)")));
    QStringList columns;
    while (query.next())
        columns << query.value(1).toString();
    QCOMPARE(columns, (QStringList{QStringLiteral("topic"), QStringLiteral("kind"), QStringLiteral("day"),
                                   QStringLiteral("handed")}));
    QVERIFY(query.exec(QStringLiteral("SELECT day FROM handout_counts")));
    while (query.next())
        QCOMPARE(query.value(0).toString().size(), 10); // YYYY-MM-DD

    QVERIFY(store->clearHandoutCounts());
    QVERIFY(store->handoutCounts().isEmpty());
}

void TestUserStore::handoutCountsCsvOpensInPythonsCsvReader()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QFAIL("python3 is not installed (see packaging/debian12-packages.txt)");
    QTemporaryDir dir;
    QString error;
    const auto store = UserStore::open(dir.filePath(QStringLiteral("user.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    // A topic id with a comma and a quote must not break the row; Chinese must survive.
    QVERIFY(store->countHandout(QStringLiteral("condition/面肌痉挛,\"x\""), QStringLiteral("summary"), QDate(2026, 12, 1)));
    QVERIFY(store->countHandout(QStringLiteral("condition/asthma"), QStringLiteral("full"), QDate(2026, 11, 30)));
    const QByteArray csv = store->exportHandoutCountsCsv();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // the BOM spreadsheets need to read UTF-8
    const QString path = dir.filePath(QStringLiteral("counts.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();

    // Read as a spreadsheet would: utf-8-sig strips the BOM, csv parses the quoting.
    const QString script = QStringLiteral(
        "import csv, json, sys\n"
        "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
        "    print(json.dumps(list(csv.reader(f)), ensure_ascii=False))\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    QCOMPARE(out, QStringLiteral("[[\"topic\", \"kind\", \"date\", \"count\"], "
                                 "[\"condition/面肌痉挛,\\\"x\\\"\", \"summary\", \"2026-12-01\", \"1\"], "
                                 "[\"condition/asthma\", \"full\", \"2026-11-30\", \"1\"]]"));
}

void TestUserStore::versionOneStoreGainsHandoutCounts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    QString error;
    {
        const auto store = UserStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->addBookmark(topic(1), QStringLiteral("One")) > 0);
        // Back to what version 1 wrote: no counts table.
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE handout_counts")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=1")));
    }
    const auto store = UserStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->bookmarks().size(), 1);
    QVERIFY(store->countHandout(QStringLiteral("condition/asthma"), QStringLiteral("full"), QDate(2026, 12, 1)));
    QCOMPARE(store->handoutCounts().size(), 1);
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], kChildArgument) == 0) {
        QCoreApplication app(argc, argv);
        return writeBookmarksForever(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestUserStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_userstore.moc"
