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
    std::unique_ptr<ContentDatabase> m_patients;
    QTemporaryDir m_dir;

    static QStringList ids(const SearchResults &results, int n)
    {
        QStringList list;
        for (int i = 0; i < results.hits.size() && i < n; ++i)
            list << results.hits.at(i).ref.id;
        return list;
    }

    // A condition record with every required section.
    static QByteArray condition(const QString &id, const QString &name, const QString &aliases, const QString &prose,
                                const QString &extra = {})
    {
        QString text = QStringLiteral("@condition %1\nname: %2\nenglish: %1\n").arg(id, name);
        if (!aliases.isEmpty())
            text += QStringLiteral("aliases: %1\n").arg(aliases);
        text += extra;
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

        // Patients' words: lay names, symptom words, variants, Traditional
        // characters in the content, and names that a question can misread.
        const QString patients = m_dir.filePath(QStringLiteral("patients"));
        QDir().mkpath(patients);
        for (const char *file : {"content.md", "base.md"})
            QVERIFY(QFile::copy(fixture.filePath(QLatin1String(file)), patients + QLatin1Char('/') + QLatin1String(file)));
        const QString seeAlso = QStringLiteral("see-also: condition/gastroenteritis\n");
        const QList<QByteArray> words{
            condition(QStringLiteral("hepatomegaly"), QStringLiteral("肝大"), {}, QStringLiteral("说明。"), seeAlso),
            condition(QStringLiteral("hepatitis-b"), QStringLiteral("慢性乙型病毒性肝炎"), {}, QStringLiteral("说明。"),
                      QStringLiteral("lay-names: 乙肝, 大三阳, 小三阳\nsearch-terms: 已肝, 乙肝携带者\n")),
            condition(QStringLiteral("hypertension"), QStringLiteral("高血压"), {}, QStringLiteral("说明。"), seeAlso),
            condition(QStringLiteral("misread"), QStringLiteral("血压病"), {}, QStringLiteral("说明。")),
            condition(QStringLiteral("parkinsons"), QStringLiteral("帕金森病"), {}, QStringLiteral("说明。")),
            condition(QStringLiteral("mi"), QStringLiteral("急性心肌梗死"), {}, QStringLiteral("说明。")),
            condition(QStringLiteral("dysphonia"), QStringLiteral("痙攣性發聲障礙"), {}, QStringLiteral("说明。")),
            condition(QStringLiteral("gbs"), QStringLiteral("格林-巴利综合征"), {}, QStringLiteral("说明。")),
            condition(QStringLiteral("gastritis"), QStringLiteral("慢性胃炎"), {}, QStringLiteral("说明。"),
                      QStringLiteral("lay-names: 胃病\nsymptom-words: 胃疼\n")),
            condition(QStringLiteral("ibs"), QStringLiteral("肠易激综合征"), {}, QStringLiteral("说明。"),
                      QStringLiteral("symptom-words: 拉肚子, 一紧张就肚子疼\n")),
            condition(QStringLiteral("gastroenteritis"), QStringLiteral("急性胃肠炎"), {}, QStringLiteral("说明。"),
                      QStringLiteral("symptom-words: 拉肚子, 上吐下泻\n")),
            condition(QStringLiteral("diarrhoea-syndrome"), QStringLiteral("拉肚子综合征"), {}, QStringLiteral("说明。")),
        };
        QFile wordsFile(patients + QStringLiteral("/conditions.md"));
        QVERIFY(wordsFile.open(QIODevice::WriteOnly));
        for (const QByteArray &record : words)
            wordsFile.write(record + "\n");
        wordsFile.write("@test gastroscopy\nname: 胃镜\nsummary: 看胃里面。\npurpose: 查胃病。\nsource: editorial\n"
                        "updated: 2026-01-02\nstatus: sample\n\n## overview\n一段说明。\n");
        wordsFile.close();
        const ContentSet patientSet = ContentSources::load(patients, &d);
        QVERIFY2(d.isEmpty(), qPrintable(d.value(0).toString()));
        const QString patientsPath = m_dir.filePath(QStringLiteral("patients.sqlite"));
        QVERIFY2(DatabaseWriter::write(patientSet, patientsPath, &writeError), qPrintable(writeError));
        m_patients = ContentDatabase::open(patientsPath, &openError);
        QVERIFY(m_patients);
    }

    // How patients write: each query finds the condition meant first.
    void patientsWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("matched");
        auto row = [](const char *name, const char *query, const char *first, const char *matched) {
            QTest::newRow(name) << QString::fromUtf8(query) << QString::fromUtf8(first) << QString::fromUtf8(matched);
        };
        row("lay name", "大三阳", "hepatitis-b", "lay-name");
        row("lay name in a question", "小三阳严重吗", "hepatitis-b", "lay-name");
        // 乙肝|大三阳: 肝大 straddles the two words and must not win.
        row("across a word boundary", "乙肝大三阳", "hepatitis-b", "lay-name");
        // 高血压|病: not 高|血压病.
        row("misreading", "高血压病", "hypertension", "question");
        row("part of a name", "帕金森", "parkinsons", "name");
        row("part of a name in a question", "帕金森能治好吗", "parkinsons", "question");
        row("variant", "心肌梗塞", "mi", "name");
        row("variant and punctuation", "格林巴利综合症", "gbs", "name");
        row("traditional in the content", "痉挛性发声障碍", "dysphonia", "name");
        row("traditional both sides", "痙攣性發聲障礙", "dysphonia", "name");
        // A condition before the test the question also names.
        row("condition before test", "胃病做胃镜", "gastritis", "lay-name");
        row("symptom in a question", "上吐下泻怎么办", "gastroenteritis", "symptom");
        // A name containing the word beats the symptom word.
        row("name before symptom", "拉肚子", "diarrhoea-syndrome", "name");
    }

    void patientsWords()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        QFETCH(QString, matched);
        SearchEngine engine(m_patients->database());
        const SearchResults r = engine.search(query);
        QVERIFY2(!r.hits.isEmpty(), qPrintable(query));
        QCOMPARE(r.hits.first().ref.id, first);
        QCOMPARE(matchKindName(r.hits.first().matched), matched);
    }

    void aMisreadNameRanksBelowTheReading()
    {
        SearchEngine engine(m_patients->database());
        const QStringList order = ids(engine.search(QStringLiteral("乙肝大三阳")), 10);
        QVERIFY(order.indexOf(QStringLiteral("hepatomegaly")) > order.indexOf(QStringLiteral("hepatitis-b")));
        const QStringList pressure = ids(engine.search(QStringLiteral("高血压病")), 10);
        QVERIFY(pressure.indexOf(QStringLiteral("misread")) > pressure.indexOf(QStringLiteral("hypertension")));
    }

    void symptomMatchesAreLabelledAndRankBelowNames()
    {
        SearchEngine engine(m_patients->database());
        const SearchResults r = engine.search(QStringLiteral("拉肚子"));
        QCOMPARE(ids(r, 3), (QStringList{QStringLiteral("diarrhoea-syndrome"), QStringLiteral("gastroenteritis"),
                                         QStringLiteral("ibs")}));
        // Equal symptom matches: the topic more pages link to first (two
        // pages see-also 急性胃肠炎), never the order of the files.
        QCOMPARE(r.hits.at(1).matched, MatchKind::Symptom);
        QCOMPARE(r.hits.at(2).matched, MatchKind::Symptom);
        QCOMPARE(matchKindLabel(r.hits.at(1).matched, r.hits.at(1).matchedText), QStringLiteral("symptom: 拉肚子"));
        const SearchResults lay = engine.search(QStringLiteral("胃病"));
        QCOMPARE(matchKindLabel(lay.hits.first().matched, lay.hits.first().matchedText),
                 QStringLiteral("commonly called 胃病"));
    }

    // A search-only word (a miswriting, a loose or unkind name the page does
    // not show) finds its topic as a lay name does, but the result never
    // presents it as a name of the condition.
    void searchTermsFindTheTopicAndAreNotShownAsItsName()
    {
        SearchEngine engine(m_patients->database());
        for (const QString &query : {QStringLiteral("已肝"), QStringLiteral("乙肝携带者怎么办")}) {
            const SearchResults r = engine.search(query);
            QVERIFY2(!r.hits.isEmpty(), qPrintable(query));
            QCOMPARE(r.hits.first().ref.id, QStringLiteral("hepatitis-b"));
            QCOMPARE(r.hits.first().matched, MatchKind::SearchTerm);
            QCOMPARE(matchKindLabel(r.hits.first().matched, r.hits.first().matchedText), QString());
        }
        QCOMPARE(matchKindName(MatchKind::SearchTerm), QStringLiteral("search-term"));
        // The shown lay name keeps its label.
        const SearchResults lay = engine.search(QStringLiteral("大三阳"));
        QCOMPARE(matchKindLabel(lay.hits.first().matched, lay.hits.first().matchedText),
                 QStringLiteral("commonly called 大三阳"));
    }

    void aQuestionNamingATestPutsTheConditionFirst()
    {
        SearchEngine engine(m_patients->database());
        const SearchResults r = engine.search(QStringLiteral("胃病做胃镜"));
        QCOMPARE(ids(r, 2), (QStringList{QStringLiteral("gastritis"), QStringLiteral("gastroscopy")}));
    }

    // A leaflet is found by its title and its text, and ranks as an article
    // does: a title that merely contains the word follows the condition and
    // the test that word names; the whole title finds the leaflet first.
    void leafletsAreFoundByTitleAndTextAndRankLikeArticles()
    {
        const QDir fixture(QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"));
        const QString folder = m_dir.filePath(QStringLiteral("leaflets"));
        QDir().mkpath(folder);
        for (const char *file : {"content.md", "base.md"})
            QVERIFY(QFile::copy(fixture.filePath(QLatin1String(file)), folder + QLatin1Char('/') + QLatin1String(file)));
        QFile file(folder + QStringLiteral("/topics.md"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(condition(QStringLiteral("gastritis"), QStringLiteral("慢性胃炎"), {}, QStringLiteral("说明。")) + "\n");
        file.write("@test gastroscopy\nname: 胃镜\nsummary: 看胃里面。\npurpose: 查胃病。\nsource: editorial\n"
                   "updated: 2026-01-02\nstatus: sample\n\n## overview\n一段说明。\n\n"
                   "@article gastritis-diet\nname: 慢性胃炎患者做胃镜前的饮食\nsummary: 吃什么。\n"
                   "about: condition/gastritis\nsource: editorial\nupdated: 2026-01-02\nstatus: sample\n\n"
                   "## body\n清淡饮食。\n\n"
                   "@leaflet gastroscopy-preparation\nname: 慢性胃炎患者做胃镜前准备\nabout: condition/gastritis\n"
                   "source: editorial\nupdated: 2026-01-02\nstatus: sample\n\n"
                   "## 须知\n- 检查前按通知的时间空腹。\n- 带上以前的检查报告。\n");
        file.close();
        Diagnostics d;
        const ContentSet set = ContentSources::load(folder, &d);
        QVERIFY2(d.isEmpty(), qPrintable(d.value(0).toString()));
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("leaflets.sqlite"));
        QVERIFY2(DatabaseWriter::write(set, path, &error), qPrintable(error));
        OpenError openError;
        const auto database = ContentDatabase::open(path, &openError);
        QVERIFY(database);
        SearchEngine engine(database->database());

        const SearchResults title = engine.search(QStringLiteral("慢性胃炎患者做胃镜前准备"));
        QVERIFY(!title.hits.isEmpty());
        QCOMPARE(title.hits.first().ref.kind, Kind::Leaflet);
        QCOMPARE(title.hits.first().ref.id, QStringLiteral("gastroscopy-preparation"));
        // Words of its text.
        const SearchResults body = engine.search(QStringLiteral("检查报告"));
        QCOMPARE(ids(body, 1), QStringList{QStringLiteral("gastroscopy-preparation")});
        QCOMPARE(body.counts.value(Kind::Leaflet), 1);
        // The condition and the test before the titles that contain their names,
        // the article and the leaflet alike.
        const QStringList stomach = ids(engine.search(QStringLiteral("胃镜")), 10);
        QCOMPARE(stomach.value(0), QStringLiteral("gastroscopy"));
        QVERIFY(stomach.contains(QStringLiteral("gastroscopy-preparation")));
        QVERIFY(stomach.contains(QStringLiteral("gastritis-diet")));
        const QStringList named = ids(engine.search(QStringLiteral("慢性胃炎")), 10);
        QCOMPARE(named.value(0), QStringLiteral("gastritis"));
        QVERIFY(named.indexOf(QStringLiteral("gastroscopy-preparation")) > 0);
    }

    void tiersRankInTheSpecifiedOrder()
    {
        SearchEngine engine(m_tiers->database());
        SearchOptions options;
        options.kind = Kind::Condition;
        const SearchResults r = engine.search(QStringLiteral("抽动"), options);
        QCOMPARE(ids(r, 10), (QStringList{QStringLiteral("exact"), QStringLiteral("prefix"), QStringLiteral("alias"),
                                          QStringLiteral("substring"), QStringLiteral("body")}));
        // 稠冻 reads like 抽动 but is not looked for when 抽动 is a name as typed;
        // written wrong (抽冻), it finds both by their sound.
        const QStringList sound = ids(engine.search(QStringLiteral("抽冻"), options), 10);
        QVERIFY(sound.contains(QStringLiteral("pinyin")));
        QVERIFY(sound.contains(QStringLiteral("exact")));
        // Pinyin ranks above name substring and body text.
        const SearchResults py = engine.search(QStringLiteral("choudong"), options);
        // 抽动 and 稠冻 read the same: both first, then the alias, then the prefix.
        const QStringList order = ids(py, 10);
        QCOMPARE(order.size(), 4);
        QCOMPARE(QSet<QString>(order.begin(), order.begin() + 2),
                 (QSet<QString>{QStringLiteral("exact"), QStringLiteral("pinyin")}));
        QCOMPARE(order.mid(2), (QStringList{QStringLiteral("alias"), QStringLiteral("prefix")}));
        QCOMPARE(py.hits.first().matched, MatchKind::Pinyin);
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
