// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentInput.h"
#include "ContentTestSupport.h"
#include "ContentValidator.h"
#include "SourceParser.h"

#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;
using namespace huanjiao::test;

// Validation that helps a clinic's staff: what they meant when a slip is
// near something that exists, titles from their fixed lists, every problem
// of a record at once, Chinese section names, and a hint when the base content
// was left out.
class TestValidationHelp : public QObject
{
    Q_OBJECT

    static QStringList messages(const QByteArray &text)
    {
        Diagnostics diagnostics;
        const QList<SourceRecord> records = SourceParser::parse(QStringLiteral("t.md"), text, &diagnostics);
        ContentValidator::validate(records, &diagnostics, QStringLiteral("t.md"));
        QStringList list;
        for (const Diagnostic &d : std::as_const(diagnostics))
            list.append(d.toString());
        return list;
    }

    static QByteArray base()
    {
        return "@content c\nname: 测试\nversion: 1\n\n"
               "@department neurology\nname: 神经内科\n\n"
               "@hospital my-clinic\nname: 本院\ncity: 南昌\n\n";
    }

private slots:
    void slipsGetADidYouMean()
    {
        const QStringList list = messages(base()
                                          + "@doctor zhao-lei\nname: 赵磊\nclinical-title: 主治医生\n"
                                            "works-at: my-clinc\ndepartment: nuerology\nspecialty: 头痛\n"
                                            "specialtty: 头痛\n");
        QCOMPARE(list,
                 (QStringList{
                     QStringLiteral("t.md:14: '主治医生' is not allowed in 'clinical-title'; use one of "
                                    "主任医师、副主任医师、主治医师、住院医师、医师; did you mean '主治医师'?"),
                     QStringLiteral("t.md:15: 'works-at' refers to hospital/my-clinc that does not exist; did you mean "
                                    "'my-clinic'?"),
                     QStringLiteral("t.md:16: 'department' refers to department/nuerology that does not exist; did "
                                    "you mean 'neurology'?"),
                     QStringLiteral("t.md:18: unknown field 'specialtty' for a doctor; did you mean 'specialty'?")}));
    }

    void academicTitlesComeFromTheirList()
    {
        const QStringList list = messages(base()
                                          + "@doctor zhao-lei\nname: 赵磊\nclinical-title: 主任医师\n"
                                            "academic-title: 副教受\nworks-at: my-clinic\ndepartment: neurology\n"
                                            "specialty: 头痛\n");
        QCOMPARE(list.size(), 1);
        QVERIFY2(list.first().contains(QStringLiteral("did you mean '副教授'?")), qPrintable(list.first()));
    }

    void aBadIdDoesNotHideTheRecordsOtherProblems()
    {
        const QStringList list = messages(base()
                                          + "@doctor Zhao_Lei\nname: 赵磊\nclinical-title: 大夫\n"
                                            "works-at: nowhere\ndepartment: neurology\n");
        QCOMPARE(list.size(), 4);
        QVERIFY(list.at(0).contains(QStringLiteral("malformed id 'Zhao_Lei'")));
        QVERIFY(list.join(QLatin1Char('\n')).contains(QStringLiteral("'大夫' is not allowed")));
        QVERIFY(list.join(QLatin1Char('\n')).contains(QStringLiteral("hospital/nowhere")));
        QVERIFY(list.join(QLatin1Char('\n')).contains(QStringLiteral("missing required field 'specialty'")));
    }

    void sectionsMayBeHeadedInChinese()
    {
        Diagnostics diagnostics;
        const QList<SourceRecord> records = SourceParser::parse(
            QStringLiteral("t.md"), "@doctor zhao-lei\nname: 赵磊\n\n## 简介\n本院医生。\n", &diagnostics);
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(records.first().sections.first().key, QStringLiteral("profile"));
        const QStringList list = messages(base()
                                          + "@doctor zhao-lei\nname: 赵磊\nclinical-title: 主任医师\n"
                                            "works-at: my-clinic\ndepartment: neurology\nspecialty: 头痛\n\n"
                                            "## profil\n本院医生。\n");
        QCOMPARE(list.size(), 1);
        QVERIFY2(list.first().endsWith(QStringLiteral("did you mean 'profile'?")), qPrintable(list.first()));
    }

