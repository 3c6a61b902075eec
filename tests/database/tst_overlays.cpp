// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentBuild.h"
#include "ContentDatabase.h"
#include "ContentTestSupport.h"
#include "Repository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;
using namespace huanjiao::test;

// A clinic's overlay takes precedence over the base content exactly as
// docs/content-format.md ("Overlays") says, and the database records every layer.
class TestOverlays : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    const QString m_base = QStringLiteral(HUANJIAO_FIXTURES_DIR "/valid");

    // A new overlay folder holding `text` in one file, with its @content record.
    QString overlay(const QByteArray &text, const QByteArray &meta = "@content clinic\nname: 诊所\nversion: 7\n")
    {
        const QString folder = m_dir.filePath(QStringLiteral("overlay%1").arg(++m_count));
        writeFile(folder + QStringLiteral("/content.md"), meta);
        writeFile(folder + QStringLiteral("/clinic.md"), text);
        return folder;
    }

    struct Built
    {
        ContentBuild::Result result;
        std::unique_ptr<ContentDatabase> database;
        QStringList messages() const
        {
            QStringList list;
            for (const auto &d : result.diagnostics)
                list.append(d.toString());
            if (!result.error.isEmpty())
                list.append(result.error);
            return list;
        }
    };

    Built build(const QStringList &overlays)
    {
        Built built;
        const QString output = m_dir.filePath(QStringLiteral("out%1.sqlite").arg(++m_count));
        built.result = ContentBuild::run(QStringList{m_base} + overlays, output);
        if (built.result.ok()) {
            OpenError error;
            built.database = ContentDatabase::open(output, &error);
        }
        return built;
    }

    static QStringList names(const QList<EntityRef> &refs)
    {
        QStringList list;
        for (const auto &ref : refs)
            list.append(ref.id);
        return list;
    }

