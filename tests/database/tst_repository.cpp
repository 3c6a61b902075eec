#include "ContentDatabase.h"
#include "ContentSources.h"
#include "DatabaseWriter.h"
#include "ContentSchema.h"
#include "Repository.h"
#include "ContentTestSupport.h"
#include "TestDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;
using namespace huanjiao::test;

// Queries over the bundled content: the seed page's facts must come back.
class TestRepository : public QObject
{
    Q_OBJECT

    test::TestDatabase m_bundled;

    static QStringList names(const QList<EntityRef> &refs)
    {
        QStringList list;
        for (const auto &r : refs)
            list << r.name;
        return list;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_bundled.openBundled(&error), qPrintable(error));
    }

    void contentIsMarkedAsSample()
    {
        QVERIFY(m_bundled.info().sample);
        QVERIFY(!m_bundled.info().contentVersion.isEmpty());
        QVERIFY(!m_bundled.info().buildDate.isEmpty());
    }

    void hemifacialSpasmHasAliasesAndFourCauseGroups()
    {
        const auto hfs = m_bundled.repo().entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
        QVERIFY(hfs);
        QCOMPARE(hfs->ref.name, QStringLiteral("面肌痉挛"));
        QCOMPARE(hfs->english, QStringLiteral("Hemifacial spasm"));
        QVERIFY(hfs->aliases.contains(QStringLiteral("面肌抽搐")));
        QVERIFY(hfs->aliases.contains(QStringLiteral("半面痉挛")));
        const Section *causes = hfs->section(QStringLiteral("causes"));
        QVERIFY(causes);
        QCOMPARE(causes->items.size(), 4);
        QCOMPARE(causes->items.first().title, QStringLiteral("血管压迫"));
        QCOMPARE(hfs->source.name, QStringLiteral("患教编辑部")); // the portal supplied facts, not this text
        QCOMPARE(hfs->status, QStringLiteral("sample"));
        // Sample text says when it was updated and claims no review.
        QVERIFY(!hfs->updated.isEmpty());
        QVERIFY(hfs->reviewed.isEmpty());
        QVERIFY(hfs->reviewer.isEmpty());
        QVERIFY(hfs->layNames.contains(QStringLiteral("脸抽")));
        QVERIFY(hfs->symptomWords.contains(QStringLiteral("眼皮跳")));
        // Patients' vocabulary is the page's own, not a row of facts.
        for (const auto &field : hfs->fields)
            QVERIFY2(!ContentSchema::isEntityMemberField(field.first), qPrintable(field.first));
    }

    void hemifacialSpasmHasEverySectionAndThreeKindsOfTreatment()
    {
        const auto hfs = m_bundled.repo().entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
        QStringList keys;
        for (const auto &s : hfs->sections)
            keys << s.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("overview"), QStringLiteral("symptoms"), QStringLiteral("causes"),
                                    QStringLiteral("diagnosis"), QStringLiteral("treatments"), QStringLiteral("care"),
                                    QStringLiteral("seek-care"), QStringLiteral("prevention")}));
        QStringList types;
        for (const auto &item : hfs->section(QStringLiteral("treatments"))->items)
            types << item.type;
        QVERIFY(types.contains(QStringLiteral("medicine")));
        QVERIFY(types.contains(QStringLiteral("injection")));
        QVERIFY(types.contains(QStringLiteral("surgery")));
    }

    void neurologySitsUnderInternalMedicine()
    {
        const auto hfs = m_bundled.repo().entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
        QCOMPARE(names(hfs->departmentPath), (QStringList{QStringLiteral("内科"), QStringLiteral("神经内科")}));
        const auto neurology = m_bundled.repo().entity(Kind::Department, QStringLiteral("neurology"));
        QVERIFY(neurology);
        QCOMPARE(neurology->parent.name, QStringLiteral("内科"));
    }

    void yeLinWorksAtJiangxiChestHospital()
    {
        const auto ye = m_bundled.repo().entity(Kind::Doctor, QStringLiteral("ye-lin"));
        QVERIFY(ye);
        QCOMPARE(ye->ref.name, QStringLiteral("叶琳"));
        QCOMPARE(names(ye->related(QStringLiteral("works-at"))), QStringList{QStringLiteral("江西省胸科医院")});
        QCOMPARE(ye->field(QStringLiteral("clinical-title")), QStringLiteral("主任医师"));
        QCOMPARE(ye->field(QStringLiteral("academic-title")), QStringLiteral("教授"));
        QVERIFY(names(ye->related(QStringLiteral("treated-by"), true)).contains(QStringLiteral("面肌痉挛")));
    }

    void seedPageFactsAreAllThere()
    {
        QVERIFY(m_bundled.repo().count(Kind::Condition) >= 16);
        QCOMPARE(m_bundled.repo().count(Kind::Hospital), 5);
        QCOMPARE(m_bundled.repo().count(Kind::Doctor), 13);
        const auto hfs = m_bundled.repo().entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
        QCOMPARE(hfs->related(QStringLiteral("about"), true).size(), 10); // five articles, five questions
        // The seed's doctors stay, with their facts; no answer is shown as
        // given by one of them, for none of them wrote it.
        const auto sun = m_bundled.repo().entity(Kind::Doctor, QStringLiteral("sun-xuhong"));
        QVERIFY(sun);
        QVERIFY(sun->ref.subtitle.contains(QStringLiteral("锦州市中心医院")));
        QVERIFY(sun->related(QStringLiteral("answered-by"), true).isEmpty());
        for (const auto &ref : m_bundled.repo().page(Kind::Qa, {}, 10000)) {
            const auto qa = m_bundled.repo().entity(Kind::Qa, ref.id);
            QVERIFY2(qa->related(QStringLiteral("answered-by")).isEmpty(), qPrintable(ref.id));
            QCOMPARE(qa->source.id, QStringLiteral("huanjiao-editorial"));
        }
    }

    void seedDrugsAreNotOfferedForHemifacialSpasm()
    {
        const auto hfs = m_bundled.repo().entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
        const QStringList drugs = names(hfs->related(QStringLiteral("treated-with")));
        QVERIFY(drugs.contains(QStringLiteral("卡马西平")));
        for (const QString &name : drugs)
            QVERIFY2(!name.contains(QStringLiteral("两面针")) && !name.contains(QStringLiteral("五面星")),
                     qPrintable(name));
        // Each seed drug is related only to conditions it treats.
        const auto lozenge = m_bundled.repo().entity(Kind::Drug, QStringLiteral("fufang-liangmianzhen-hanpian"));
        QVERIFY(lozenge);
        QCOMPARE(names(lozenge->related(QStringLiteral("treated-with"), true)), QStringList{QStringLiteral("急性咽炎")});
    }

    void listPagesContinueWhereTheyStopped()
    {
        const int total = m_bundled.repo().count(Kind::Condition);
        Repository::Cursor cursor;
        QStringList seen;
        for (int guard = 0; guard < 100; ++guard) {
            Repository::Cursor last;
            const auto page = m_bundled.repo().page(Kind::Condition, cursor, 5, 0, &last);
            if (page.isEmpty())
                break;
            seen += names(page);
            cursor = last;
        }
        QCOMPARE(seen.size(), total);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), total);
    }

    void unknownIdGivesNothing()
    {
        QVERIFY(!m_bundled.repo().entity(Kind::Condition, QStringLiteral("no-such-thing")));
        QVERIFY(!m_bundled.repo().ref(Kind::Doctor, QStringLiteral("hemifacial-spasm")).isValid());
    }

    void builtFixtureRoundTrips()
    {
        Diagnostics d;
        const ContentSet set = ContentSources::load(QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"), &d);
        QVERIFY(d.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.sqlite"));
        QString error;
        QVERIFY2(DatabaseWriter::write(set, path, &error, QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC)),
                 qPrintable(error));
        OpenError openError;
        auto db = ContentDatabase::open(path, &openError);
        QVERIFY2(db, qPrintable(openError.message()));
        QCOMPARE(db->info().buildDate, QStringLiteral("2026-01-02T03:04:00Z"));
        const Repository repo(db->database());
        const auto tic = repo.entity(Kind::Condition, QStringLiteral("tic"));
        QVERIFY(tic);
        QCOMPARE(tic->aliases, (QStringList{QStringLiteral("抽搐"), QStringLiteral("抽筋")}));
        QCOMPARE(tic->section(QStringLiteral("causes"))->items.size(), 2);
        QCOMPARE(tic->section(QStringLiteral("treatments"))->items.first().type, QStringLiteral("medicine"));
        QCOMPARE(tic->ref.subtitle, QStringLiteral("神经内科 · Tic"));
        // No temporary file is left beside the database.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.sqlite")});
    }

    // "Mentioned in" lists the pages whose text is about a topic: a page that
    // names it only to say it is unrelated is not one of them, and no page is
    // listed twice however often it names the topic.
    void backlinksLeaveOutPagesThatSayTheyAreUnrelated()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("content"));
        copyFolder(QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"), folder);
        auto drug = [](const char *id, const char *name, const char *usage) {
            return QStringLiteral("@drug %1\nname: %2\nform: 片剂\nindications: 外用。\ncautions: 不要内服。\n"
                                  "source: editorial\nupdated: 2026-02-03\nstatus: sample\n\n## usage\n%3\n")
                .arg(QLatin1String(id), QString::fromUtf8(name), QString::fromUtf8(usage))
                .toUtf8();
        };
        writeFile(QDir(folder).filePath(QStringLiteral("drugs.md")),
                  drug("unrelated-a", "甲药", "本品与抽动无关。") + '\n'
                      + drug("unrelated-b", "乙药", "说明里的痉挛和抽动是两回事。\n\n本品不用于治疗抽动。") + '\n'
                      + drug("related", "丙药", "抽动明显时，医生可能选用。\n\n抽动减轻后复诊。"));
        Diagnostics d;
        const ContentSet set = ContentSources::load(folder, &d);
        QVERIFY(d.isEmpty());
        const QString path = dir.filePath(QStringLiteral("out.sqlite"));
        QString error;
        QVERIFY2(DatabaseWriter::write(set, path, &error), qPrintable(error));
        OpenError openError;
        auto db = ContentDatabase::open(path, &openError);
        QVERIFY(db);
        const Repository repo(db->database());
        QStringList names;
        for (const auto &ref : repo.backlinks(repo.ref(Kind::Condition, QStringLiteral("tic")).rowid, 100))
            names << ref.name;
        QCOMPARE(names, QStringList{QStringLiteral("丙药")});
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