    // A leaflet: a title and its text, without a condition's eight sections;
    // its body may be headed 须知, 内容 or 正文, and its links are checked
    // like any other.
    void aLeafletNeedsOnlyATitleAndItsText()
    {
        const QByteArray topicBase = base() + "@source clinic-editors\nname: 本院编辑组\n\n"
                                              "@condition gerd\nname: 胃食管反流病\nenglish: GERD\n"
                                              "department: neurology\nsummary: 胃内容物反流。\n"
                                              "source: clinic-editors\nstatus: draft\n\n"
                                              "## overview\n概述。\n\n## symptoms\n症状。\n\n## causes\n病因。\n\n"
                                              "## diagnosis\n诊断。\n\n## treatments\n### [medicine] 药物\n药物。\n\n"
                                              "## care\n护理。\n\n## seek-care\n就医。\n\n## prevention\n预防。\n\n";
        for (const char *heading : {"须知", "内容", "正文", "body"}) {
            Diagnostics diagnostics;
            const QList<SourceRecord> records = SourceParser::parse(
                QStringLiteral("t.md"),
                QByteArray("@leaflet gastroscopy-preparation\nname: 胃镜检查前准备\nsource: clinic-editors\n"
                           "status: draft\n\n## ")
                    + heading + "\n- 检查前按通知的时间禁食。\n",
                &diagnostics);
            QVERIFY(diagnostics.isEmpty());
            QCOMPARE(records.first().sections.first().key, QStringLiteral("body"));
        }
        // No link at all is fine; several are fine.
        QVERIFY(messages(topicBase + "@leaflet gastroscopy-preparation\nname: 胃镜检查前准备\n"
                                     "source: clinic-editors\nstatus: draft\n\n## 须知\n检查前禁食。\n")
                    .isEmpty());
        // A misspelt link gets the builder's message and its "did you mean".
        const QStringList list = messages(topicBase + "@leaflet gastroscopy-preparation\nname: 胃镜检查前准备\n"
                                                      "about: condition/gred\nsource: clinic-editors\n"
                                                      "status: draft\n\n## 须知\n检查前禁食。\n");
        QCOMPARE(list.size(), 1);
        QVERIFY2(list.first().contains(QStringLiteral("'about' refers to condition/gred that does not exist; did you "
                                                      "mean 'gerd'?")),
                 qPrintable(list.first()));
        // Its text is required, and it takes no condition's sections.
        const QStringList empty = messages(topicBase + "@leaflet gastroscopy-preparation\nname: 胃镜检查前准备\n"
                                                       "source: clinic-editors\nstatus: draft\n\n## symptoms\n不适。\n");
        QCOMPARE(empty.size(), 2);
        QVERIFY2(empty.join(QLatin1Char('\n')).contains(QStringLiteral("body")), qPrintable(empty.join(QLatin1Char('\n'))));
    }

    void anOverlayAloneGetsAHintToGiveTheBase()
    {
        QTemporaryDir dir;
        const QString overlay = dir.filePath(QStringLiteral("clinic"));
        writeFile(overlay + QStringLiteral("/content.md"), "@content clinic\nname: 本院\nversion: 1\n");
        writeFile(overlay + QStringLiteral("/doctors.md"),
                  "@doctor zhao-lei\nname: 赵磊\nclinical-title: 主任医师\nworks-at: my-clinic\n"
                  "department: neurology\nspecialty: 头痛\n");
        Diagnostics diagnostics;
        ContentInput::load({overlay}, &diagnostics);
        QVERIFY(!diagnostics.isEmpty());
        QVERIFY2(diagnostics.last().message.contains(QStringLiteral("--overlay ") + overlay),
                 qPrintable(diagnostics.last().toString()));
        QVERIFY(diagnostics.last().message.startsWith(QStringLiteral("2 link(s) name records that are not here")));
        // With the base given, no hint.
        diagnostics.clear();
        ContentInput::load({QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"), overlay}, &diagnostics);
        QVERIFY(std::none_of(diagnostics.cbegin(), diagnostics.cend(),
                             [](const Diagnostic &d) { return d.message.contains(QStringLiteral("--overlay")); }));
    }
};

QTEST_GUILESS_MAIN(TestValidationHelp)
#include "tst_validationhelp.moc"
