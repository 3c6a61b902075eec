// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedMessages.h"
#include "ContentLint.h"
#include "ContentSet.h"
#include "ContentSources.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace huanjiao;

// The writing standard of patient text (docs/content-format.md). Each folder
// under lint-fixtures/ is the valid fixture with one breach of one rule, and
// its expected.txt holds every message, file:line, the rule must give: with
// the rule gone, its fixture fails.
class TestContentLint : public QObject
{
    Q_OBJECT

    static QStringList messages(const QString &folder)
    {
        Diagnostics d;
        const ContentSet set = ContentSources::load(folder, &d);
        if (d.isEmpty())
            d = ContentLint::check(set);
        QStringList lines;
        for (const auto &diag : d)
            lines << diag.toString();
        return lines;
    }

    // A one-condition set whose treatment text is `text` (for the pattern checks).
    static Diagnostics lintText(const QString &text)
    {
        SourceRecord src;
        src.file = QStringLiteral("t.md");
        src.line = 1;
        src.kind = QStringLiteral("drug");
        src.id = QStringLiteral("x");
        src.sections.append({QStringLiteral("usage"), text, {}, 10});
        ContentSet set;
        set.records.append({Kind::Drug, src});
        return ContentLint::check(set);
    }

private slots:
    void bundledContentMeetsTheStandard()
    {
        const QStringList found = messages(QStringLiteral(HUANJIAO_CONTENT_DIR));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void validFixtureMeetsTheStandard()
    {
        const QStringList found = messages(QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void everyRuleCatchesItsFixture_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir fixtures(QStringLiteral(HUANJIAO_LINT_FIXTURES_DIR));
        const auto folders = fixtures.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(folders.size() >= 10);
        for (const QString &name : folders)
            QTest::newRow(qPrintable(name)) << fixtures.filePath(name);
    }

    void everyRuleCatchesItsFixture()
    {
        QFETCH(QString, folder);
        const QStringList expected = test::expectedMessages(folder);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(messages(folder), expected);
    }

    // What the patterns must not take for a dose, a note or a brand: a false
    // alarm teaches writers to ignore the lint.
    void ordinaryTextPasses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("lab value") << QStringLiteral("血红蛋白低于110 g/L时称为贫血。");
        QTest::newRow("name with a digit") << QStringLiteral("维生素D3滴剂是常用的补充剂。");
        QTest::newRow("emergency number") << QStringLiteral("出现胸痛立即拨打120。");
        QTest::newRow("everyday word") << QStringLiteral("可定期复查，保持平衡力训练。");
        QTest::newRow("how often, not a medicine") << QStringLiteral("每天刷牙两次。");
        QTest::newRow("unrelated, not a note") << QStringLiteral("这种头痛与饮食无关。");
        QTest::newRow("80 characters") << QString(80, QChar(0x75C5)) + QStringLiteral("。");
    }

    void ordinaryTextPasses()
    {
        QFETCH(QString, text);
        const Diagnostics d = lintText(text);
        QVERIFY2(d.isEmpty(), qPrintable(d.isEmpty() ? QString() : d.first().toString()));
    }

    void dosesAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("mg") << QStringLiteral("每次10mg。");
        QTest::newRow("tablets") << QStringLiteral("一次2片。");
        QTest::newRow("units") << QStringLiteral("注射8单位。");
        QTest::newRow("IU") << QStringLiteral("补充400 IU。");
        QTest::newRow("puffs") << QStringLiteral("吸2喷。");
        QTest::newRow("per day in words") << QStringLiteral("每天两次。");
        QTest::newRow("one day") << QStringLiteral("一日1次。");
    }

    void dosesAreFound()
    {
        QFETCH(QString, text);
        const Diagnostics d = lintText(text);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().line, 11);
        QVERIFY2(d.first().message.contains(QStringLiteral("dose")), qPrintable(d.first().message));
    }

    void messagesPointAtTheLine()
    {
        const Diagnostics d = lintText(QStringLiteral("第一行。\n\n第三行，待核实。"));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().toString().left(8), QStringLiteral("t.md:13:"));
    }

    void brandListIsCompiledIn()
    {
        QVERIFY(ContentLint::brandNames().size() > 100);
        QVERIFY(ContentLint::brandNames().contains(QStringLiteral("芬必得")));
        QVERIFY(!ContentLint::brandNames().contains(QStringLiteral("可定"))); // 可定期
    }
};

QTEST_GUILESS_MAIN(TestContentLint)
#include "tst_contentlint.moc"
