// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClinicLayer.h"
#include "ClinicPaths.h"
#include "ClinicPublisher.h"
#include "ClinicValidation.h"
#include "ContentDatabase.h"
#include "ContentTestSupport.h"
#include "Repository.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;
using namespace huanjiao::test;

// The clinic's layer as the content manager uses it: records put, removed and
// undone, saved as text, checked over the bundled content, and published into
// a database of its own without touching the bundled one.
class TestClinic : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    const QString m_bundled = QStringLiteral(HUANJIAO_TEST_DATABASE);
    QString m_base; // a copy of the bundled database: the tests change its time stamp
    std::unique_ptr<ClinicValidation> m_validation;

    ClinicPaths freshPaths()
    {
        return ClinicPaths::under(m_dir.filePath(QStringLiteral("root%1").arg(++m_count)), m_base);
    }

    static SourceRecord doctor(const QString &id, const QString &name, const QString &title = QStringLiteral("主治医师"))
    {
        SourceRecord record;
        record.id = id;
        record.fields = {{QStringLiteral("name"), name, 0},
                         {QStringLiteral("clinical-title"), title, 0},
                         {QStringLiteral("works-at"), QStringLiteral("clinic-hospital"), 0},
                         {QStringLiteral("department"), QStringLiteral("neurology"), 0},
                         {QStringLiteral("specialty"), QStringLiteral("面肌痉挛的注射治疗"), 0},
                         {QStringLiteral("treats"), QStringLiteral("hemifacial-spasm, blepharospasm"), 0}};
        return record;
    }

    static SourceRecord hospital()
    {
        SourceRecord record;
        record.id = QStringLiteral("clinic-hospital");
        record.fields = {{QStringLiteral("name"), QStringLiteral("示例本院"), 0},
                         {QStringLiteral("city"), QStringLiteral("南昌"), 0}};
        return record;
    }

    static QStringList doctorsOf(const QString &database, const QString &condition)
    {
        OpenError error;
        const auto db = ContentDatabase::open(database, &error);
        if (!db)
            return {QStringLiteral("cannot open: ") + error.message()};
        const Repository repo(db->database());
        QStringList ids;
        const auto entity = repo.entity(Kind::Condition, condition);
        if (!entity)
            return {QStringLiteral("no condition")};
        for (const EntityRef &ref : entity->related(RelationType::TreatedBy))
            ids.append(ref.id);
        return ids;
    }

    static bool hasDoctor(const QString &database, const QString &id)
    {
        OpenError error;
        const auto db = ContentDatabase::open(database, &error);
        return db && Repository(db->database()).entity(Kind::Doctor, id).has_value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
        QVERIFY(QFile::copy(m_bundled, m_base));
        m_validation = std::make_unique<ClinicValidation>(m_base);
        QVERIFY2(m_validation->ok(), qPrintable(m_validation->error()));
    }

    void layerSavesAndReadsBackItsRecords()
    {
        const ClinicPaths paths = freshPaths();
        ClinicLayer layer(paths.layer);
        Diagnostics diagnostics;
        QVERIFY(layer.load(&diagnostics)); // no folder yet: an empty layer
        layer.put(Kind::Hospital, hospital());
        layer.put(Kind::Doctor, doctor(QStringLiteral("zhao-lei"), QStringLiteral("赵磊")));
        QVERIFY(layer.modified());
        QString error;
        QVERIFY2(layer.save(&error), qPrintable(error));
        QVERIFY(!layer.modified());
        QVERIFY(QFile::exists(paths.layer + QStringLiteral("/content.md")));

        ClinicLayer again(paths.layer);
        QVERIFY(again.load(&diagnostics));
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(again.records(Kind::Doctor).size(), 1);
        const auto zhao = again.record(Kind::Doctor, QStringLiteral("zhao-lei"));
        QVERIFY(zhao);
        QCOMPARE(zhao->value(QStringLiteral("name")), QStringLiteral("赵磊"));
        QCOMPARE(zhao->value(QStringLiteral("treats")), QStringLiteral("hemifacial-spasm, blepharospasm"));
        QCOMPARE(again.meta().id, QStringLiteral("clinic"));
    }

    void putReplacesInPlaceAndUndoTakesBackOneStep()
    {
        ClinicLayer layer(freshPaths().layer);
        layer.put(Kind::Doctor, doctor(QStringLiteral("zhao-lei"), QStringLiteral("赵磊")));
        layer.put(Kind::Doctor, doctor(QStringLiteral("qian-yu"), QStringLiteral("钱玉")));
        layer.put(Kind::Doctor, doctor(QStringLiteral("zhao-lei"), QStringLiteral("赵磊"), QStringLiteral("主任医师")));
        QCOMPARE(layer.records(Kind::Doctor).first().value(QStringLiteral("clinical-title")), QStringLiteral("主任医师"));
        QVERIFY(layer.canUndo());
        QVERIFY(layer.undo());
        QCOMPARE(layer.records(Kind::Doctor).first().value(QStringLiteral("clinical-title")), QStringLiteral("主治医师"));
        QVERIFY(!layer.canUndo()); // one step only
        QVERIFY(!layer.undo());
        QCOMPARE(layer.records(Kind::Doctor).size(), 2);
    }

    void removingABaseRecordListsItUnderRemoves()
    {
        ClinicLayer layer(freshPaths().layer);
        layer.setBaseKeys(m_validation->baseKeys());
        QVERIFY(layer.remove(Kind::Doctor, QStringLiteral("ye-lin")));
        QCOMPARE(layer.removed(), QStringList{QStringLiteral("doctor/ye-lin")});
        QVERIFY(!layer.remove(Kind::Doctor, QStringLiteral("ye-lin"))); // already removed
        QVERIFY(!layer.remove(Kind::Doctor, QStringLiteral("nobody-here")));
        QVERIFY(layer.undo());
        QVERIFY(layer.removed().isEmpty());
    }

    void idsAreMadeFromPinyin()
    {
        ClinicLayer layer(freshPaths().layer);
        layer.setBaseKeys(m_validation->baseKeys());
        QCOMPARE(layer.suggestId(Kind::Doctor, QStringLiteral("赵磊")), QStringLiteral("zhao-lei"));
        layer.put(Kind::Doctor, doctor(QStringLiteral("zhao-lei"), QStringLiteral("赵磊")));
        QCOMPARE(layer.suggestId(Kind::Doctor, QStringLiteral("赵磊")), QStringLiteral("zhao-lei-2"));
        // ye-lin is a doctor of the bundled content.
        QCOMPARE(layer.suggestId(Kind::Doctor, QStringLiteral("叶林")), QStringLiteral("ye-lin-2"));
    }

    void validationPlacesEveryProblemOnItsRecordAndField()
    {
        ClinicLayer layer(freshPaths().layer);
        layer.put(Kind::Hospital, hospital());
        SourceRecord bad = doctor(QStringLiteral("qian-yu"), QStringLiteral("钱玉"));
        bad.fields[2].value = QStringLiteral("no-such-hospital"); // works-at
        bad.fields.removeAt(4);                                   // specialty
        layer.put(Kind::Doctor, bad);
        layer.put(Kind::Doctor, doctor(QStringLiteral("zhao-lei"), QStringLiteral("赵磊")));

        const QList<ClinicProblem> problems = m_validation->check(layer);
        const QList<ClinicProblem> qian = ClinicValidation::problemsOf(problems, Kind::Doctor, QStringLiteral("qian-yu"));
        QStringList fields;
        for (const ClinicProblem &p : qian)
            fields.append(p.field);
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("specialty"), QStringLiteral("works-at")}));
        QVERIFY(ClinicValidation::problemsOf(problems, Kind::Doctor, QStringLiteral("zhao-lei")).isEmpty());
        QCOMPARE(problems.size(), 2);
    }

    void publishedDatabaseHasTheClinicsDoctorFirst()
    {
        const ClinicPaths paths = freshPaths();
        ClinicLayer layer(paths.layer);
        layer.put(Kind::Hospital, hospital());
        layer.put(Kind::Doctor, doctor(QStringLiteral("zhao-lei"), QStringLiteral("赵磊")));
        const QByteArray baseBefore = fileHash(m_base);
        const auto result = ClinicPublisher::publish(paths, layer);
        QVERIFY2(result.ok(), qPrintable(result.error + (result.diagnostics.isEmpty() ? QString()
                                                                                      : result.diagnostics.first().toString())));
        QCOMPARE(fileHash(m_base), baseBefore); // the base stays pristine
        QVERIFY(ClinicPublisher::isCurrent(paths));
        const QStringList doctors = doctorsOf(paths.published, QStringLiteral("hemifacial-spasm"));
        QVERIFY(doctors.size() > 1);
        QCOMPARE(doctors.first(), QStringLiteral("zhao-lei"));
    }

    void aRemovedRecordDisappearsAfterPublishing()
    {
        const ClinicPaths paths = freshPaths();
        ClinicLayer layer(paths.layer);
        layer.setBaseKeys(m_validation->baseKeys());
        layer.put(Kind::Hospital, hospital());
        layer.put(Kind::Doctor, doctor(QStringLiteral("zhao-lei"), QStringLiteral("赵磊")));
        QString error;
        QVERIFY(layer.save(&error));
        QVERIFY(ClinicPublisher::publish(paths).ok());
        QVERIFY(hasDoctor(paths.published, QStringLiteral("zhao-lei")));
        QVERIFY(hasDoctor(paths.published, QStringLiteral("ye-lin")));

        // The clinic's own doctor, and a doctor of the bundled content.
        QVERIFY(layer.remove(Kind::Doctor, QStringLiteral("zhao-lei")));
        QVERIFY(layer.remove(Kind::Doctor, QStringLiteral("ye-lin")));
        QVERIFY(layer.save(&error));
        const auto result = ClinicPublisher::publish(paths);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!hasDoctor(paths.published, QStringLiteral("zhao-lei")));
        QVERIFY(!hasDoctor(paths.published, QStringLiteral("ye-lin")));
        QVERIFY(!doctorsOf(paths.published, QStringLiteral("hemifacial-spasm")).contains(QStringLiteral("ye-lin")));
        // Publishing again starts from the base: nothing stacks.
        QVERIFY(ClinicPublisher::publish(paths).ok());
        QVERIFY(!hasDoctor(paths.published, QStringLiteral("ye-lin")));
        QVERIFY(hasDoctor(m_base, QStringLiteral("ye-lin")));
    }

    void aNewerBaseMakesThePublishedDatabaseStale()
    {
        const ClinicPaths paths = freshPaths();
        ClinicLayer layer(paths.layer);
        layer.put(Kind::Hospital, hospital());
        QVERIFY(ClinicPublisher::publish(paths, layer).ok());
        QVERIFY(ClinicPublisher::isCurrent(paths));
        QFile base(m_base);
        QVERIFY(base.open(QIODevice::ReadWrite));
        QVERIFY(base.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        base.close();
        QVERIFY(!ClinicPublisher::isCurrent(paths));
    }

    void aBuiltOverDatabaseIsRefusedAsBase()
    {
        const ClinicPaths paths = freshPaths();
        ClinicLayer layer(paths.layer);
        layer.put(Kind::Hospital, hospital());
        QVERIFY(ClinicPublisher::publish(paths, layer).ok());
        const ClinicPaths stacked = ClinicPaths::under(m_dir.filePath(QStringLiteral("stacked")), paths.published);
        const auto result = ClinicPublisher::publish(stacked, layer);
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(paths.published));
        QVERIFY(!ClinicValidation(paths.published).ok());
    }

    void aFileThatCannotBeReadWholeIsNeverSavedOver()
    {
        const ClinicPaths paths = freshPaths();
        const QByteArray text = "@doctor broken\nname 没有冒号\n";
        writeFile(paths.layer + QStringLiteral("/doctors.md"), text);
        ClinicLayer layer(paths.layer);
        Diagnostics diagnostics;
        QVERIFY(!layer.load(&diagnostics));
        QVERIFY(!diagnostics.isEmpty());
        layer.put(Kind::Hospital, hospital());
        QString error;
        QVERIFY(!layer.save(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(readFile(paths.layer + QStringLiteral("/doctors.md")), text);
    }

    void handWrittenFilesNobodyChangedAreLeftAsWritten()
    {
        const ClinicPaths paths = freshPaths();
        const QByteArray meta = "#! 本院的内容\n@content my-clinic\nname: 本院\nversion: 1\n";
        const QByteArray hospitals = "#! 医院\n@hospital clinic-hospital\nname: 示例本院\ncity: 南昌\n";
        writeFile(paths.layer + QStringLiteral("/content.md"), meta);
        writeFile(paths.layer + QStringLiteral("/hospitals.md"), hospitals);
        ClinicLayer layer(paths.layer);
        Diagnostics diagnostics;
        QVERIFY(layer.load(&diagnostics));
        QVERIFY(!layer.modified());
        layer.put(Kind::Doctor, doctor(QStringLiteral("zhao-lei"), QStringLiteral("赵磊")));
        QString error;
        QVERIFY(layer.save(&error));
        QCOMPARE(readFile(paths.layer + QStringLiteral("/hospitals.md")), hospitals);
        QVERIFY(readFile(paths.layer + QStringLiteral("/doctors.md")).contains("@doctor zhao-lei"));
        QVERIFY(ClinicPublisher::publish(paths).ok());
        QVERIFY(hasDoctor(paths.published, QStringLiteral("zhao-lei")));
    }

    // The program opens the published database while it is current, and the
    // bundled one once the base has changed under it.
    void theProgramOpensThePublishedDatabaseWhileItIsCurrent()
    {
        const QString root = m_dir.filePath(QStringLiteral("program-root"));
        const ClinicPaths paths = ClinicPaths::under(root, m_base);
        ClinicLayer layer(paths.layer);
        layer.put(Kind::Hospital, hospital());
        QVERIFY(ClinicPublisher::publish(paths, layer).ok());
        const auto version = [&] {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HUANJIAO_CLINIC_ROOT"), root);
            env.insert(QStringLiteral("HUANJIAO_BASE_DATABASE"), m_base);
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("program-config")));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(HUANJIAO_BINARY), {QStringLiteral("--version")});
            process.waitForFinished(60000);
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        QVERIFY2(version().contains(QStringLiteral("overlay clinic")), qPrintable(version()));
        QFile base(m_base);
        QVERIFY(base.open(QIODevice::ReadWrite));
        QVERIFY(base.setFileTime(QDateTime::currentDateTime().addSecs(120), QFileDevice::FileModificationTime));
        base.close();
        const QString after = version();
        QVERIFY2(!after.contains(QStringLiteral("overlay")) && after.contains(QStringLiteral("content ")), qPrintable(after));
    }

    void pathsCanBeMovedByTheEnvironment()
    {
        qputenv("HUANJIAO_CLINIC_ROOT", m_dir.filePath(QStringLiteral("env-root")).toUtf8());
        qputenv("HUANJIAO_BASE_DATABASE", m_base.toUtf8());
        const ClinicPaths paths = ClinicPaths::locate();
        qunsetenv("HUANJIAO_CLINIC_ROOT");
        qunsetenv("HUANJIAO_BASE_DATABASE");
        QCOMPARE(paths.scope, ClinicPaths::Scope::Override);
        QCOMPARE(paths.layer, m_dir.filePath(QStringLiteral("env-root/clinic")));
        QCOMPARE(paths.published, m_dir.filePath(QStringLiteral("env-root/huanjiao.sqlite")));
        QCOMPARE(paths.base, m_base);
    }
};

QTEST_GUILESS_MAIN(TestClinic)
#include "tst_clinic.moc"
