// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceParser.h"

#include <QTest>

using namespace huanjiao;

class TestSourceParser : public QObject
{
    Q_OBJECT

private:
    static QList<SourceRecord> parse(const QByteArray &text, Diagnostics *diagnostics)
    {
        return SourceParser::parse(QStringLiteral("f.md"), text, diagnostics);
    }

private slots:
    void headerFieldsAndSections()
    {
        Diagnostics d;
        const auto records = parse("@condition tic\nname: 抽动\nsummary: 第一行\n  接续\n\n## overview\n第一段\n\n"
                                   "- 甲\n- 乙\n",
                                   &d);
        QVERIFY2(d.isEmpty(), qPrintable(d.value(0).toString()));
        QCOMPARE(records.size(), 1);
        const SourceRecord &r = records.first();
        QCOMPARE(r.kind, QStringLiteral("condition"));
        QCOMPARE(r.id, QStringLiteral("tic"));
        QCOMPARE(r.line, 1);
        QCOMPARE(r.value(QStringLiteral("summary")), QStringLiteral("第一行接续"));
        QCOMPARE(r.field(QStringLiteral("summary"))->line, 3);
        QCOMPARE(r.sections.size(), 1);
        QCOMPARE(r.sections.first().key, QStringLiteral("overview"));
        QCOMPARE(r.sections.first().line, 6);
        QCOMPARE(r.sections.first().body, QStringLiteral("第一段\n\n- 甲\n- 乙"));
    }

    void latinContinuationKeepsASpace()
    {
        Diagnostics d;
        const auto records = parse("@source s\nname: Health\n  Media\n", &d);
        QCOMPARE(records.first().value(QStringLiteral("name")), QStringLiteral("Health Media"));
    }

    void itemsAndTypedTreatments()
    {
        Diagnostics d;
        const auto records = parse("@condition c\n## treatments\n引言\n### [surgery] 手术\n说明\n### 无类型\n", &d);
        QVERIFY(d.isEmpty());
        const SourceSection &s = records.first().sections.first();
        QCOMPARE(s.body, QStringLiteral("引言"));
        QCOMPARE(s.items.size(), 2);
        QCOMPARE(s.items.at(0).type, QStringLiteral("surgery"));
        QCOMPARE(s.items.at(0).title, QStringLiteral("手术"));
        QCOMPARE(s.items.at(0).body, QStringLiteral("说明"));
        QCOMPARE(s.items.at(0).line, 4);
        QCOMPARE(s.items.at(1).type, QString());
    }

    void severalRecordsInOneFile()
    {
        Diagnostics d;
        const auto records = parse("#! a comment\n@doctor a\nname: 甲\n\n@doctor b\nname: 乙\n", &d);
        QVERIFY(d.isEmpty());
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).line, 5);
    }

    void windowsLineEndingsAndByteOrderMark()
    {
        Diagnostics d;
        const auto records = parse("\xEF\xBB\xBF@source s\r\nname: 甲\r\n", &d);
        QVERIFY(d.isEmpty());
        QCOMPARE(records.first().value(QStringLiteral("name")), QStringLiteral("甲"));
    }

    void fullWidthColonIsAccepted()
    {
        Diagnostics d;
        const auto records = parse("@source s\nname：医联\n", &d);
        QVERIFY(d.isEmpty());
        QCOMPARE(records.first().value(QStringLiteral("name")), QStringLiteral("医联"));
    }

    // The field once called miswritings is search-terms now; a file written
    // before the rename still says what it meant.
    void theOldNameOfSearchTermsIsRead()
    {
        Diagnostics d;
        const auto records = parse("@condition c\nmiswritings: 抽畜, 抽出\n", &d);
        QVERIFY(d.isEmpty());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().value(QStringLiteral("search-terms")), QStringLiteral("抽畜, 抽出"));
        QVERIFY(!records.first().field(QStringLiteral("miswritings")));
    }

    void textOutsideARecordIsReported()
    {
        Diagnostics d;
        parse("stray\n@source s\nname: a\n", &d);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().toString(), QStringLiteral("f.md:1: text outside a record; a record starts with '@kind id'"));
    }

    void malformedHeaderLineIsReported()
    {
        Diagnostics d;
        parse("@source s\nname a\n", &d);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().line, 2);
    }

    void recordWithoutIdIsReported()
    {
        Diagnostics d;
        const auto records = parse("@source\nname: a\n", &d);
        QVERIFY(records.isEmpty());
        QCOMPARE(d.size(), 2); // the @ line, then the orphan field line
        QCOMPARE(d.first().line, 1);
    }

    void deeperHeadingIsReported()
    {
        Diagnostics d;
        parse("@condition c\n## overview\n#### 太深\n", &d);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().line, 3);
    }

    void invalidUtf8IsReportedWithItsLine()
    {
        Diagnostics d;
        const auto records = parse("@source s\nname: \xC9\xF1\n", &d);
        QVERIFY(records.isEmpty());
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().line, 2);
    }

    void emptyInputHasNoRecords()
    {
        Diagnostics d;
        QVERIFY(parse("", &d).isEmpty());
        QVERIFY(d.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSourceParser)
#include "tst_sourceparser.moc"
