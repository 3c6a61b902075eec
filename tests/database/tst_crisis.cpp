// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrisisPhrases.h"
#include "SearchEngine.h"
#include "TestDatabase.h"
#include "TextNormalizer.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace huanjiao;

// The crisis card's phrase list: it fires on the phrases, in plain words,
// colloquial Chinese, pinyin and English, and on questions that contain them;
// it stays quiet on ordinary questions, also those near the same words.
class TestCrisis : public QObject
{
    Q_OBJECT

    test::TestDatabase m_bundled;
    std::unique_ptr<SearchEngine> m_engine;

    std::optional<CrisisNotice> notice(const QString &query) { return m_engine->search(query).crisis; }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_bundled.openBundled(&error), qPrintable(error));
        m_engine = std::make_unique<SearchEngine>(m_bundled.database());
    }

    void theBundledListReadsCleanly()
    {
        QFile file(QStringLiteral(HUANJIAO_CRISIS_PHRASES));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList errors;
        const CrisisPhrases list = CrisisPhrases::parse(QString::fromUtf8(file.readAll()), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        bool selfHarm = false;
        bool emergency = false;
        for (const auto &group : list.groups()) {
            QVERIFY(!group.phrases.isEmpty());
            selfHarm |= group.kind == CrisisNotice::Kind::SelfHarm;
            emergency |= group.kind == CrisisNotice::Kind::Emergency;
        }
        QVERIFY(selfHarm && emergency);
    }

    void aBadLineIsReportedNotSwallowed()
    {
        QStringList errors;
        CrisisPhrases::parse(QStringLiteral("自杀\n@worry condition/depression\n@self-harm condition/depression\n想死\n"),
                             &errors);
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).startsWith(QLatin1String("line 1")));
        QVERIFY(errors.at(1).startsWith(QLatin1String("line 2")));
    }

    void everyPhraseFiresAsTypedAndInsideAQuestion()
    {
        QFile file(QStringLiteral(HUANJIAO_CRISIS_PHRASES));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CrisisPhrases list = CrisisPhrases::parse(QString::fromUtf8(file.readAll()));
        int phrases = 0;
        for (const auto &group : list.groups()) {
            for (const QString &phrase : group.phrases) {
                ++phrases;
                const auto alone = notice(phrase);
                QVERIFY2(alone, qPrintable(phrase));
                // Self-harm wins over an emergency: never the other way round.
                if (group.kind == CrisisNotice::Kind::SelfHarm)
                    QCOMPARE(alone->kind, CrisisNotice::Kind::SelfHarm);
                const bool latin = std::all_of(phrase.begin(), phrase.end(), [](QChar c) { return c.unicode() < 0x80; });
                const QString question = latin ? QStringLiteral("i %1 help").arg(phrase) : QStringLiteral("我%1怎么办").arg(phrase);
                QVERIFY2(notice(question), qPrintable(question));
            }
        }
        QVERIFY(phrases > 50);
    }

    void firesOnWhatPeopleTypeInDistress_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("kind");
        const int self = int(CrisisNotice::Kind::SelfHarm);
        const int emergency = int(CrisisNotice::Kind::Emergency);
        QTest::newRow("suicide") << QStringLiteral("自杀") << self;
        QTest::newRow("traditional") << QStringLiteral("不想活了怎麼辦") << self;
        QTest::newRow("full-width, spaced") << QStringLiteral("我 想 死") << self;
        QTest::newRow("colloquial") << QStringLiteral("活着真没意思，不如死了算了") << self;
        QTest::newRow("pills") << QStringLiteral("我吃了一瓶安眠药") << self;
        QTest::newRow("pinyin") << QStringLiteral("buxianghuole") << self;
        QTest::newRow("pinyin spaced") << QStringLiteral("bu xiang huo le") << self;
        QTest::newRow("english") << QStringLiteral("I want to kill myself") << self;
        QTest::newRow("english caps") << QStringLiteral("SUICIDE") << self;
        QTest::newRow("stroke") << QStringLiteral("我爸突然嘴歪说话不清") << emergency;
        QTest::newRow("one side") << QStringLiteral("老人一侧手脚无力") << emergency;
        QTest::newRow("chest") << QStringLiteral("胸口像压了块石头一样疼") << emergency;
        QTest::newRow("chest sweat") << QStringLiteral("胸痛出冷汗") << emergency;
        QTest::newRow("breathing") << QStringLiteral("孩子喘不上气") << emergency;
        QTest::newRow("english chest") << QStringLiteral("crushing chest pain") << emergency;
    }

    void firesOnWhatPeopleTypeInDistress()
    {
        QFETCH(QString, query);
        QFETCH(int, kind);
        const auto n = notice(query);
        QVERIFY2(n, qPrintable(query));
        QCOMPARE(int(n->kind), kind);
        // No "did you mean" some unrelated topic under the card.
        QVERIFY2(m_engine->search(query).suggestions.isEmpty(), qPrintable(query));
    }

    void theCardLinksToAPageTheDatabaseHas()
    {
        const auto n = notice(QStringLiteral("自杀"));
        QVERIFY(n);
        QCOMPARE(n->page, QStringLiteral("condition/depression"));
        const auto stroke = notice(QStringLiteral("突然嘴歪"));
        QVERIFY(stroke);
        QCOMPARE(stroke->page, QStringLiteral("condition/ischemic-stroke"));
        // Results still follow the card.
        QVERIFY(!m_engine->search(QStringLiteral("抑郁 自杀")).hits.isEmpty());
    }

    void quietOnOrdinaryQuestions_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q : {"面肌痉挛能治好吗", "抑郁症吃什么药", "失眠怎么办", "偏头痛", "高血压", "胸闷", "头疼",
                              "癫痫", "脑梗塞后遗症", "死胎", "杀虫剂过敏", "自身免疫性脑炎", "药物过量", "自然流产",
                              "胸片", "心电图", "呼吸科", "气喘吁吁", "说话", "嘴唇干", "zishen", "sui", "die",
                              "stroke", "chest", "mianjijingluan", "headache", "depression", "self", "死亡率",
                              "活血化瘀", "想吃东西", "吐了", "出血", "抽搐", "面瘫"}) {
            QTest::newRow(q) << QString::fromUtf8(q);
        }
    }

    void quietOnOrdinaryQuestions()
    {
        QFETCH(QString, query);
        const auto n = notice(query);
        QVERIFY2(!n, qPrintable(n ? n->phrase : QString()));
    }
};

QTEST_GUILESS_MAIN(TestCrisis)
#include "tst_crisis.moc"
