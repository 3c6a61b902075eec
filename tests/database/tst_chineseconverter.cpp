// SPDX-License-Identifier: GPL-3.0-or-later
// The converter looks single characters up itself and hands OpenCC only the
// spans where a phrase may start: its result must be OpenCC's, character for
// character, on real text in both scripts.
#include "ChineseConverter.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <opencc/opencc.h>

using namespace huanjiao;

namespace {

// OpenCC itself; its handles opened once and closed at exit.
QString openccConvert(const char *config, const QString &text)
{
    struct Handles
    {
        opencc_t toSimplified = opencc_open("t2s.json");
        opencc_t toTraditional = opencc_open("s2t.json");
        ~Handles()
        {
            opencc_close(toSimplified);
            opencc_close(toTraditional);
        }
    };
    static const Handles handles;
    const opencc_t handle = qstrcmp(config, "s2t.json") == 0 ? handles.toTraditional : handles.toSimplified;
    const QByteArray utf8 = text.toUtf8();
    char *converted = opencc_convert_utf8(handle, utf8.constData(), size_t(utf8.size()));
    const QString result = QString::fromUtf8(converted);
    opencc_convert_utf8_free(converted);
    return result;
}

} // namespace

class TestChineseConverter : public QObject
{
    Q_OBJECT

private slots:
    void phrasesAndCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("characters") << QStringLiteral("面肌痙攣的治療與護理");
        QTest::newRow("phrase at the start") << QStringLiteral("乾燥綜合徵");
        QTest::newRow("phrase at the end") << QStringLiteral("皮膚太乾燥");
        QTest::newRow("overlapping phrases") << QStringLiteral("著名乾隆皇帝於是乎");
        QTest::newRow("mixed scripts and Latin") << QStringLiteral("DXA 檢查，糖尿病 type 2，髮際線");
        QTest::newRow("beyond the BMP") << QString::fromUcs4(U"𠮷野家的𩸽魚，乾燥");
        QTest::newRow("one character") << QStringLiteral("乾");
        QTest::newRow("simplified already") << QStringLiteral("继发性肌张力障碍");
        // Text of Latin-1 only is returned without asking OpenCC.
        QString latin1;
        for (char16_t c = 0x20; c < 0x100; ++c)
            latin1 += QChar(c);
        QTest::newRow("every Latin-1 character") << latin1;
    }

    // Both uses give OpenCC's own result: a query's converter asks OpenCC,
    // a build's converter reads its tables.
    void phrasesAndCharacters()
    {
        QFETCH(QString, text);
        for (const auto use : {ChineseConverter::Use::Queries, ChineseConverter::Use::Bulk}) {
            const ChineseConverter converter(use);
            QCOMPARE(converter.toSimplified(text), openccConvert("t2s.json", text));
            QVERIFY(converter.isValid());
        }
    }

    // Every bundled content file, as written (Simplified) and as OpenCC
    // writes it in Traditional characters.
    void bundledContent()
    {
        const ChineseConverter converter;
        QDirIterator files(QStringLiteral(HUANJIAO_CONTENT_DIR), {QStringLiteral("*.md")}, QDir::Files,
                           QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const QString traditional = openccConvert("s2t.json", text);
            QCOMPARE(converter.toSimplified(text), openccConvert("t2s.json", text));
            QCOMPARE(converter.toSimplified(traditional), openccConvert("t2s.json", traditional));
            ++checked;
        }
        QVERIFY(checked > 100);
    }

    // A search of Simplified Chinese, pinyin or English never opens OpenCC's
    // dictionaries; the first query in Traditional characters does.
    void queriesOpenOpenCCOnlyWhenNeeded()
    {
        const ChineseConverter converter(ChineseConverter::Use::Queries);
        for (const QString &query : {QStringLiteral("面肌痉挛能治好吗"), QStringLiteral("mianjijingluan"),
                                     QStringLiteral("DXA 检查"), QStringLiteral("2型糖尿病，头发干燥")}) {
            QCOMPARE(converter.toSimplified(query), query);
            QVERIFY2(!converter.isOpen(), qPrintable(query));
        }
        QCOMPARE(converter.toSimplified(QStringLiteral("面肌痙攣")), QStringLiteral("面肌痉挛"));
        QVERIFY(converter.isOpen());
    }

    // A query's converter skips OpenCC for text it cannot change: every
    // sentence and line of the bundled content, as written and in
    // Traditional characters, still comes out as OpenCC's.
    void queriesOfEverySentence()
    {
        const ChineseConverter converter(ChineseConverter::Use::Queries);
        QDirIterator files(QStringLiteral(HUANJIAO_CONTENT_DIR), {QStringLiteral("*.md")}, QDir::Files,
                           QDirIterator::Subdirectories);
        static const QRegularExpression sentenceEnd(QStringLiteral("[。！？\\n]"));
        int unchanged = 0;
        int changed = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (const QString &written : {text, openccConvert("s2t.json", text)}) {
                for (const QString &sentence : written.split(sentenceEnd, Qt::SkipEmptyParts)) {
                    const QString expected = openccConvert("t2s.json", sentence);
                    QCOMPARE(converter.toSimplified(sentence), expected);
                    (expected == sentence ? unchanged : changed) += 1;
                }
            }
        }
        QVERIFY2(unchanged > 1000 && changed > 1000, qPrintable(QStringLiteral("%1 %2").arg(unchanged).arg(changed)));
    }
};

QTEST_GUILESS_MAIN(TestChineseConverter)
#include "tst_chineseconverter.moc"
