// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClinicLayer.h"
#include "ClinicSheet.h"
#include "ClinicValidation.h"
#include "ContentTestSupport.h"
#include "CsvSheet.h"
#include "XlsxSheet.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;
using namespace huanjiao::test;

// Spreadsheets of doctors as a clinic fills them in: every problem reported
// by row and column, whatever the file's form, and nothing changed unless
// the whole sheet is valid.
class TestClinicSheet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ClinicValidation> m_validation;
    int m_count = 0;

    // The rows with a mistake, as a spreadsheet numbers them (header = row 1).
    static constexpr int kBadTitleRow = 17;
    static constexpr int kBadHospitalRow = 88;
    static constexpr int kNoNameRow = 150;

    ClinicLayer freshLayer()
    {
        ClinicLayer layer(m_dir.filePath(QStringLiteral("layer%1").arg(++m_count)));
        layer.setBaseKeys(m_validation->baseKeys());
        SourceRecord hospital;
        hospital.id = QStringLiteral("clinic-hospital");
        hospital.fields = {{QStringLiteral("name"), QStringLiteral("示例本院"), 0},
                           {QStringLiteral("city"), QStringLiteral("南昌"), 0}};
        layer.put(Kind::Hospital, hospital);
        QString error;
        if (!layer.save(&error))
            qFatal("%s", qPrintable(error));
        return layer;
    }

    // 200 doctors, links written as names, the way staff fill in the template.
    static SheetTable doctors(bool withMistakes)
    {
        SheetTable sheet;
        sheet.header = {QStringLiteral("姓名"), QStringLiteral("职称"), QStringLiteral("所在医院"),
                        QStringLiteral("科室"), QStringLiteral("擅长"), QStringLiteral("诊治疾病"),
                        QStringLiteral("简介")};
        const QString surnames = QStringLiteral("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许");
        const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋");
        for (int i = 0; i < 200; ++i) {
            const int row = i + 2;
            QStringList cells{QString(surnames.at(i / 10)) + given.at(i % 10), QStringLiteral("主治医师"),
                              QStringLiteral("示例本院"), QStringLiteral("神经内科"),
                              QStringLiteral("面肌痉挛的注射治疗"), QStringLiteral("面肌痉挛、眼睑痉挛"),
                              QStringLiteral("周二上午门诊。\n\n出诊时间以医院公布为准，\"专家号\"需预约。")};
            if (withMistakes && row == kBadTitleRow)
                cells[1] = QStringLiteral("主治医生");
            if (withMistakes && row == kBadHospitalRow)
                cells[2] = QStringLiteral("示例本院区");
            if (withMistakes && row == kNoNameRow)
                cells[0].clear();
            sheet.rows.append(cells);
        }
        return sheet;
    }

    static QList<int> rowsOf(const ClinicSheet::Import &import)
    {
        QList<int> rows;
        for (const SheetProblem &problem : import.problems) {
            if (!rows.contains(problem.row))
                rows.append(problem.row);
        }
        return rows;
    }

    static QString describe(const ClinicSheet::Import &import)
    {
        QStringList lines{import.error};
        for (const SheetProblem &problem : import.problems)
            lines.append(problem.toString());
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        m_validation = std::make_unique<ClinicValidation>(QStringLiteral(HUANJIAO_TEST_DATABASE));
        QVERIFY2(m_validation->ok(), qPrintable(m_validation->error()));
    }

    void mistakesAreReportedByRowAndColumn_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("csv utf-8 with bom") << QStringLiteral("utf8bom.csv");
        QTest::newRow("csv utf-8") << QStringLiteral("utf8.csv");
        QTest::newRow("csv gb18030") << QStringLiteral("gb18030.csv");
        QTest::newRow("xlsx") << QStringLiteral("sheet.xlsx");
    }

    void mistakesAreReportedByRowAndColumn()
    {
        QFETCH(QString, form);
        const QString path = m_dir.filePath(QString::number(++m_count) + form);
        const SheetTable sheet = doctors(true);
        if (form.endsWith(QLatin1String(".xlsx"))) {
            QString error;
            QVERIFY2(XlsxSheet::write(path, sheet, QStringLiteral("医生"), &error), qPrintable(error));
        } else {
            const auto encoding = form.startsWith(QLatin1String("gb")) ? CsvSheet::Encoding::Gb18030
                : form.startsWith(QLatin1String("utf8bom")) ? CsvSheet::Encoding::Utf8Bom
                                                            : CsvSheet::Encoding::Utf8;
            const QByteArray bytes = CsvSheet::write(sheet, encoding);
            if (encoding == CsvSheet::Encoding::Gb18030)
                QVERIFY(QString::fromUtf8(bytes) != QString::fromUtf8(CsvSheet::write(sheet, CsvSheet::Encoding::Utf8)));
            writeFile(path, bytes);
        }
        ClinicLayer layer = freshLayer();
        const QMap<QString, QByteArray> before = folderContents(layer.folder());
        const ClinicSheet::Import import = ClinicSheet::importFile(path, Kind::Doctor, &layer, *m_validation, true);
        QVERIFY2(import.error.isEmpty(), qPrintable(import.error));
        QCOMPARE(rowsOf(import), (QList<int>{kBadTitleRow, kBadHospitalRow, kNoNameRow}));
        // Each problem names its column, and says what to write instead.
        QCOMPARE(import.problems.size(), 3);
        QCOMPARE(import.problems.at(0).header, QStringLiteral("职称"));
        QVERIFY2(import.problems.at(0).message.contains(QStringLiteral("主治医师")), qPrintable(describe(import)));
        QCOMPARE(import.problems.at(1).header, QStringLiteral("所在医院"));
        QCOMPARE(import.problems.at(2).header, QStringLiteral("姓名"));
        QVERIFY(import.problems.at(0).toString().startsWith(QStringLiteral("row 17, column B (职称): ")));
        // Nothing written, nothing changed.
        QCOMPARE(folderContents(layer.folder()), before);
        QVERIFY(layer.records(Kind::Doctor).isEmpty());
    }

    void aValidSheetIsImportedWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("good.xlsx"));
        QString error;
        QVERIFY(XlsxSheet::write(path, doctors(false), QStringLiteral("医生"), &error));
        ClinicLayer layer = freshLayer();
        const ClinicSheet::Import import = ClinicSheet::importFile(path, Kind::Doctor, &layer, *m_validation, true);
        QVERIFY2(import.ok(), qPrintable(describe(import)));
        QCOMPARE(layer.records(Kind::Doctor).size(), 200);
        const auto zhao = layer.record(Kind::Doctor, QStringLiteral("zhao-wei"));
        QVERIFY(zhao);
        QCOMPARE(zhao->value(QStringLiteral("works-at")), QStringLiteral("clinic-hospital"));
        QCOMPARE(zhao->value(QStringLiteral("department")), QStringLiteral("neurology"));
        QCOMPARE(zhao->value(QStringLiteral("treats")), QStringLiteral("hemifacial-spasm, blepharospasm"));
        QCOMPARE(zhao->sections.value(0).key, QStringLiteral("profile"));
        QVERIFY(!layer.modified()); // saved
        ClinicLayer again(layer.folder());
        Diagnostics diagnostics;
        QVERIFY(again.load(&diagnostics));
        QCOMPARE(again.records(Kind::Doctor).size(), 200);
        // One step undoes the whole import.
        QVERIFY(layer.undo());
        QVERIFY(layer.records(Kind::Doctor).isEmpty());
    }

    void anExportReadsBackAsTheSameRecords()
    {
        ClinicLayer layer = freshLayer();
        const ClinicSheet::Import first =
            ClinicSheet::read(Kind::Doctor, doctors(false), layer, *m_validation);
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        layer.putAll(Kind::Doctor, first.records, QStringLiteral("test"));
        for (const QString &name : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")}) {
            const QString path = m_dir.filePath(name);
            QString error;
            QVERIFY2(ClinicSheet::exportFile(path, Kind::Doctor, layer, *m_validation, &error), qPrintable(error));
            SheetTable sheet;
            QVERIFY2(ClinicSheet::readFile(path, &sheet, &error), qPrintable(error));
            QCOMPARE(sheet.header.first(), QStringLiteral("编号"));
            QCOMPARE(sheet.rows.size(), 200);
            // Links are written as names staff can read.
            QVERIFY(sheet.rows.first().contains(QStringLiteral("示例本院")));
            const ClinicSheet::Import again = ClinicSheet::read(Kind::Doctor, sheet, layer, *m_validation);
            QVERIFY2(again.ok(), qPrintable(describe(again)));
            QCOMPARE(again.records.size(), 200);
            for (int i = 0; i < 200; ++i) {
                QCOMPARE(again.records.at(i).id, first.records.at(i).id);
                QCOMPARE(again.records.at(i).fields.size(), first.records.at(i).fields.size());
                for (const SourceField &f : first.records.at(i).fields)
                    QCOMPARE(again.records.at(i).value(f.key), f.value);
                QCOMPARE(again.records.at(i).sections.value(0).body, first.records.at(i).sections.value(0).body);
            }
        }
    }

    // Leaflets go through sheets as the other topics do: a title, the text,
    // conditions by name; a condition that is not there is reported at its cell.
    void leafletsAreReadFromASheet()
    {
        SheetTable sheet;
        sheet.header = {QStringLiteral("标题"), QStringLiteral("正文"), QStringLiteral("相关疾病"),
                        QStringLiteral("来源"), QStringLiteral("状态")};
        sheet.rows = {{QStringLiteral("无痛胃镜检查须知"), QStringLiteral("- 检查前按通知的时间空腹。\n- 带上以前的检查报告。"),
                       QStringLiteral("慢性胃炎、消化性溃疡"), QStringLiteral("患教编辑部"), QStringLiteral("草稿")},
                      {QStringLiteral("术前须知"), QStringLiteral("按护士告诉您的时间停止进食。"), QString(),
                       QStringLiteral("患教编辑部"), QStringLiteral("草稿")},
                      {QStringLiteral("肠镜检查前准备"), QStringLiteral("按说明服用清肠药。"), QStringLiteral("慢性肠胃炎"),
                       QStringLiteral("患教编辑部"), QStringLiteral("草稿")}};
        ClinicLayer layer = freshLayer();
        const ClinicSheet::Import import = ClinicSheet::read(Kind::Leaflet, sheet, layer, *m_validation);
        QCOMPARE(rowsOf(import), QList<int>{4});
        QCOMPARE(import.problems.first().column, 2);
        QVERIFY2(import.problems.first().message.contains(QStringLiteral("慢性肠胃炎")), qPrintable(describe(import)));
        sheet.rows.removeLast();
        const ClinicSheet::Import good = ClinicSheet::read(Kind::Leaflet, sheet, layer, *m_validation);
        QVERIFY2(good.ok(), qPrintable(describe(good)));
        QCOMPARE(good.records.size(), 2);
        QCOMPARE(good.records.first().id, QStringLiteral("wu-tong-wei-jing-jian-cha-xu-zhi"));
        QCOMPARE(good.records.first().value(QStringLiteral("about")), QStringLiteral("chronic-gastritis, peptic-ulcer"));
        QCOMPARE(good.records.first().value(QStringLiteral("status")), QStringLiteral("draft"));
        QCOMPARE(good.records.first().sections.value(0).key, QStringLiteral("body"));
        QCOMPARE(ClinicSheet::sheetName(Kind::Leaflet), QStringLiteral("须知"));
    }

    void aWrongHeaderIsReportedBeforeAnyRow()
    {
        SheetTable sheet = doctors(false);
        sheet.header[1] = QStringLiteral("职务");
        sheet.header[0] = QStringLiteral("姓明");
        ClinicLayer layer = freshLayer();
        const ClinicSheet::Import import = ClinicSheet::read(Kind::Doctor, sheet, layer, *m_validation);
        QVERIFY(!import.ok());
        QVERIFY(std::all_of(import.problems.cbegin(), import.problems.cend(), [](const SheetProblem &p) { return p.row == 1; }));
        QVERIFY2(describe(import).contains(QStringLiteral("姓名")), qPrintable(describe(import)));
    }

    void theTemplateHasChineseHeaders()
    {
        const QString path = m_dir.filePath(QStringLiteral("template.csv"));
        QString error;
        QVERIFY(ClinicSheet::templateFile(path, Kind::Doctor, &error));
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("编号,姓名,职称,教学职称,所在医院,科室,擅长,诊治疾病,简介")));
    }

    void quotedCellsAndBlankLinesKeepRowNumbers()
    {
        SheetTable sheet;
        QString error;
        QVERIFY(CsvSheet::parse("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\n\r\nlast,\r\n", &sheet, &error));
        QCOMPARE(sheet.header, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(sheet.rows.size(), 3);
        QCOMPARE(sheet.rows.at(0), (QStringList{QStringLiteral("x, \"y\""), QStringLiteral("two\nlines")}));
        QVERIFY(sheet.rows.at(1).isEmpty());
        QCOMPARE(sheet.rows.at(2), (QStringList{QStringLiteral("last"), QString()}));
        QCOMPARE(XlsxSheet::dateFromSerial(QStringLiteral("46023")), QStringLiteral("2026-01-01"));
    }
};

QTEST_GUILESS_MAIN(TestClinicSheet)
#include "tst_clinicsheet.moc"
