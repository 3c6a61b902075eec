// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentSources.h"
#include "DatabaseWriter.h"
#include "NearSounds.h"
#include "SearchEngine.h"
#include "Pinyin.h"
#include "PinyinTypos.h"
#include "TestDatabase.h"
#include "TextNormalizer.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;

// SPEC.md section 5, row by row, over the bundled content; then the ranking
// tiers over a small content set built for them.
class TestSearch : public QObject
{
    Q_OBJECT

    test::TestDatabase m_bundled;
    std::unique_ptr<SearchEngine> m_engine;

    SearchResults search(const QString &text, int limit = 200)
    {
        SearchOptions options;
        options.limit = limit;
        return m_engine->search(text, options);
    }

    static QStringList uris(const SearchResults &results)
    {
        QStringList list;
        for (const auto &hit : results.hits)
            list << kindName(hit.ref.kind) + QLatin1Char('/') + hit.ref.id;
        return list;
    }

    // Every entity whose name contains the text, the naive way, to compare with.
    QStringList namesContaining(const QString &text)
    {
        QSqlQuery q(m_bundled.database());
        q.prepare(QStringLiteral("SELECT kind || '/' || slug FROM entity WHERE instr(name, ?) > 0"));
        q.addBindValue(text);
        q.exec();
        QStringList list;
        while (q.next())
            list << q.value(0).toString();
        return list;
    }

