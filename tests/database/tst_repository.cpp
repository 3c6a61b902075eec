// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentDatabase.h"
#include "ContentSchema.h"
#include "ContentSources.h"
#include "DatabaseWriter.h"
#include "ContentTestSupport.h"
#include "Repository.h"
#include "TestDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;
using namespace huanjiao::test;

// What the repository gives back for content the test knows line by line:
// the small valid fixture (tests/database/fixtures/valid), built here. The
// bundled sample content changes with every topic written; this does not.
class TestRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestDatabase m_fixture;

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
        QVERIFY(m_dir.isValid());
        Diagnostics d;
        const ContentSet set = ContentSources::load(QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"), &d);
        QVERIFY(d.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("fixture.sqlite"));
        QString error;
        QVERIFY2(DatabaseWriter::write(set, path, &error, QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC)),
                 qPrintable(error));
        QVERIFY2(m_fixture.open(path, &error), qPrintable(error));
    }

    // A build tells how far it has got, step by step, with no step left
    // silent: on a million topics each takes minutes.
    void aBuildReportsEveryStepInOrder()
    {
        Diagnostics d;
        const ContentSet set = ContentSources::load(QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"), &d);
        QStringList stages;
        bool withinTotal = true;
        qint64 namesDone = -1;
        qint64 namesTotal = 0;
        const Progress progress = [&](const QString &stage, qint64 done, qint64 total) {
            if (stages.isEmpty() || stages.last() != stage)
                stages.append(stage);
            withinTotal = withinTotal && done >= 0 && done <= total;
            if (stage == QLatin1String("Writing the names index")) {
                namesDone = done;
                namesTotal = total;
            }
        };
        QString error;
        QVERIFY2(DatabaseWriter::create(set, m_dir.filePath(QStringLiteral("stages.sqlite")), &error, {}, progress),
                 qPrintable(error));
        QCOMPARE(stages, (QStringList{QStringLiteral("Writing the database"), QStringLiteral("Indexing the topics"),
                                      QStringLiteral("Writing the search index"),
                                      QStringLiteral("Sorting the search keys"), QStringLiteral("Writing the names index"),
                                      QStringLiteral("Merging the full-text indexes"),
                                      QStringLiteral("Indexing links and lists"), QStringLiteral("Saving the database"),
                                      QStringLiteral("Compacting the database")}));
        QVERIFY(withinTotal);
        QVERIFY(namesTotal > 0);
        QCOMPARE(namesDone, namesTotal);
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("stages.sqlite"))));
    }

    void contentSaysWhatItIs()
    {
        QVERIFY(m_fixture.info().sample);
        QCOMPARE(m_fixture.info().contentVersion, QStringLiteral("1.0"));
        QCOMPARE(m_fixture.info().buildDate, QStringLiteral("2026-01-02T03:04:00Z"));
        // No temporary file is left beside the database.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("fixture.sqlite")});
    }

    void conditionComesBackAsWritten()
    {
        const auto tic = m_fixture.repo().entity(Kind::Condition, QStringLiteral("tic"));
        QVERIFY(tic);
        QCOMPARE(tic->ref.name, QStringLiteral("抽动"));
        QCOMPARE(tic->english, QStringLiteral("Tic"));
        QCOMPARE(tic->aliases, (QStringList{QStringLiteral("抽搐"), QStringLiteral("抽筋")}));
        QCOMPARE(tic->summary, QStringLiteral("一句话。"));
        QCOMPARE(tic->ref.subtitle, QStringLiteral("神经内科 · Tic"));
        QCOMPARE(tic->source.name, QStringLiteral("编辑部"));
        QCOMPARE(tic->status, QStringLiteral("sample"));
    }

    void sectionsKeepTheirOrderItemsAndTypes()
    {
        const auto tic = m_fixture.repo().entity(Kind::Condition, QStringLiteral("tic"));
        QVERIFY(tic);
        QStringList keys;
        for (const auto &s : tic->sections)
            keys << s.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("overview"), QStringLiteral("symptoms"), QStringLiteral("causes"),
                                    QStringLiteral("diagnosis"), QStringLiteral("treatments"), QStringLiteral("care"),
                                    QStringLiteral("seek-care"), QStringLiteral("prevention"), QStringLiteral("questions")}));
        const Section *causes = tic->section(QStringLiteral("causes"));
        QVERIFY(causes);
        QCOMPARE(causes->items.size(), 2);
        QCOMPARE(causes->items.at(0).title, QStringLiteral("甲"));
        QCOMPARE(causes->items.at(1).body, QStringLiteral("说明乙。"));
        const Section *treatments = tic->section(QStringLiteral("treatments"));
        QVERIFY(treatments);
        QCOMPARE(treatments->items.first().type, QStringLiteral("medicine"));
        QCOMPARE(treatments->items.first().title, QStringLiteral("药物"));
        const Section *seekCare = tic->section(QStringLiteral("seek-care"));
        QVERIFY(seekCare);
        QCOMPARE(seekCare->items.size(), 2);
        QCOMPARE(seekCare->items.first().type, QStringLiteral("emergency"));
        QCOMPARE(seekCare->items.last().type, QStringLiteral("soon"));
        QVERIFY(!tic->section(QStringLiteral("no-such-section")));
    }

    void departmentsFormATree()
    {
        const auto tic = m_fixture.repo().entity(Kind::Condition, QStringLiteral("tic"));
        QVERIFY(tic);
        QCOMPARE(names(tic->departmentPath), (QStringList{QStringLiteral("内科"), QStringLiteral("神经内科")}));
        const auto neurology = m_fixture.repo().entity(Kind::Department, QStringLiteral("neurology"));
        QVERIFY(neurology);
        QCOMPARE(neurology->parent.name, QStringLiteral("内科"));
        const auto top = m_fixture.repo().entity(Kind::Department, QStringLiteral("internal-medicine"));
        QVERIFY(top);
        QVERIFY(!top->parent.isValid());
    }

    // A relation is seen from both ends: written on the condition, it is an
    // incoming relation of the doctor and of the test.
    void relationsAreSeenFromBothEnds()
    {
        const auto tic = m_fixture.repo().entity(Kind::Condition, QStringLiteral("tic"));
        QVERIFY(tic);
        QCOMPARE(names(tic->related(RelationType::TreatedBy)), QStringList{QStringLiteral("李明")});
        QCOMPARE(names(tic->related(RelationType::DiagnosedBy)), QStringList{QStringLiteral("肌电图")});
        QVERIFY(tic->related(RelationType::TreatedWith).isEmpty());
        QVERIFY(tic->related(RelationType::TreatedBy, true).isEmpty());

        const auto li = m_fixture.repo().entity(Kind::Doctor, QStringLiteral("li-ming"));
        QVERIFY(li);
        QCOMPARE(li->field(QStringLiteral("clinical-title")), QStringLiteral("主任医师"));
        QCOMPARE(names(li->related(RelationType::WorksAt)), QStringList{QStringLiteral("市医院")});
        QCOMPARE(names(li->related(RelationType::TreatedBy, true)), QStringList{QStringLiteral("抽动")});
        QVERIFY(li->moreIncoming.isEmpty());

        const auto emg = m_fixture.repo().entity(Kind::Test, QStringLiteral("emg"));
        QVERIFY(emg);
        QCOMPARE(names(emg->related(RelationType::DiagnosedBy, true)), QStringList{QStringLiteral("抽动")});
        const auto hospital = m_fixture.repo().entity(Kind::Hospital, QStringLiteral("city-hospital"));
        QVERIFY(hospital);
        QCOMPARE(names(hospital->related(RelationType::WorksAt, true)), QStringList{QStringLiteral("李明")});
    }

    // Every relation field of the content model has its type, so that what
    // the builder stores is what a page can read back.
    void everyRelationFieldHasAType()
    {
        for (Kind kind : allKinds()) {
            for (const auto &spec : ContentSchema::fields(kind)) {
                if (spec.type != ContentSchema::FieldType::Relation)
                    continue;
                const QString stored = spec.inverseOf.isEmpty() ? spec.key : spec.inverseOf;
                const std::optional<RelationType> type = relationTypeFromName(stored);
                QVERIFY2(type, qPrintable(kindName(kind) + QLatin1Char('.') + spec.key));
                QCOMPARE(relationTypeName(*type), stored);
            }
        }
        QCOMPARE(allRelationTypes().size(), 7);
        for (RelationType type : allRelationTypes())
            QCOMPARE(relationTypeFromName(relationTypeName(type)), std::optional<RelationType>(type));
        QVERIFY(!relationTypeFromName(QStringLiteral("treated_by")));
    }

    void listsHoldEveryEntityOfAKindAndOfADepartment()
    {
        const Repository &repo = m_fixture.repo();
        QCOMPARE(repo.listSize(Kind::Condition), 1);
        QCOMPARE(names(repo.listRange(Kind::Condition, 0, 0, 10)), QStringList{QStringLiteral("抽动")});
        QCOMPARE(names(repo.listRange(Kind::Department, 0, 0, 10)),
                 (QStringList{QStringLiteral("内科"), QStringLiteral("神经内科")}));
        // A department's list holds the entities of the departments under it too.
        const EntityRef top = repo.ref(Kind::Department, QStringLiteral("internal-medicine"));
        QCOMPARE(names(repo.listRange(Kind::Doctor, top.rowid, 0, 10)), QStringList{QStringLiteral("李明")});
        QCOMPARE(repo.listSize(Kind::Condition, top.rowid), 1);
        // Past the end there is nothing.
        QVERIFY(repo.listRange(Kind::Condition, 0, 1, 10).isEmpty());
        QCOMPARE(repo.listSize(Kind::Drug), 0);
    }

    void unknownIdGivesNothing()
    {
        QVERIFY(!m_fixture.repo().entity(Kind::Condition, QStringLiteral("no-such-thing")));
        QVERIFY(!m_fixture.repo().ref(Kind::Doctor, QStringLiteral("tic")).isValid());
        QVERIFY(m_fixture.repo().ref(Kind::Condition, QStringLiteral("tic")).isValid());
    }
    // Patients' words and the review line come back as the entity's own
    // members, not as rows of facts: a fixture condition given all of them.
    void patientsVocabularyAndReviewComeBack()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("content"));
        copyFolder(QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid"), folder);
        const QString file = QDir(folder).filePath(QStringLiteral("condition.md"));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        in.close();
        text.replace("status: sample\n", "status: sample\nlay-names: 抽抽, 乱动\nsymptom-words: 眨眼, 耸肩\n");
        writeFile(file, text);
        Diagnostics d;
        const ContentSet set = ContentSources::load(folder, &d);
        QVERIFY2(d.isEmpty(), qPrintable(d.isEmpty() ? QString() : d.first().message));
        const QString path = dir.filePath(QStringLiteral("out.sqlite"));
        QString error;
        QVERIFY2(DatabaseWriter::write(set, path, &error), qPrintable(error));
        test::TestDatabase db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        const auto tic = db.repo().entity(Kind::Condition, QStringLiteral("tic"));
        QVERIFY(tic);
        QCOMPARE(tic->layNames, (QStringList{QStringLiteral("抽抽"), QStringLiteral("乱动")}));
        QCOMPARE(tic->symptomWords, (QStringList{QStringLiteral("眨眼"), QStringLiteral("耸肩")}));
        QCOMPARE(tic->updated, QStringLiteral("2026-02-03"));
        // Sample text claims no review.
        QVERIFY(tic->reviewed.isEmpty());
        QVERIFY(tic->reviewer.isEmpty());
        for (const auto &field : tic->fields)
            QVERIFY2(!ContentSchema::isEntityMemberField(field.first), qPrintable(field.first));
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
