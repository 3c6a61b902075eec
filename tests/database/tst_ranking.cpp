// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentDatabase.h"
#include "ContentSources.h"
#include "DatabaseWriter.h"
#include "SearchEngine.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;

// Ranking: exact name > name prefix > alias > pinyin > name substring > body.
class TestRanking : public QObject
{
    Q_OBJECT

    test::TestDatabase m_bundled;
    std::unique_ptr<ContentDatabase> m_tiers;
    QTemporaryDir m_dir;

    static QStringList ids(const SearchResults &results, int n)
    {
        QStringList list;
        for (int i = 0; i < results.hits.size() && i < n; ++i)
            list << results.hits.at(i).ref.id;
        return list;
    }

    // A condition record with every required section.
    static QByteArray condition(const QString &id, const QString &name, const QString &aliases, const QString &prose)
    {
        QString text = QStringLiteral("@condition %1\nname: %2\nenglish: %1\n").arg(id, name);
        if (!aliases.isEmpty())
            text += QStringLiteral("aliases: %1\n").arg(aliases);
        text += QStringLiteral("department: neurology\nsummary: 示例。\nsource: editorial\nupdated: 2026-01-01\n"
                               "status: sample\n");
        for (const char *key : {"overview", "symptoms", "causes", "diagnosis", "care", "seek-care", "prevention"})
            text += QStringLiteral("\n## %1\n%2\n").arg(QLatin1String(key), prose);
        text += QStringLiteral("\n## treatments\n### [self-care] 休息\n多休息。\n");
        return text.toUtf8();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_bundled.openBundled(&error), qPrintable(error));

        // One condition per tier for the query 抽动 (chou dong, initials cd).
        const QDir fixture(QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"));
        const QString content = m_dir.filePath(QStringLiteral("content"));
        QDir().mkpath(content);
        for (const char *file : {"content.md", "base.md"})
            QVERIFY(QFile::copy(fixture.filePath(QLatin1String(file)), content + QLatin1Char('/') + QLatin1String(file)));
        const QList<QByteArray> records{
            condition(QStringLiteral("body"), QStringLiteral("眨眼"), {}, QStringLiteral("有时伴有抽动。")),
            condition(QStringLiteral("substring"), QStringLiteral("慢性抽动"), {}, QStringLiteral("说明。")),
            condition(QStringLiteral("pinyin"), QStringLiteral("稠冻"), {}, QStringLiteral("说明。")),
            condition(QStringLiteral("alias"), QStringLiteral("妥瑞综合征"), QStringLiteral("抽动"), QStringLiteral("说明。")),
            condition(QStringLiteral("prefix"), QStringLiteral("抽动障碍"), {}, QStringLiteral("说明。")),
            condition(QStringLiteral("exact"), QStringLiteral("抽动"), {}, QStringLiteral("说明。")),
        };
        QFile out(content + QStringLiteral("/conditions.md"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (const QByteArray &record : records)
            out.write(record + "\n");
        out.close();
        Diagnostics d;
        const ContentSet set = ContentSources::load(content, &d);
        QVERIFY2(d.isEmpty(), qPrintable(d.value(0).toString()));
        QString writeError;
        const QString path = m_dir.filePath(QStringLiteral("tiers.sqlite"));
        QVERIFY2(DatabaseWriter::write(set, path, &writeError), qPrintable(writeError));
        OpenError openError;
        m_tiers = ContentDatabase::open(path, &openError);
        QVERIFY(m_tiers);
    }

    void tiersRankInTheSpecifiedOrder()
    {
        SearchEngine engine(m_tiers->database());
        SearchOptions options;
        options.kind = Kind::Condition;
        const SearchResults r = engine.search(QStringLiteral("抽动"), options);
        QCOMPARE(ids(r, 10), (QStringList{QStringLiteral("exact"), QStringLiteral("prefix"), QStringLiteral("alias"),
                                          QStringLiteral("substring"), QStringLiteral("body")}));
        // Pinyin ranks above name substring and body text.
        const SearchResults py = engine.search(QStringLiteral("choudong"), options);
        // 抽动 and 稠冻 read the same: both first, then the alias, then the prefix.
        const QStringList order = ids(py, 10);
        QCOMPARE(order.size(), 4);
        QCOMPARE(QSet<QString>(order.begin(), order.begin() + 2),
                 (QSet<QString>{QStringLiteral("exact"), QStringLiteral("pinyin")}));
        QCOMPARE(order.mid(2), (QStringList{QStringLiteral("alias"), QStringLiteral("prefix")}));
        QCOMPARE(py.hits.first().matched, QStringLiteral("pinyin"));
    }

    // Query -> expected first results over the bundled content.
    void bundledContent_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const QString &query, const QStringList &expected) {
            QTest::newRow(name) << query << expected;
        };
        row("exact name", QStringLiteral("面肌痉挛"), {QStringLiteral("hemifacial-spasm")});
        row("exact name 2", QStringLiteral("偏头痛"), {QStringLiteral("migraine")});
        row("name prefix", QStringLiteral("失眠"), {QStringLiteral("insomnia")});
        row("alias", QStringLiteral("耳石症"), {QStringLiteral("bppv")});
        row("alias 2", QStringLiteral("脑梗死"), {QStringLiteral("ischemic-stroke")});
        row("pinyin", QStringLiteral("piantoutong"), {QStringLiteral("migraine")});
        row("initials", QStringLiteral("ptt"), {QStringLiteral("migraine")});
        row("initials 2", QStringLiteral("dx"), {QStringLiteral("epilepsy")});
        row("english", QStringLiteral("migraine"), {QStringLiteral("migraine")});
        row("doctor", QStringLiteral("张齐龙"), {QStringLiteral("zhang-qilong")});
        row("drug", QStringLiteral("卡马西平"), {QStringLiteral("carbamazepine")});
        row("question", QStringLiteral("三叉神经痛吃什么药"), {QStringLiteral("trigeminal-neuralgia")});
        row("hospital", QStringLiteral("锦州市中心医院"), {QStringLiteral("jinzhou-central"), QStringLiteral("sun-xuhong")});
    }

    void bundledContent()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        SearchEngine engine(m_bundled.database());
        const SearchResults r = engine.search(query);
        QCOMPARE(ids(r, int(expected.size())), expected);
    }
};

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_ranking.moc"