    void expectFirst(const QString &query, const QString &uri, const QString &matched = {})
    {
        const SearchResults r = search(query);
        QVERIFY2(!r.hits.isEmpty(), qPrintable(query));
        QCOMPARE(uris(r).first(), uri);
        if (!matched.isEmpty())
            QCOMPARE(matchKindName(r.hits.first().matched), matched);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_bundled.openBundled(&error), qPrintable(error));
        m_engine = std::make_unique<SearchEngine>(m_bundled.database());
    }

    // 痉挛 (two characters) and 面 (one): every entity whose name contains them,
    // names before body text. (FTS5's trigram tokenizer finds nothing for these.)
    void shortQueriesFindEveryNameContainingThem_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("two characters") << QStringLiteral("痉挛");
        QTest::newRow("one character") << QStringLiteral("面");
        QTest::newRow("one character, common") << QStringLiteral("肌");
        // Inside a name, not at its start: found in the index of pairs.
        QTest::newRow("inside a name") << QStringLiteral("肌痉挛");
        // 部 stands alone beside letters: no pair holds it, so the index of
        // single characters answers.
        QTest::newRow("a lone character beside letters") << QStringLiteral("部CT");
        // 型 alone after a letter, inside 注射用A型肉毒毒素.
        QTest::newRow("a lone character after a letter") << QStringLiteral("A型");
        QTest::newRow("a run after a letter") << QStringLiteral("A型肉毒");
    }

    void shortQueriesFindEveryNameContainingThem()
    {
        QFETCH(QString, query);
        const SearchResults r = search(query, 1000);
        const QStringList expected = namesContaining(query);
        QVERIFY(!expected.isEmpty());
        const QStringList found = uris(r);
        for (const QString &uri : expected)
            QVERIFY2(found.contains(uri), qPrintable(uri));
        // Names first: no body match ranks above a name match.
        bool body = false;
        for (const auto &hit : r.hits) {
            if (hit.matched == MatchKind::Body)
                body = true;
            else
                QVERIFY2(!body, qPrintable(hit.ref.name));
        }
    }

    void wholeNameFindsTheCondition() { expectFirst(QStringLiteral("面肌痉挛"), QStringLiteral("condition/hemifacial-spasm"), QStringLiteral("name")); }

    void severalTermsMeanAllOfThem()
    {
        const SearchResults r = search(QStringLiteral("面肌 手术"));
        QVERIFY(uris(r).contains(QStringLiteral("condition/hemifacial-spasm")));
        QVERIFY(uris(r).contains(QStringLiteral("article/hfs-surgery-risks")));
        // 面肌 alone finds the EMG test, whose text never mentions 手术.
        QVERIFY(uris(search(QStringLiteral("面肌"))).contains(QStringLiteral("test/emg-lsr")));
        QVERIFY(!uris(r).contains(QStringLiteral("test/emg-lsr")));
        QVERIFY(!uris(r).contains(QStringLiteral("qa/hfs-qa-diet")));
    }

    void aliasesFindTheCondition_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::newRow("半面痉挛") << QStringLiteral("半面痉挛");
        QTest::newRow("面肌抽搐") << QStringLiteral("面肌抽搐");
    }

    void aliasesFindTheCondition()
    {
        QFETCH(QString, alias);
        const SearchResults r = search(alias);
        QCOMPARE(uris(r).first(), QStringLiteral("condition/hemifacial-spasm"));
        QCOMPARE(r.hits.first().matched, MatchKind::Alias);
        QCOMPARE(r.hits.first().matchedText, alias); // shown as "also called ..."
    }

    void pinyinFindsTheCondition_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("full") << QStringLiteral("mianjijingluan");
        QTest::newRow("spaced") << QStringLiteral("mian ji");
        QTest::newRow("prefix") << QStringLiteral("mianj");
        QTest::newRow("initials") << QStringLiteral("mjjl");
        QTest::newRow("upper case") << QStringLiteral("MJJL");
        QTest::newRow("full width") << QStringLiteral("ｍｊｊｌ");
        QTest::newRow("spaces around") << QStringLiteral("  mianjijingluan ");
    }

    void pinyinFindsTheCondition()
    {
        QFETCH(QString, query);
        expectFirst(query, QStringLiteral("condition/hemifacial-spasm"));
    }

    void everyReadingOfAPolyphonicCharacterMatches_data()
    {
        QTest::addColumn<QString>("query");
        // 重 is zhong or chong; both readings find 重症肌无力.
        QTest::newRow("zhong") << QStringLiteral("zhongzhengjiwuli");
        QTest::newRow("chong") << QStringLiteral("chongzhengjiwuli");
        QTest::newRow("zhong initials") << QStringLiteral("zzjwl");
        QTest::newRow("chong initials") << QStringLiteral("czjwl");
    }

    void everyReadingOfAPolyphonicCharacterMatches()
    {
        QFETCH(QString, query);
        expectFirst(query, QStringLiteral("condition/myasthenia-gravis"));
    }

    void englishNameFindsTheCondition_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("lower") << QStringLiteral("hemifacial");
        QTest::newRow("mixed") << QStringLiteral("Hemifacial Spasm");
        QTest::newRow("full width") << QStringLiteral("ＨＥＭＩＦＡＣＩＡＬ");
    }

    void englishNameFindsTheCondition()
    {
        QFETCH(QString, query);
        expectFirst(query, QStringLiteral("condition/hemifacial-spasm"), QStringLiteral("english"));
    }

    void aWholeQuestionFindsTheConditionItNames_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("uri");
        QTest::newRow("hfs") << QStringLiteral("面肌痉挛能治好吗") << QStringLiteral("condition/hemifacial-spasm");
        QTest::newRow("migraine") << QStringLiteral("偏头痛能喝咖啡吗") << QStringLiteral("condition/migraine");
        QTest::newRow("punctuated") << QStringLiteral("请问，面肌痉挛会遗传吗？") << QStringLiteral("condition/hemifacial-spasm");
    }

    void aWholeQuestionFindsTheConditionItNames()
    {
        QFETCH(QString, question);
        QFETCH(QString, uri);
        QVERIFY2(uris(search(question)).mid(0, 3).contains(uri), qPrintable(uris(search(question)).join(' ')));
    }

    void traditionalCharactersFindWhatSimplifiedFind()
    {
        QCOMPARE(uris(search(QStringLiteral("痙攣"))), uris(search(QStringLiteral("痉挛"))));
        expectFirst(QStringLiteral("面肌痙攣"), QStringLiteral("condition/hemifacial-spasm"));
    }

    void doctorsByNameHospitalAndSpecialty()
    {
        expectFirst(QStringLiteral("叶琳"), QStringLiteral("doctor/ye-lin"), QStringLiteral("name"));
        const QStringList hospital = uris(search(QStringLiteral("江西省胸科医院")));
        for (const char *doctor : {"doctor/ye-lin", "doctor/guo-xiaoying", "doctor/zhang-qilong"})
            QVERIFY2(hospital.contains(QLatin1String(doctor)), doctor);
        QVERIFY(uris(search(QStringLiteral("鼾症"))).contains(QStringLiteral("doctor/guo-xiaoying")));
        QVERIFY(uris(search(QStringLiteral("yelin"))).contains(QStringLiteral("doctor/ye-lin")));
    }

    void drugsByManufacturerAndIndication()
    {
        QVERIFY(uris(search(QStringLiteral("德联制药"))).contains(QStringLiteral("drug/wumianxing-chushi-ding")));
        const QStringList cramps = uris(search(QStringLiteral("肠痉挛")));
        QVERIFY(cramps.contains(QStringLiteral("drug/liangmianzhen-zhentong-pian")));
    }

    void bodyMatchesCarryAHighlightableSnippet()
    {
        const SearchResults r = search(QStringLiteral("肠痉挛"));
        bool seen = false;
        for (const auto &hit : r.hits) {
            if (hit.matched != MatchKind::Body)
                continue;
            seen = true;
            QVERIFY2(hit.snippet.contains(QStringLiteral("肠痉挛")), qPrintable(hit.snippet));
            QVERIFY(hit.snippet.size() <= 66); // about a line, not the whole text
        }
        QVERIFY(seen);
        QCOMPARE(r.terms, QStringList{QStringLiteral("肠痉挛")});
    }

    void hostileInputGivesResultsOrNone_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("quote") << QStringLiteral("\"");
        QTest::newRow("quotes around") << QStringLiteral("\"面肌\"");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("near") << QStringLiteral("NEAR(");
        QTest::newRow("near phrase") << QStringLiteral("NEAR(面 肌, 2)");
        QTest::newRow("boolean words") << QStringLiteral("面 AND OR NOT");
        QTest::newRow("column filter") << QStringLiteral("text:面");
        QTest::newRow("caret") << QStringLiteral("^面");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE entity; --");
        QTest::newRow("10,000 characters") << QString(10000, QChar(0x9762));
        QTest::newRow("1 MB paste") << QStringLiteral("面肌痉挛 ").repeated(200000);
        QTest::newRow("emoji") << QStringLiteral("😀🤒");
        QTest::newRow("control characters") << QStringLiteral("面\x01\x02\x1b[31m肌\t\n");
        QTest::newRow("nul") << QString::fromUtf16(u"面\0肌", 3);
        QTest::newRow("lone surrogate") << QString(QChar(0xD83D)) + QStringLiteral("面");
        QTest::newRow("right-to-left override") << QStringLiteral("\u202E面肌\u200B痉挛");
        QTest::newRow("only spaces") << QStringLiteral("   \u3000 ");
        QTest::newRow("only punctuation") << QStringLiteral("，。！？、()[]{}");
    }

    void hostileInputGivesResultsOrNone()
    {
        QFETCH(QString, query);
        const SearchResults r = search(query);
        QVERIFY(r.hits.size() <= 200);
        // The database is untouched and the next search still works.
        expectFirst(QStringLiteral("面肌痉挛"), QStringLiteral("condition/hemifacial-spasm"));
    }

    // Found by fuzz_query: a space or a surrogate pair at the limit went one past it.
    void foldingNeverExceedsItsLimit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("space at the limit") << QString(255, QLatin1Char('a')) + QStringLiteral(" b");
        QTest::newRow("pair at the limit") << QString(255, QLatin1Char('a')) + QStringLiteral("😀");
        QTest::newRow("fuzz finding") << QString::fromUtf8(QByteArray::fromHex(
                                                   "777e6f217820788181818181818181818181818181818181818181818181818181818181818181818181818181818181"
                                                   "8181818181818181818181818181818181818181818181818181818181818181818181817575d265ffffff206f207965"
                                                   "206520ffff2079652065206f6220652079652065206f622065206f20796579652065206f622065206f20652079652065"
                                                   "206f6220652079652020652065206f622065206f20796579652065206f622065206f01f6000000202065206f65202178"
                                                   "20787575d2652079652065206f622065206f2079652065206f65206d65206f65207965206565206f2479656f65207965"
                                                   "2065206f010965206f207965206520656f622065206f206f6520206f2074"));
    }

    void foldingNeverExceedsItsLimit()
    {
        QFETCH(QString, text);
        QVERIFY(TextNormalizer::fold(text).size() <= 256);
        QVERIFY(TextNormalizer::fold(text, 10).size() <= 10);
    }

    void invisibleCharactersDoNotHideAMatch()
    {
        expectFirst(QStringLiteral("\u202E面肌\u200B痉挛"), QStringLiteral("condition/hemifacial-spasm"));
    }

    void filtersByKindAndDepartment()
    {
        SearchOptions options;
        options.kind = Kind::Doctor;
        const SearchResults doctors = m_engine->search(QStringLiteral("面肌痉挛"), options);
        QVERIFY(!doctors.hits.isEmpty());
        for (const auto &hit : doctors.hits)
            QCOMPARE(hit.ref.kind, Kind::Doctor);

        QSqlQuery q(m_bundled.database());
        q.exec(QStringLiteral("SELECT rowid FROM entity WHERE kind = 'department' AND slug = 'gynecology'"));
        QVERIFY(q.next());
        SearchOptions gynecology;
        gynecology.department = q.value(0).toLongLong();
        const SearchResults r = m_engine->search(QStringLiteral("流产"), gynecology);
        QVERIFY(uris(r).contains(QStringLiteral("condition/recurrent-miscarriage")));
        QVERIFY(!uris(r).contains(QStringLiteral("condition/hemifacial-spasm")));
        // A top-level department includes its sub-departments.
        q.exec(QStringLiteral("SELECT rowid FROM entity WHERE kind = 'department' AND slug = 'internal-medicine'"));
        QVERIFY(q.next());
        SearchOptions internal;
        internal.department = q.value(0).toLongLong();
        const QStringList spasm = uris(m_engine->search(QStringLiteral("痉挛"), internal));
        QVERIFY(spasm.contains(QStringLiteral("condition/hemifacial-spasm")));
        QVERIFY(spasm.contains(QStringLiteral("doctor/sun-xuhong")));
        for (const QString &uri : spasm)
            QVERIFY2(uri.startsWith(QLatin1String("condition/")) || uri.startsWith(QLatin1String("doctor/")), qPrintable(uri));
    }

    void noResultsSuggestCloseMatches()
    {
        // A wrong character of the same sound is no dead end: it finds the condition.
        const SearchResults homophone = search(QStringLiteral("面肌痉孪")); // 孪 for 挛
        QVERIFY(!homophone.hits.isEmpty());
        QCOMPARE(homophone.hits.first().ref.id, QStringLiteral("hemifacial-spasm"));
        QCOMPARE(homophone.hits.first().matched, MatchKind::Homophone);
        const SearchResults typo = search(QStringLiteral("面肌痉李"));
        QVERIFY(typo.hits.isEmpty());
        QVERIFY(!typo.suggestions.isEmpty());
        QCOMPARE(typo.suggestions.first().id, QStringLiteral("hemifacial-spasm"));
        // Two letters off is past what a slip corrects: a suggestion, not a result.
        const SearchResults pinyinTypo = search(QStringLiteral("mianjijingluanxq"));
        QVERIFY(pinyinTypo.hits.isEmpty());
        QVERIFY(!pinyinTypo.suggestions.isEmpty());
        QCOMPARE(pinyinTypo.suggestions.first().id, QStringLiteral("hemifacial-spasm"));
    }

    // A complaint told with other words in between (嗓子|里总|有东西卡着 for the
    // symptom word 嗓子有东西卡着) finds it, labelled a symptom; a name told so
    // (颈动脉|有|斑块) finds its condition. Words far apart do not make one.
    void wordsToldApartFindTheirSymptomWord()
    {
        expectFirst(QStringLiteral("嗓子里总有东西卡着"), QStringLiteral("condition/chronic-pharyngitis"), QStringLiteral("symptom"));
        expectFirst(QStringLiteral("耳朵里嗡嗡响"), QStringLiteral("condition/tinnitus"));
        expectFirst(QStringLiteral("颈动脉有斑块严重吗"), QStringLiteral("condition/carotid-artery-stenosis"));
        for (const SearchHit &hit : search(QStringLiteral("耳朵今天早上起床以后嗡嗡响")).hits)
            QVERIFY2(hit.matchedText != QStringLiteral("耳朵嗡嗡响"), qPrintable(hit.ref.id));
    }

    // Several Latin words: the run of them that is a name, an English name or
    // a pinyin spelling finds it, the other words notwithstanding.
    void latinWordsInAQueryFindTheName()
    {
        expectFirst(QStringLiteral("heart attack symptoms"), QStringLiteral("condition/acute-myocardial-infarction"));
        expectFirst(QStringLiteral("gaoxueya chishenmeyao"), QStringLiteral("condition/hypertension"));
        expectFirst(QStringLiteral("HIV窗口期多久"), QStringLiteral("condition/hiv-infection"));
    }

    // Pinyin with one slip of the keyboard (a letter extra, missing, wrong, or
    // two swapped) finds the name, labelled a homophone; a word that is no
    // pinyin one edit away finds nothing.
    void pinyinOneLetterOffFindsTheName()
    {
        for (const char *typed : {"mianjijingluanx", "mianjijinluan", "mianjijingluna", "mianjijungluan"}) {
            const SearchResults r = search(QString::fromLatin1(typed));
            QVERIFY2(!r.hits.isEmpty(), typed);
            QCOMPARE(r.hits.first().ref.id, QStringLiteral("hemifacial-spasm"));
            QCOMPARE(r.hits.first().matched, MatchKind::Homophone);
        }
        const PinyinTypos typos{Pinyin()};
        QVERIFY(typos.corrections(QStringLiteral("shimain")).contains(QStringLiteral("shimian")));
        QVERIFY(!typos.corrections(QStringLiteral("shimian")).contains(QStringLiteral("shimian")));
        QVERIFY(typos.corrections(QStringLiteral("xyzqwk")).isEmpty());
        QVERIFY(typos.corrections(QStringLiteral("gaox")).isEmpty()); // too short to correct
    }

    // Sounds many speakers do not tell apart (s/sh, en/eng, n/l ...): one
    // syllable said the other way still finds the name, labelled a homophone,
    // and the spelling given is not among the alternatives.
    void aSyllableSaidTheOtherWayFindsTheName()
    {
        const QStringList near = nearSpellings({QStringLiteral("pa"), QStringLiteral("jin"), QStringLiteral("sheng")});
        QVERIFY(near.contains(QStringLiteral("pajinsen")));
        QVERIFY(near.contains(QStringLiteral("pajingsheng")));
        QVERIFY(!near.contains(QStringLiteral("pajinsheng")));
        QVERIFY(nearSpellings({QStringLiteral("zhi")}).contains(QStringLiteral("zi")));
        QVERIFY(nearSpellings({QStringLiteral("ci")}).contains(QStringLiteral("chi")));
        QVERIFY(nearSpellings({QStringLiteral("nao")}).contains(QStringLiteral("lao")));
        QVERIFY(nearSpellings({QStringLiteral("ta")}).isEmpty());

        const SearchResults r = search(QStringLiteral("帕金生")); // sheng for sen
        QVERIFY(!r.hits.isEmpty());
        QCOMPARE(r.hits.first().ref.id, QStringLiteral("parkinsons-disease"));
        QCOMPARE(r.hits.first().matched, MatchKind::Homophone);
        // A name spelt right is not answered with near sounds.
        for (const SearchHit &hit : search(QStringLiteral("帕金森病")).hits)
            QVERIFY(hit.matched != MatchKind::Homophone);
    }

    void countsAreGroupedByKind()
    {
        const SearchResults r = search(QStringLiteral("面肌痉挛"));
        int total = 0;
        for (int n : r.counts)
            total += n;
        QCOMPARE(total, r.hits.size());
        QVERIFY(r.counts.value(Kind::Article) >= 5);
        QVERIFY(r.counts.value(Kind::Qa) >= 5);
    }

    void ftsQueryQuotesEverything()
    {
        QCOMPARE(SearchEngine::ftsQuery({QStringLiteral("面肌"), QStringLiteral("sp")}, 2),
                 QStringLiteral("\"面 肌\" AND \"sp\"*"));
        // One letter is not yet a prefix worth merging every word for.
        QCOMPARE(SearchEngine::ftsQuery({QStringLiteral("s")}, 2), QStringLiteral("\"s\""));
        QCOMPARE(SearchEngine::ftsQuery({QStringLiteral("\"*NEAR(")}, 2), QStringLiteral("\"NEAR\"*"));
        QCOMPARE(SearchEngine::ftsQuery({QStringLiteral("()")}, 2), QString());
        QCOMPARE(SearchEngine::ftsQuery({QStringLiteral("糖尿病")}, 2, SearchEngine::Tokens::Pairs),
                 QStringLiteral("\"糖尿 尿病\""));
        // A character typed alone has no pair in the body text to look up.
        QCOMPARE(SearchEngine::ftsQuery({QStringLiteral("超")}, 2, SearchEngine::Tokens::Pairs), QString());
        // In the index of names a run after letters starts with its first character.
        QCOMPARE(SearchEngine::ftsQuery({QStringLiteral("b超")}, 2, SearchEngine::Tokens::NamePairs),
                 QStringLiteral("\"b 超\""));
        QCOMPARE(TextNormalizer::namePairs(QStringLiteral("2型糖尿病")),
                 (QStringList{QStringLiteral("2"), QStringLiteral("型"), QStringLiteral("型糖"), QStringLiteral("糖尿"),
                              QStringLiteral("尿病")}));
        QCOMPARE(SearchEngine::ftsQuery({QStringLiteral("部ct")}, 2, SearchEngine::Tokens::NamePairs), QString());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
