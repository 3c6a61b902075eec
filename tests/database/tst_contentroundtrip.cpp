// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentBuild.h"
#include "ContentExport.h"
#include "ContentImport.h"
#include "ContentSources.h"
#include "SourceTree.h"
#include "ContentTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;
using namespace huanjiao::test;

// Content survives every change of form: database -> text sources -> database
// gives the same rows in the same order, and so does the interchange format.
class TestContentRoundTrip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QDateTime m_buildDate{QDate(2026, 5, 6), QTime(7, 8), Qt::UTC};

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void build(const QStringList &layers, const QString &output)
    {
        const ContentBuild::Result result = ContentBuild::run(layers, output, {}, m_buildDate);
        QStringList messages;
        for (const auto &d : result.diagnostics)
            messages.append(d.toString());
        QVERIFY2(result.ok(), qPrintable(messages.join(QLatin1Char('\n')) + result.error));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        build({QStringLiteral(HUANJIAO_CONTENT_DIR)}, path(QStringLiteral("bundled.sqlite")));
    }

    void exportThenBuildGivesTheSameRows()
    {
        QString error;
        int records = 0;
        QVERIFY2(ContentExport::run(path(QStringLiteral("bundled.sqlite")), path(QStringLiteral("exported")), &error,
                                    &records),
                 qPrintable(error));
        QVERIFY(records > 100);
        build({path(QStringLiteral("exported"))}, path(QStringLiteral("rebuilt.sqlite")));
        const QStringList before = dumpDatabase(path(QStringLiteral("bundled.sqlite")));
        const QStringList after = dumpDatabase(path(QStringLiteral("rebuilt.sqlite")));
        QVERIFY(before.size() > 1000);
        QCOMPARE(after, before);
    }

    void exportIsStable()
    {
        // The rebuilt database exports to the very same files (but the comment
        // naming the database it came from).
        QString error;
        QVERIFY(ContentExport::run(path(QStringLiteral("rebuilt.sqlite")), path(QStringLiteral("exported-again")),
                                   &error));
        auto first = folderContents(path(QStringLiteral("exported")));
        auto second = folderContents(path(QStringLiteral("exported-again")));
        QCOMPARE(second.keys(), first.keys());
        first.remove(QStringLiteral("content.md"));
        second.remove(QStringLiteral("content.md"));
        QCOMPARE(second, first);
        QVERIFY(first.contains(QStringLiteral("conditions/hemifacial-spasm.md")));
        QVERIFY(first.contains(QStringLiteral("doctors/doctors.md")));
    }

    void exportedTextReadsLikeTheSources()
    {
        // An exported topic is the authored file, up to the spelling of links.
        const QByteArray exported = readFile(path(QStringLiteral("exported/conditions/hemifacial-spasm.md")));
        const QByteArray authored = readFile(QStringLiteral(HUANJIAO_CONTENT_DIR "/conditions/hemifacial-spasm.md"));
        QCOMPARE(QString::fromUtf8(exported), QString::fromUtf8(authored));
    }

    void interchangeRoundTrip()
    {
        QString error;
        QVERIFY2(ContentExport::run(path(QStringLiteral("bundled.sqlite")), path(QStringLiteral("all.jsonl")), &error),
                 qPrintable(error));
        const QList<QByteArray> lines = readFile(path(QStringLiteral("all.jsonl"))).split('\n');
        QVERIFY(lines.first().startsWith(R"({"kind": "content", "id": "huanjiao-sample")"));
        // Built straight from the interchange file ...
        build({path(QStringLiteral("all.jsonl"))}, path(QStringLiteral("from-jsonl.sqlite")));
        QCOMPARE(dumpDatabase(path(QStringLiteral("from-jsonl.sqlite"))),
                 dumpDatabase(path(QStringLiteral("bundled.sqlite"))));
        // ... and imported to text sources first.
        const ContentImport::Result imported =
            ContentImport::run(path(QStringLiteral("all.jsonl")), {}, path(QStringLiteral("imported")));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        build({path(QStringLiteral("imported"))}, path(QStringLiteral("from-import.sqlite")));
        QCOMPARE(dumpDatabase(path(QStringLiteral("from-import.sqlite"))),
                 dumpDatabase(path(QStringLiteral("bundled.sqlite"))));
    }

    void manyTopicsGoIntoNumberedParts()
    {
        // Generated content (thousands of topics of a kind) is written in
        // files of 500 records, which read back in the same order.
        Diagnostics diagnostics;
        ContentSet content = ContentSources::load(QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"), &diagnostics);
        QVERIFY(diagnostics.isEmpty());
        const auto emg = std::find_if(content.records.cbegin(), content.records.cend(),
                                      [](const ContentRecord &r) { return r.kind == Kind::Test; });
        QVERIFY(emg != content.records.cend());
        ContentRecord copy = *emg;
        for (int i = 1200; i > 0; --i) { // ids in descending order: not the order names would sort in
            copy.source.id = QStringLiteral("t%1").arg(i);
            content.records.append(copy);
        }
        const QString folder = path(QStringLiteral("many"));
        QString error;
        QVERIFY2(SourceTree::write(content, folder, &error), qPrintable(error));
        const QStringList tests = filesBelow(folder + QStringLiteral("/tests"));
        QCOMPARE(tests, (QStringList{QStringLiteral("part-0001.md"), QStringLiteral("part-0002.md"),
                                     QStringLiteral("part-0003.md")}));
        const ContentSet back = ContentSources::load(folder, &diagnostics);
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(back.records.size(), content.records.size());
        for (qsizetype i = 0; i < back.records.size(); ++i)
            QCOMPARE(back.records.at(i).source.id, content.records.at(i).source.id);
    }

    void exportKeepsThePreviousFolder()
    {
        const QString target = path(QStringLiteral("kept"));
        QString error;
        QVERIFY(ContentExport::run(path(QStringLiteral("bundled.sqlite")), target, &error));
        writeFile(target + QStringLiteral("/doctors/mine.md"), "@doctor mine\n");
        QVERIFY(ContentExport::run(path(QStringLiteral("bundled.sqlite")), target, &error));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/doctors/mine.md")));
        QVERIFY(QFileInfo::exists(target + QStringLiteral(".bak/doctors/mine.md")));
    }

    void exportRefusesAFolderThatIsNotContent()
    {
        const QString target = path(QStringLiteral("documents"));
        writeFile(target + QStringLiteral("/letter.txt"), "not content");
        QString error;
        QVERIFY(!ContentExport::run(path(QStringLiteral("bundled.sqlite")), target, &error));
        QVERIFY2(error.contains(QStringLiteral("not a content folder")), qPrintable(error));
        QCOMPARE(filesBelow(target), QStringList{QStringLiteral("letter.txt")});
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".bak")));
    }

    void badDatabaseIsNotExported()
    {
        const QString bad = writeFile(path(QStringLiteral("bad.sqlite")), "not a database at all");
        QString error;
        QVERIFY(!ContentExport::run(bad, path(QStringLiteral("from-bad")), &error));
        QVERIFY2(error.contains(QStringLiteral("not a content database")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("from-bad"))));
    }
};

QTEST_GUILESS_MAIN(TestContentRoundTrip)
#include "tst_contentroundtrip.moc"