private slots:
    void sameKindAndIdReplacesTheWholeRecordInItsPlace()
    {
        // The overlay's li-ming has no academic title and a new specialty; the
        // base record is gone, not merged.
        const Built built = build({overlay("@doctor li-ming\nname: 李明\nclinical-title: 副主任医师\n"
                                           "works-at: city-hospital\ndepartment: neurology\nspecialty: 癫痫\n")});
        QVERIFY2(built.database, qPrintable(built.messages().join(QLatin1Char('\n'))));
        const Repository repo(built.database->database());
        const auto doctor = repo.entity(Kind::Doctor, QStringLiteral("li-ming"));
        QVERIFY(doctor);
        QCOMPARE(doctor->field(QStringLiteral("specialty")), QStringLiteral("癫痫"));
        QCOMPARE(doctor->field(QStringLiteral("clinical-title")), QStringLiteral("副主任医师"));
        QCOMPARE(repo.listSize(Kind::Doctor), 1);
        // Links to it still hold: the condition's treated-by names the replaced record.
        QCOMPARE(names(repo.entity(Kind::Condition, QStringLiteral("tic"))->related(RelationType::TreatedBy)),
                 QStringList{QStringLiteral("li-ming")});
        QCOMPARE(built.result.notes.first(), QStringLiteral("overlay clinic (version 7): 0 added, 1 replaced, 0 dropped"));
    }

    void newIdsAreAddedAfterTheBaseRecordsOfTheirKind()
    {
        const Built built = build({overlay("@department aaa-first\nname: 阿科\n")});
        QVERIFY(built.database);
        const Repository repo(built.database->database());
        QCOMPARE(names(repo.childDepartments(0)),
                 (QStringList{QStringLiteral("internal-medicine"), QStringLiteral("aaa-first")}));
    }

    void laterOverlayWins()
    {
        const QByteArray doctor = "@doctor li-ming\nname: %1\nclinical-title: 主任医师\n"
                                  "works-at: city-hospital\ndepartment: neurology\nspecialty: 头痛\n";
        const Built built = build({overlay(QByteArray(doctor).replace("%1", "第一层")),
                                   overlay(QByteArray(doctor).replace("%1", "第二层"),
                                           "@content second\nname: 第二层\nversion: 2\n")});
        QVERIFY(built.database);
        QCOMPARE(Repository(built.database->database()).entity(Kind::Doctor, QStringLiteral("li-ming"))->ref.name,
                 QStringLiteral("第二层"));
    }

    void everyLayerIsRecorded()
    {
        const Built built = build({overlay("", "@content clinic-a\nname: 甲诊所\nversion: 2026.3\n"),
                                   overlay("", "@content clinic-b\nname: 乙诊所\nversion: 9\nsample: yes\n")});
        QVERIFY(built.database);
        const ContentInfo &info = built.database->info();
        QCOMPARE(info.layers.size(), 3);
        QCOMPARE(info.layers.at(0).id, QStringLiteral("fixture"));
        QCOMPARE(info.layers.at(0).version, QStringLiteral("1.0"));
        QCOMPARE(info.layers.at(1).id, QStringLiteral("clinic-a"));
        QCOMPARE(info.layers.at(1).version, QStringLiteral("2026.3"));
        QCOMPARE(info.layers.at(1).name, QStringLiteral("甲诊所"));
        QCOMPARE(info.layers.at(2).id, QStringLiteral("clinic-b"));
        QVERIFY(info.layers.at(2).sample);
        // The database as a whole is still the base content, in its version.
        QCOMPARE(info.contentId, QStringLiteral("fixture"));
        QCOMPARE(info.contentVersion, QStringLiteral("1.0"));
    }

    void replacesDropsEveryEarlierRecordOfTheKind()
    {
        const Built built = build({overlay("@doctor wang-fang\nname: 王芳\nclinical-title: 主任医师\n"
                                           "works-at: city-hospital\ndepartment: neurology\nspecialty: 抽动症\n"
                                           "treats: condition/tic\n",
                                           "@content clinic\nname: 诊所\nversion: 1\nreplaces: doctor\n")});
        QVERIFY2(built.database, qPrintable(built.messages().join(QLatin1Char('\n'))));
        const Repository repo(built.database->database());
        QVERIFY(!repo.entity(Kind::Doctor, QStringLiteral("li-ming")));
        QCOMPARE(repo.listSize(Kind::Doctor), 1);
        // The base condition's link to the dropped doctor went with it; the
        // clinic's doctor says `treats` and appears on the condition instead.
        QCOMPARE(names(repo.entity(Kind::Condition, QStringLiteral("tic"))->related(RelationType::TreatedBy)),
                 QStringList{QStringLiteral("wang-fang")});
        QVERIFY(built.result.notes.contains(QStringLiteral("1 link(s) to dropped records were dropped with them")));
    }

    void theOverlaysDoctorsComeBeforeTheBases()
    {
        // A clinic's doctors are the ones its patients can see: first on the
        // condition, in the overlay's order, then the base's own list.
        const Built built = build({overlay("@doctor wang-fang\nname: 王芳\nclinical-title: 主任医师\n"
                                           "works-at: city-hospital\ndepartment: neurology\nspecialty: 抽动症\n"
                                           "treats: tic\n\n"
                                           "@doctor also-li\nname: 另一位\nclinical-title: 主治医师\n"
                                           "works-at: city-hospital\ndepartment: neurology\nspecialty: 头痛\n"
                                           "treats: condition/tic\n")});
        QVERIFY(built.database);
        const Repository repo(built.database->database());
        QCOMPARE(names(repo.entity(Kind::Condition, QStringLiteral("tic"))->related(RelationType::TreatedBy)),
                 (QStringList{QStringLiteral("wang-fang"), QStringLiteral("also-li"), QStringLiteral("li-ming")}));
        // And the doctor's page lists the condition it treats.
        QCOMPARE(names(repo.entity(Kind::Doctor, QStringLiteral("wang-fang"))->related(RelationType::TreatedBy, true)),
                 QStringList{QStringLiteral("tic")});
    }

    void removesDropsOneRecord()
    {
        const Built built = build({overlay("", "@content clinic\nname: 诊所\nversion: 1\nremoves: test/emg\n")});
        QVERIFY2(built.database, qPrintable(built.messages().join(QLatin1Char('\n'))));
        const Repository repo(built.database->database());
        QVERIFY(!repo.entity(Kind::Test, QStringLiteral("emg")));
        QVERIFY(repo.entity(Kind::Condition, QStringLiteral("tic"))->related(RelationType::DiagnosedBy).isEmpty());
    }

    void droppingWhatARequiredLinkNeedsIsAnError()
    {
        // Base doctors must work at a hospital: dropping the only one is reported
        // at the doctor, and nothing is built.
        const Built built = build({overlay("", "@content clinic\nname: 诊所\nversion: 1\nreplaces: hospital\n")});
        QVERIFY(!built.result.ok());
        QVERIFY2(built.messages().join(QLatin1Char('\n'))
                     .contains(QStringLiteral("'works-at' refers to hospital/city-hospital that does not exist")),
                 qPrintable(built.messages().join(QLatin1Char('\n'))));
    }

    void removingWhatIsNotThereIsAnError()
    {
        const QString folder = overlay("", "@content clinic\nname: 诊所\nversion: 1\nremoves: doctor/nobody\n");
        const Built built = build({folder});
        QCOMPARE(built.messages(),
                 QStringList{QFileInfo(folder).fileName()
                             + QStringLiteral("/content.md:4: 'removes' lists doctor/nobody, which no earlier layer has")});
    }

    void anOverlayNeedsItsOwnContentRecord()
    {
        const QString folder = m_dir.filePath(QStringLiteral("no-meta"));
        writeFile(folder + QStringLiteral("/clinic.md"), "@department extra\nname: 额外\n");
        const Built built = build({folder});
        QCOMPARE(built.messages().size(), 1);
        QVERIFY(built.messages().first().startsWith(QStringLiteral("no-meta/content.md: an overlay needs its own @content")));
    }

    void theBaseCannotDropRecords()
    {
        const QString base = m_dir.filePath(QStringLiteral("dropping-base"));
        copyFolder(m_base, base);
        writeFile(base + QStringLiteral("/content.md"), "@content fixture\nname: 测试内容\nversion: 1.0\nreplaces: doctor\n");
        const ContentBuild::Result result = ContentBuild::run({base}, m_dir.filePath(QStringLiteral("x.sqlite")));
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics.first().toString(),
                 QStringLiteral("dropping-base/content.md:4: 'replaces' is for overlays; the base content has nothing "
                                "earlier to drop"));
    }

    void overlayErrorsPointAtTheOverlayFile()
    {
        const QString folder = overlay("@doctor bad\nname: 坏\nclinical-title: 主任医师\nworks-at: nowhere\n"
                                       "department: neurology\nspecialty: 头痛\n");
        const Built built = build({folder});
        QCOMPARE(built.messages(), QStringList{QFileInfo(folder).fileName()
                                               + QStringLiteral("/clinic.md:4: 'works-at' refers to hospital/nowhere "
                                                                "that does not exist")});
    }

    void aBuiltDatabaseCanBeTheBase()
    {
        // A clinic has the installed database, not its sources.
        const QString installed = m_dir.filePath(QStringLiteral("installed.sqlite"));
        QVERIFY(ContentBuild::run({m_base}, installed).ok());
        const QString clinic = overlay("@doctor li-ming\nname: 诊所李明\nclinical-title: 主任医师\n"
                                       "works-at: city-hospital\ndepartment: neurology\nspecialty: 头痛\n");
        const QString output = m_dir.filePath(QStringLiteral("clinic.sqlite"));
        const ContentBuild::Result result = ContentBuild::run({installed, clinic}, output);
        QVERIFY(result.ok());
        OpenError error;
        const auto db = ContentDatabase::open(output, &error);
        QVERIFY(db);
        QCOMPARE(Repository(db->database()).entity(Kind::Doctor, QStringLiteral("li-ming"))->ref.name,
                 QStringLiteral("诊所李明"));
        QCOMPARE(db->info().layers.size(), 2);
        // Built again on top of that, both earlier layers are kept.
        const QString again = m_dir.filePath(QStringLiteral("again.sqlite"));
        QVERIFY(ContentBuild::run({output, overlay("", "@content more\nname: 更多\nversion: 3\n")}, again).ok());
        QCOMPARE(ContentDatabase::open(again, &error)->info().layers.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestOverlays)
#include "tst_overlays.moc"
