// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentBuild.h"
#include "ContentDatabase.h"
#include "ContentSchema.h"
#include "ContentTestSupport.h"
#include "InterchangeReader.h"
#include "Repository.h"
#include "SourceParser.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;
using namespace huanjiao::test;

// docs/content-format.md is what clinics write content from: its examples must
// be valid, complete (every kind, every field, every section) and say the same
// thing in both formats, and every field must be documented.
class TestContentFormatDoc : public QObject
{
    Q_OBJECT

    QString m_doc;
    QTemporaryDir m_dir;
    const QDateTime m_date{QDate(2026, 1, 20), QTime(9, 0), Qt::UTC};

    // The text of the fenced block opened by ```info.
    QString block(const QString &info) const
    {
        const QRegularExpression re(QStringLiteral("\n```%1\n(.*?)\n```\n").arg(QRegularExpression::escape(info)),
                                    QRegularExpression::DotMatchesEverythingOption);
        return re.match(m_doc).captured(1);
    }

    static QStringList messages(const ContentBuild::Result &result)
    {
        QStringList list;
        for (const auto &d : result.diagnostics)
            list.append(d.toString());
        if (!result.error.isEmpty())
            list.append(result.error);
        return list;
    }

    // kind -> keys (fields and sections) the records of that kind use.
    static QMap<QString, QSet<QString>> keysUsed(const QList<SourceRecord> &records)
    {
        QMap<QString, QSet<QString>> used;
        for (const auto &record : records) {
            for (const auto &f : record.fields)
                used[record.kind].insert(f.key);
            for (const auto &s : record.sections)
                used[record.kind].insert(QStringLiteral("## ") + s.key);
        }
        return used;
    }

    static void verifyComplete(const QList<SourceRecord> &records)
    {
        const auto used = keysUsed(records);
        for (Kind kind : allKinds()) {
            const QString name = kindName(kind);
            QVERIFY2(used.contains(name), qPrintable(QStringLiteral("no example of a %1").arg(name)));
            for (const auto &spec : ContentSchema::fields(kind))
                QVERIFY2(used.value(name).contains(spec.key),
                         qPrintable(QStringLiteral("no example of %1 field '%2'").arg(name, spec.key)));
            for (const auto &spec : ContentSchema::sections(kind))
                QVERIFY2(used.value(name).contains(QStringLiteral("## ") + spec.key),
                         qPrintable(QStringLiteral("no example of %1 section '%2'").arg(name, spec.key)));
        }
    }

private slots:
    void initTestCase()
    {
        m_doc = QString::fromUtf8(readFile(QStringLiteral(HUANJIAO_DOCS_DIR "/content-format.md")));
        QVERIFY(m_doc.size() > 1000);
        QVERIFY(m_dir.isValid());
        writeFile(m_dir.filePath(QStringLiteral("base/example.md")), block(QStringLiteral("huanjiao")).toUtf8());
        writeFile(m_dir.filePath(QStringLiteral("example.jsonl")), block(QStringLiteral("jsonl")).toUtf8() + '\n');
        writeFile(m_dir.filePath(QStringLiteral("overlay/clinic.md")), block(QStringLiteral("huanjiao-overlay")).toUtf8());
    }

    void textExampleIsValidAndComplete()
    {
        // The examples meet the writing standard too: clinics copy them.
        const ContentBuild::Result result =
            ContentBuild::run({m_dir.filePath(QStringLiteral("base"))}, m_dir.filePath(QStringLiteral("text.sqlite")), {}, m_date,
                              ContentBuild::Checks::FormatAndLint);
        QVERIFY2(result.ok(), qPrintable(messages(result).join(QLatin1Char('\n'))));
        Diagnostics diagnostics;
        verifyComplete(SourceParser::parse(QStringLiteral("example.md"), block(QStringLiteral("huanjiao")).toUtf8(),
                                           &diagnostics));
    }

    void interchangeExampleIsTheSameContent()
    {
        const ContentBuild::Result result = ContentBuild::run(
            {m_dir.filePath(QStringLiteral("example.jsonl"))}, m_dir.filePath(QStringLiteral("jsonl.sqlite")), {}, m_date);
        QVERIFY2(result.ok(), qPrintable(messages(result).join(QLatin1Char('\n'))));
        QCOMPARE(dumpDatabase(m_dir.filePath(QStringLiteral("jsonl.sqlite"))),
                 dumpDatabase(m_dir.filePath(QStringLiteral("text.sqlite"))));
        Diagnostics diagnostics;
        verifyComplete(InterchangeReader::read(m_dir.filePath(QStringLiteral("example.jsonl")), &diagnostics));
    }

    void overlayExampleReplacesTheDoctors()
    {
        const QString output = m_dir.filePath(QStringLiteral("overlay.sqlite"));
        const ContentBuild::Result result = ContentBuild::run(
            {m_dir.filePath(QStringLiteral("base")), m_dir.filePath(QStringLiteral("overlay"))}, output);
        QVERIFY2(result.ok(), qPrintable(messages(result).join(QLatin1Char('\n'))));
        OpenError error;
        const auto db = ContentDatabase::open(output, &error);
        QVERIFY(db);
        const Repository repo(db->database());
        QCOMPARE(repo.listSize(Kind::Doctor), 1);
        const auto doctors = repo.entity(Kind::Condition, QStringLiteral("hemifacial-spasm"))->related(RelationType::TreatedBy);
        QCOMPARE(doctors.size(), 1);
        QCOMPARE(doctors.first().id, QStringLiteral("zhao-lei"));
        QCOMPARE(db->info().layers.size(), 2);
    }

    void everyFieldAndSectionIsDocumented()
    {
        for (Kind kind : allKinds()) {
            QVERIFY2(m_doc.contains(QStringLiteral("`%1`").arg(kindName(kind))), qPrintable(kindName(kind)));
            for (const auto &spec : ContentSchema::fields(kind))
                QVERIFY2(m_doc.contains(QStringLiteral("`%1`").arg(spec.key)), qPrintable(spec.key));
            for (const auto &spec : ContentSchema::sections(kind))
                QVERIFY2(m_doc.contains(QStringLiteral("`%1`").arg(spec.key)), qPrintable(spec.key));
        }
        for (const QString &type : ContentSchema::treatmentTypes())
            QVERIFY2(m_doc.contains(QStringLiteral("`%1`").arg(type)), qPrintable(type));
    }
};

QTEST_GUILESS_MAIN(TestContentFormatDoc)
#include "tst_contentformatdoc.moc"
