// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedMessages.h"
#include "ContentSources.h"
#include "ContentValidator.h"
#include "EntityId.h"
#include "EntityUri.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace huanjiao;

// Each folder under fixtures/ (but `valid`) is a small content set with one
// kind of mistake, and expected.txt holds every message the builder must give.
class TestContentValidator : public QObject
{
    Q_OBJECT

private slots:
    void bundledContentIsValid()
    {
        Diagnostics d;
        const ContentSet set = ContentSources::load(QStringLiteral(HUANJIAO_CONTENT_DIR), &d);
        QStringList lines;
        for (const auto &diag : d)
            lines << diag.toString();
        QVERIFY2(d.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(set.meta.sample);
        QVERIFY(!set.meta.version.isEmpty());
    }

    // An id is a whole word of its own: what follows the last letter counts,
    // a final newline too (fuzz_uri found huanjiao://doctor/y%0a accepted as
    // a page whose address then read back as no page).
    void idsAreWholeWords_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("word") << QStringLiteral("hemifacial-spasm") << true;
        QTest::newRow("digits") << QStringLiteral("c123") << true;
        QTest::newRow("final newline") << QStringLiteral("y\n") << false;
        QTest::newRow("final return") << QStringLiteral("y\r") << false;
        QTest::newRow("newline inside") << QStringLiteral("a\nb") << false;
        QTest::newRow("capital") << QStringLiteral("Spasm") << false;
        QTest::newRow("leading dash") << QStringLiteral("-a") << false;
        QTest::newRow("double dash") << QStringLiteral("a--b") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void idsAreWholeWords()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(EntityId::isValid(id), valid);
        EntityUri uri;
        const QString address = QStringLiteral("huanjiao://doctor/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
        QCOMPARE(EntityUri::parse(QUrl(address), &uri), valid);
        if (valid) {
            EntityUri again;
            QVERIFY(EntityUri::parse(uri.toString(), &again));
            QCOMPARE(again.id, id);
        }
    }

    void validFixtureHasNoErrors()
    {
        Diagnostics d;
        const ContentSet set = ContentSources::load(QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"), &d);
        QVERIFY(d.isEmpty());
        QCOMPARE(set.records.size(), 7);
    }

    void badContent_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir fixtures(QStringLiteral(HUANJIAO_FIXTURES_DIR));
        const auto folders = fixtures.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(folders.size() >= 10);
        for (const QString &name : folders) {
            if (name != QLatin1String("valid"))
                QTest::newRow(qPrintable(name)) << fixtures.filePath(name);
        }
    }

    void badContent()
    {
        QFETCH(QString, folder);
        const QStringList expected = test::expectedMessages(folder);
        QVERIFY(!expected.isEmpty());

        Diagnostics d;
        ContentSources::load(folder, &d);
        QStringList actual;
        for (const auto &diag : d)
            actual << diag.toString();
        QCOMPARE(actual, expected);
    }

    void listsSplitOnEveryCommaKind()
    {
        QCOMPARE(ContentValidator::splitList(QStringLiteral("面肌抽搐, 半面痉挛，甲、乙 ,")),
                 (QStringList{QStringLiteral("面肌抽搐"), QStringLiteral("半面痉挛"), QStringLiteral("甲"),
                              QStringLiteral("乙")}));
    }

    void markupDetection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("markup");
        QTest::newRow("tag") << QStringLiteral("a<b>b</b>") << true;
        QTest::newRow("script") << QStringLiteral("<script>x</script>") << true;
        QTest::newRow("img") << QStringLiteral("<img src=\"file:///etc/passwd\">") << true;
        QTest::newRow("comment") << QStringLiteral("<!-- x -->") << true;
        QTest::newRow("closing") << QStringLiteral("</p>") << true;
        QTest::newRow("less-than") << QStringLiteral("血糖 < 7 mmol/L") << false;
        QTest::newRow("arrow") << QStringLiteral("a <- b") << false;
        QTest::newRow("full-width") << QStringLiteral("〈书名〉") << false;
        // Spaces Qt's HTML parser skips after "<", as the validator must.
        QTest::newRow("ideographic-space") << QStringLiteral("说明<\u3000img src=\"file:///etc/passwd\">") << true;
        QTest::newRow("no-break-space") << QStringLiteral("说明<\u00A0img src=x>") << true;
        QTest::newRow("em-space-closing") << QStringLiteral("<\u2003/\u2003b>") << true;
        QTest::newRow("next-line") << QStringLiteral("说明<\nimg src=x>") << true;
        QTest::newRow("crlf") << QStringLiteral("说明<\r\n\u3000img src=x>") << true;
        QTest::newRow("less-than-chinese") << QStringLiteral("血压<\u3000高压") << false;
    }

    void markupDetection()
    {
        QFETCH(QString, text);
        QFETCH(bool, markup);
        QCOMPARE(ContentValidator::containsMarkup(text), markup);
    }
};

QTEST_GUILESS_MAIN(TestContentValidator)
#include "tst_contentvalidator.moc"
