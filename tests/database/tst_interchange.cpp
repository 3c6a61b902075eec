// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentImport.h"
#include "ContentTestSupport.h"
#include "InterchangeReader.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;
using namespace huanjiao::test;

// The interchange format (JSON Lines) as docs/content-format.md describes it:
// what a good file gives, and that a bad, partial, duplicate, huge or wrongly
// encoded one is refused with FILE:LINE messages, leaving the target folder alone.
class TestInterchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_target; // a content folder every failed import must leave alone
    QMap<QString, QByteArray> m_targetBefore;

    static QByteArray goodLines()
    {
        return R"({"kind": "content", "id": "clinic", "name": "诊所内容", "version": "3", "sample": false}
{"kind": "source", "id": "clinic-editors", "name": "本院编辑"}
{"kind": "department", "id": "neurology", "name": "神经内科", "english": "Neurology"}
{"kind": "hospital", "id": "our-hospital", "name": "本院", "city": "南昌"}
{"kind": "doctor", "id": "wang-fang", "name": "王芳", "clinical-title": "主任医师", "works-at": "our-hospital", "department": "neurology", "specialty": "头痛", "sections": {"profile": "第一段。\n\n第二段。"}}
{"kind": "test", "id": "emg", "name": "肌电图", "summary": "记录肌肉电活动。", "purpose": "判断神经肌肉功能。", "source": "clinic-editors", "reviewed": "2026-01-02", "reviewer": "示例诊所编辑组", "status": "reviewed", "sections": {"overview": "一段说明。"}}
{"kind": "condition", "id": "tic", "name": "抽动", "english": "Tic", "aliases": ["抽搐", "抽筋"], "lay-names": ["抽一下", "tic"], "miswritings": ["抽畜"], "symptom-words": ["眨眼", "耸肩"], "department": "neurology", "summary": "一句话。", "source": "clinic-editors", "updated": "2026-02-01", "reviewed": "2026-02-03", "reviewer": "示例诊所编辑组", "status": "reviewed", "treated-by": ["doctor/wang-fang"], "diagnosed-by": "emg", "sections": {"overview": "第一段。", "symptoms": "- 一\n- 二", "causes": {"items": [{"title": "甲", "text": "说明甲。"}, {"title": "乙"}]}, "diagnosis": "诊断。", "treatments": {"text": "总的说。", "items": [{"type": "medicine", "title": "药物", "text": "用药。"}]}, "care": "护理。", "seek-care": {"items": [{"type": "emergency", "title": "立即拨打120", "text": "- 抽动后昏迷。"}, {"type": "soon", "title": "尽快就诊"}]}, "prevention": "预防。", "questions": "- 问一？\n- 问二？\n- 问三？"}}
)";
    }

    struct Imported
    {
        ContentImport::Result result;
        QStringList messages;
    };

    Imported import(const QByteArray &bytes, const QString &target, const QStringList &base = {})
    {
        const QString file = writeFile(m_dir.filePath(QStringLiteral("in.jsonl")), bytes);
        Imported imported{ContentImport::run(file, base, target), {}};
        for (const auto &d : imported.result.diagnostics)
            imported.messages.append(d.toString().mid(m_dir.path().size() + 1));
        if (!imported.result.error.isEmpty())
            imported.messages.append(imported.result.error);
        return imported;
    }

    // Replaces line `number` (1-based) of the good file.
    static QByteArray withLine(int number, const QByteArray &line)
    {
        QList<QByteArray> lines = goodLines().split('\n');
        lines[number - 1] = line;
        return lines.join('\n');
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_target = m_dir.filePath(QStringLiteral("clinic"));
        const Imported first = import(goodLines(), m_target);
        QVERIFY2(first.result.ok(), qPrintable(first.messages.join(QLatin1Char('\n'))));
        m_targetBefore = folderContents(m_target);
    }

    void goodFileBecomesTextSources()
    {
        QCOMPARE(m_targetBefore.keys(),
                 (QStringList{QStringLiteral("conditions/tic.md"), QStringLiteral("content.md"),
                              QStringLiteral("departments/departments.md"), QStringLiteral("doctors/doctors.md"),
                              QStringLiteral("hospitals/hospitals.md"), QStringLiteral("sources/sources.md"),
                              QStringLiteral("tests/emg.md")}));
        QCOMPARE(QString::fromUtf8(m_targetBefore.value(QStringLiteral("content.md"))),
                 QStringLiteral("@content clinic\nname: 诊所内容\nversion: 3\nsample: no\n"));
        const QString tic = QString::fromUtf8(m_targetBefore.value(QStringLiteral("conditions/tic.md")));
        QVERIFY(tic.startsWith(QStringLiteral("@condition tic\nname: 抽动\nenglish: Tic\naliases: 抽搐, 抽筋\n")));
        QVERIFY(tic.contains(QStringLiteral("treated-by: doctor/wang-fang\ndiagnosed-by: emg\n")));
        QVERIFY(tic.contains(QStringLiteral("\n## causes\n### 甲\n说明甲。\n\n### 乙\n")));
        QVERIFY(tic.contains(QStringLiteral("\n## treatments\n总的说。\n\n### [medicine] 药物\n用药。\n")));
        // Patients' vocabulary, the honest review fields, urgency and questions survive the trip.
        QVERIFY(tic.contains(QStringLiteral("\nlay-names: 抽一下, tic\nsearch-terms: 抽畜\nsymptom-words: 眨眼, 耸肩\n")));
        QVERIFY(tic.contains(QStringLiteral("\nupdated: 2026-02-01\nreviewed: 2026-02-03\nreviewer: 示例诊所编辑组\n")));
        QVERIFY(tic.contains(QStringLiteral("\n## seek-care\n### [emergency] 立即拨打120\n- 抽动后昏迷。\n\n### [soon] 尽快就诊\n")));
        QVERIFY(tic.contains(QStringLiteral("\n## questions\n- 问一？\n- 问二？\n- 问三？\n")));
        QCOMPARE(QString::fromUtf8(m_targetBefore.value(QStringLiteral("doctors/doctors.md"))),
                 QStringLiteral("@doctor wang-fang\nname: 王芳\nclinical-title: 主任医师\nworks-at: our-hospital\n"
                                "department: neurology\nspecialty: 头痛\n\n## profile\n第一段。\n\n第二段。\n"));
    }

    void readerKeepsLinesForMessages()
    {
        QBuffer buffer;
        buffer.setData(goodLines());
        buffer.open(QIODevice::ReadOnly);
        Diagnostics diagnostics;
        const QList<SourceRecord> records = InterchangeReader::read(QStringLiteral("x.jsonl"), &buffer, 0, &diagnostics);
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(records.size(), 7);
        QCOMPARE(records.at(6).line, 7);
        QCOMPARE(records.at(6).value(QStringLiteral("aliases")), QStringLiteral("抽搐, 抽筋"));
        QCOMPARE(records.at(0).value(QStringLiteral("sample")), QStringLiteral("no"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("bad: not JSON") << withLine(3, "{\"kind\": \"department\", \"id\": \"neurology\" \"name\": \"x\"}")
                                       << QStringList{QStringLiteral("in.jsonl:3: not valid JSON: unterminated object at column 43")};
        QTest::newRow("bad: not an object") << withLine(2, "[\"source\", \"clinic-editors\"]")
                                            << QStringList{QStringLiteral("in.jsonl:2: each line must be one JSON object: {\"kind\": ..., ...}"),
                                                           QStringLiteral("in.jsonl:6: 'source' refers to source/clinic-editors that does not exist"),
                                                           QStringLiteral("in.jsonl:7: 'source' refers to source/clinic-editors that does not exist")};
        QTest::newRow("bad: a number for text")
            << withLine(4, R"({"kind": "hospital", "id": "our-hospital", "name": 12, "city": "南昌"})")
            << QStringList{QStringLiteral("in.jsonl:4: 'name' must be text in quotes"),
                           QStringLiteral("in.jsonl:4: missing required field 'name'")};
        QTest::newRow("bad: a list for one value")
            << withLine(4, R"({"kind": "hospital", "id": "our-hospital", "name": "本院", "city": ["南昌", "九江"]})")
            << QStringList{QStringLiteral("in.jsonl:4: 'city' takes one value, not a list"),
                           QStringLiteral("in.jsonl:4: missing required field 'city'")};
        QTest::newRow("bad: unknown field")
            << withLine(4, R"({"kind": "hospital", "id": "our-hospital", "name": "本院", "city": "南昌", "beds": "100"})")
            << QStringList{QStringLiteral("in.jsonl:4: unknown field 'beds' for a hospital")};
        QTest::newRow("bad: a heading inside prose")
            << withLine(2, R"({"kind": "source", "id": "clinic-editors", "name": "本院编辑"})" "\n"
                           R"({"kind": "qa", "id": "q", "name": "问？", "about": "tic", "source": "clinic-editors", "updated": "2026-01-01", "status": "draft", "sections": {"answer": "答。\n# 标题"}})")
            << QStringList{QStringLiteral("in.jsonl:3: section 'answer' has a line starting with '#', which the text "
                                          "format would read as a heading or a new record: # 标题")};
        QTest::newRow("bad: no content line") << goodLines().mid(goodLines().indexOf('\n') + 1)
                                              << QStringList{QStringLiteral("in.jsonl:1: no @content record (name, version, sample)")};
        QTest::newRow("partial: cut short") << goodLines().left(goodLines().size() - 40)
                                            << QStringList{QStringLiteral("in.jsonl:7: the last line is cut short (unterminated string at column 823); the file may be incomplete")};
        QTest::newRow("duplicate: the same id twice")
            << goodLines() + R"({"kind": "department", "id": "neurology", "name": "又一个"})" "\n"
            << QStringList{QStringLiteral("in.jsonl:8: duplicate id 'department/neurology'; first defined at ")
                           + QStringLiteral("%1/in.jsonl:3")};
        QTest::newRow("huge: a line over 16 MiB")
            << withLine(2, R"({"kind": "source", "id": "clinic-editors", "name": "本院编辑", "summary": ")"
                               + QByteArray(17 * 1024 * 1024, 'x') + "\"}")
            << QStringList{QStringLiteral("in.jsonl:2: the line is longer than 16 MiB; one line holds one record"),
                           QStringLiteral("in.jsonl:6: 'source' refers to source/clinic-editors that does not exist"),
                           QStringLiteral("in.jsonl:7: 'source' refers to source/clinic-editors that does not exist")};
        QTest::newRow("wrongly encoded: GBK")
            << withLine(3, "{\"kind\": \"department\", \"id\": \"neurology\", \"name\": \"\xC4\xDA\xBF\xC6\"}")
            << QStringList{QStringLiteral("in.jsonl:3: not valid UTF-8 text; save the file as UTF-8"),
                           QStringLiteral("in.jsonl:5: 'department' refers to department/neurology that does not exist"),
                           QStringLiteral("in.jsonl:7: 'department' refers to department/neurology that does not exist")};
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        for (QString &line : expected)
            line.replace(QStringLiteral("%1"), m_dir.path());
        const Imported imported = import(bytes, m_target);
        QVERIFY(!imported.result.ok());
        for (const QString &line : std::as_const(expected))
            QVERIFY2(imported.messages.contains(line) || imported.messages.join(QLatin1Char('\n')).contains(line),
                     qPrintable(QStringLiteral("expected: %1\ngot:\n%2").arg(line, imported.messages.join(QLatin1Char('\n')))));
        // The folder is exactly as it was, and nothing was left beside it.
        QCOMPARE(folderContents(m_target), m_targetBefore);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("clinic")});
    }

    void overlayIsCheckedAgainstItsBase()
    {
        const QByteArray overlay = R"({"kind": "content", "id": "more", "name": "补充", "version": "1", "replaces": ["doctor"]}
{"kind": "doctor", "id": "li-lei", "name": "李雷", "clinical-title": "主治医师", "works-at": "our-hospital", "department": "neurology", "specialty": "眩晕", "treats": ["tic"]}
)";
        const QString target = m_dir.filePath(QStringLiteral("more"));
        // Alone it cannot be checked, and says so.
        Imported alone = import(overlay, target);
        QVERIFY(alone.messages.contains(QStringLiteral("in.jsonl:1: this file is an overlay (it replaces or removes "
                                                       "records); give the content it overlays with --base")));
        QVERIFY(!QFileInfo::exists(target));
        // With its base it is imported, and only its own records are written.
        const Imported withBase = import(overlay, target, {m_target});
        QVERIFY2(withBase.result.ok(), qPrintable(withBase.messages.join(QLatin1Char('\n'))));
        QCOMPARE(withBase.result.records, 1);
        QCOMPARE(filesBelow(target), (QStringList{QStringLiteral("content.md"), QStringLiteral("doctors/doctors.md")}));
        QVERIFY(readFile(target + QStringLiteral("/content.md")).contains("replaces: doctor\n"));
        QDir(target).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
