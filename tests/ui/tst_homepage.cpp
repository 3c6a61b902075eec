// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentBuild.h"
#include "ContentDatabase.h"
#include "PageSource.h"
#include "Repository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace huanjiao;

// The home page says which content this is: its version and build date, and
// the version of each clinic overlay built into it.
class TestHomePage : public QObject
{
    Q_OBJECT

    static QString homeText(const ContentDatabase &db)
    {
        const Repository repository(db.database());
        const PageSource pages(repository, db.info());
        QTextDocument document;
        document.setHtml(pages.page(PageSource::homeUrl()).html);
        return document.toPlainText();
    }

private slots:
    void bundledContentShowsVersionAndDate()
    {
        OpenError error;
        const auto db = ContentDatabase::open(QStringLiteral(HUANJIAO_TEST_DATABASE), &error);
        QVERIFY(db);
        const QString text = homeText(*db);
        const ContentInfo &info = db->info();
        QVERIFY(!info.contentVersion.isEmpty());
        QVERIFY2(text.contains(QStringLiteral("Content: %1, version %2, built %3")
                                   .arg(info.contentName, info.contentVersion, info.buildDate.left(10))),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("With ")));
    }

    void overlaysAreListedWithTheirVersions()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("clinic")));
        QFile meta(dir.filePath(QStringLiteral("clinic/content.md")));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write("@content clinic\nname: 本院医生\nversion: 2026.4\n");
        meta.close();
        const QString output = dir.filePath(QStringLiteral("clinic.sqlite"));
        const ContentBuild::Result result = ContentBuild::run(
            {QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"), dir.filePath(QStringLiteral("clinic"))}, output, {},
            QDateTime(QDate(2026, 4, 5), QTime(6, 7), Qt::UTC));
        QVERIFY2(result.ok(), qPrintable(result.error));
        OpenError error;
        const auto db = ContentDatabase::open(output, &error);
        QVERIFY(db);
        const QString text = homeText(*db);
        QVERIFY2(text.contains(QStringLiteral("Content: 测试内容, version 1.0, built 2026-04-05")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("With 本院医生, version 2026.4")), qPrintable(text));
    }
};

QTEST_MAIN(TestHomePage)
#include "tst_homepage.moc"
