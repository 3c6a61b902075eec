// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneratedContent.h"
#include "DatabaseWriter.h"
#include "ListIndexWriter.h"
#include "MentionScanner.h"
#include "TestDatabase.h"
#include "TextUnits.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace huanjiao;

namespace {

QStringList names(const QList<EntityRef> &refs)
{
    QStringList list;
    for (const auto &r : refs)
        list << r.name;
    return list;
}

// The names of a kind's entities (of one department, if not 0) in list order,
// straight from the entity table: what the precomputed lists must agree with.
QStringList namesInTable(const QSqlDatabase &db, Kind kind, qint64 department = 0)
{
    QSqlQuery q(db);
    q.prepare(department ? QStringLiteral("SELECT name FROM entity WHERE kind = ? AND department = ? ORDER BY sort_key, rowid")
                         : QStringLiteral("SELECT name FROM entity WHERE kind = ? ORDER BY sort_key, rowid"));
    q.addBindValue(kindName(kind));
    if (department)
        q.addBindValue(department);
    QStringList list;
    if (q.exec()) {
        while (q.next())
            list << q.value(0).toString();
    }
    return list;
}

} // namespace

// The tables the builder precomputes for browsing: mentions (links in prose
// and backlinks) and list positions (lists, A-Z bar, department counts).
class TestBrowseIndex : public QObject
{
    Q_OBJECT

    test::TestDatabase m_bundled;
    QTemporaryDir m_dir;
    test::TestDatabase m_large;
    static constexpr int kGenerated = 3000;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_bundled.openBundled(&error), qPrintable(error));

        const QString path = m_dir.filePath(QStringLiteral("generated.sqlite"));
        QVERIFY2(DatabaseWriter::write(GeneratedContent::conditions(kGenerated), path, &error), qPrintable(error));
        QVERIFY2(m_large.open(path, &error), qPrintable(error));
    }

    void scannerTakesTheLongestNameAndSkipsItsOwn()
    {
        MentionScanner scanner;
        scanner.add(QStringLiteral("内科"), 1, 3);
        scanner.add(QStringLiteral("神经内科"), 2, 3);
        scanner.add(QStringLiteral("面肌痉挛"), 3, 0);
        scanner.add(QStringLiteral("痉挛"), 4, 0);
        scanner.add(QStringLiteral("面"), 5, 0); // one character: never a mention
        const QString text = QStringLiteral("面肌痉挛请到神经内科，不是内科；痉挛。");
        const auto matches = scanner.scan(text);
        QCOMPARE(matches.size(), 4);
        QCOMPARE(text.mid(matches.at(0).offset, matches.at(0).length), QStringLiteral("面肌痉挛"));
        QCOMPARE(matches.at(1).target, 2); // 神经内科, not 内科 inside it
        QCOMPARE(matches.at(2).target, 1);
        QCOMPARE(matches.at(3).target, 4);
        // On the page of 面肌痉挛 its own name is skipped whole: 痉挛 inside it is not linked.
        const auto own = scanner.scan(text, 3);
        QCOMPARE(own.size(), 3);
        QCOMPARE(own.first().target, 2);
    }

    void scannerPrefersTheLowerPriorityForASharedName()
    {
        MentionScanner scanner;
        scanner.add(QStringLiteral("胰岛素"), 20, 2);
        scanner.add(QStringLiteral("胰岛素"), 10, 1);
        scanner.add(QStringLiteral("胰岛素"), 30, 1);
        QCOMPARE(scanner.nameCount(), 1);
        QCOMPARE(scanner.scan(QStringLiteral("注射胰岛素")).first().target, 10);
    }

    void scannerKeepsEveryNameAsItsTableGrows()
    {
        // Thousands of names sharing first characters: the table of steps
        // grows several times while they go in, and none may be lost or
        // answered for another.
        MentionScanner scanner;
        const QString stems = QStringLiteral("面肌痉挛糖尿病高血压冠心偏头痛");
        QStringList names;
        for (int i = 0; i < 6000; ++i) {
            const QString name = stems.mid(i % stems.size(), 2) + QString::number(i, 36) + QChar(u'症');
            names.append(name);
            scanner.add(name, i + 1, 0);
        }
        QCOMPARE(scanner.nameCount(), names.size());
        for (int i = 0; i < names.size(); i += 7) {
            const auto matches = scanner.scan(QStringLiteral("见") + names.at(i) + QStringLiteral("。"));
            QCOMPARE(matches.size(), 1);
            QCOMPARE(matches.first().target, qint64(i + 1));
            QCOMPARE(matches.first().length, int(names.at(i).size()));
        }
        QVERIFY(scanner.scan(QStringLiteral("面肌zz症")).isEmpty());
    }

    void everyRecordedMentionIsANameAtItsPlace()
    {
        // The builder and the renderer agree on where text is: each mention's
        // span, read back through TextUnits, is a name or alias of its target.
        QSqlQuery q(m_bundled.database());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT e.kind, e.slug FROM mention m JOIN entity e ON e.rowid = m.source")));
        int checked = 0;
        while (q.next()) {
            Kind kind;
            QVERIFY(kindFromName(q.value(0).toString(), &kind));
            const auto entity = m_bundled.repo().entity(kind, q.value(1).toString());
            QVERIFY(entity);
            QSet<QPair<QString, qint64>> once;
            for (const Mention &m : entity->mentions) {
                QStringList units;
                if (m.section == TextUnits::summaryKey())
                    units = TextUnits::ofText(entity->summary);
                else if (const Section *section = entity->section(m.section))
                    units = TextUnits::ofSection(*section);
                else
                    units = TextUnits::ofText(entity->field(m.section));
                QVERIFY2(m.unit < units.size(), qPrintable(entity->ref.id + QLatin1Char(' ') + m.section));
                const QString span = units.at(m.unit).mid(m.start, m.size);
                const auto target = m_bundled.repo().entity(m.target.kind, m.target.id);
                QVERIFY(target);
                QVERIFY2(span == target->ref.name || target->aliases.contains(span),
                         qPrintable(QStringLiteral("%1: '%2' is not a name of %3").arg(entity->ref.id, span, target->ref.id)));
                QVERIFY2(m.target.rowid != entity->ref.rowid, qPrintable(entity->ref.id));
                QVERIFY2(!once.contains({m.section, m.target.rowid}), qPrintable(entity->ref.id + QLatin1Char(' ') + span));
                once.insert({m.section, m.target.rowid});
                ++checked;
            }
        }
        QVERIFY(checked > 300);
    }

    void hemifacialSpasmLinksWhatItNames()
    {
        const auto hfs = m_bundled.repo().entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
        QVERIFY(hfs);
        QStringList treatments;
        for (const auto &m : hfs->mentionsIn(QStringLiteral("treatments")))
            treatments << m.target.id;
        // 卡马西平 appears twice in the section and is linked once.
        QCOMPARE(treatments.count(QStringLiteral("carbamazepine")), 1);
        QVERIFY(treatments.contains(QStringLiteral("clonazepam")));
        QVERIFY(treatments.contains(QStringLiteral("neurosurgery")));
        // Articles and questions about it mention it: they are its backlinks.
        const QStringList back = names(m_bundled.repo().backlinks(hfs->ref.rowid, 100));
        QVERIFY(back.contains(QStringLiteral("面肌痉挛的病因")));
        QVERIFY(!back.contains(QStringLiteral("面肌痉挛")));
        QCOMPARE(m_bundled.repo().backlinks(hfs->ref.rowid, 2).size(), 2);
    }

    void listsFollowTheSortOrderOfPaging()
    {
        for (auto *db : {&m_bundled, &m_large}) {
            for (Kind kind : {Kind::Condition, Kind::Doctor, Kind::Drug}) {
                const QStringList inTable = namesInTable(db->database(), kind);
                const int size = db->repo().listSize(kind);
                QCOMPARE(size, inTable.size());
                QCOMPARE(names(db->repo().listRange(kind, 0, 0, size)), inTable);
            }
        }
        QCOMPARE(m_large.repo().listSize(Kind::Condition), kGenerated);
        // A range in the middle is the same slice.
        const QStringList all = namesInTable(m_large.database(), Kind::Condition);
        QCOMPARE(names(m_large.repo().listRange(Kind::Condition, 0, 1234, 50)), all.mid(1234, 50));
        QVERIFY(m_large.repo().listRange(Kind::Condition, 0, kGenerated, 10).isEmpty());
    }

    void departmentListsIncludeTheirSubDepartments()
    {
        const EntityRef topA = m_large.repo().ref(Kind::Department, QStringLiteral("top-a"));
        const EntityRef child0 = m_large.repo().ref(Kind::Department, QStringLiteral("child-0"));
        const EntityRef child1 = m_large.repo().ref(Kind::Department, QStringLiteral("child-1"));
        QCOMPARE(m_large.repo().listSize(Kind::Condition, child0.rowid), kGenerated / 3);
        QCOMPARE(m_large.repo().listSize(Kind::Condition, topA.rowid), 2 * kGenerated / 3);
        QCOMPARE(m_large.repo().listSize(Kind::Condition, child0.rowid),
                 namesInTable(m_large.database(), Kind::Condition, child0.rowid).size());
        const auto members = m_large.repo().listRange(Kind::Condition, topA.rowid, 0, kGenerated);
        QCOMPARE(members.size(), 2 * kGenerated / 3);
        const QStringList expected = namesInTable(m_large.database(), Kind::Condition, child0.rowid)
                                     + namesInTable(m_large.database(), Kind::Condition, child1.rowid);
        const QStringList listed = names(members);
        QCOMPARE(QSet<QString>(listed.begin(), listed.end()), QSet<QString>(expected.begin(), expected.end()));
        // In the list's own (pinyin) order.
        QSqlQuery q(m_large.database());
        QString previous;
        for (const auto &ref : members) {
            q.prepare(QStringLiteral("SELECT sort_key FROM entity WHERE rowid = ?"));
            q.addBindValue(ref.rowid);
            QVERIFY(q.exec() && q.next());
            QVERIFY(previous <= q.value(0).toString());
            previous = q.value(0).toString();
        }
    }

    void lettersPointAtTheFirstEntryOfEachInitial()
    {
        const auto letters = m_large.repo().letters(Kind::Condition);
        QCOMPARE(letters.size(), 24); // 23 initials (none starts with i, u or v) and '#'
        int total = 0;
        for (const auto &letter : letters) {
            total += letter.count;
            const auto first = m_large.repo().listRange(Kind::Condition, 0, letter.position, 1);
            QCOMPARE(first.size(), 1);
            QSqlQuery q(m_large.database());
            q.prepare(QStringLiteral("SELECT sort_key FROM entity WHERE rowid = ?"));
            q.addBindValue(first.first().rowid);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(ListIndexWriter::letterOf(q.value(0).toString()), letter.letter);
            if (letter.position > 0) {
                const auto before = m_large.repo().listRange(Kind::Condition, 0, letter.position - 1, 1);
                q.addBindValue(before.first().rowid);
                QVERIFY(q.exec() && q.next());
                QVERIFY(ListIndexWriter::letterOf(q.value(0).toString()) != letter.letter);
            }
        }
        QCOMPARE(total, kGenerated);
        QCOMPARE(ListIndexWriter::letterOf(QStringLiteral("mian ji")), QLatin1Char('M'));
        QCOMPARE(ListIndexWriter::letterOf(QStringLiteral("3 xing")), QLatin1Char('#'));
        QCOMPARE(ListIndexWriter::letterOf(QString()), QLatin1Char('#'));
    }

    void aPageShowsAPagesWorthOfIncomingRelations()
    {
        // The doctor treats every generated condition: the page lists the
        // first ones in name order and says the list was cut.
        const auto busy = m_large.repo().entity(Kind::Doctor, QStringLiteral("busy"));
        QVERIFY(busy);
        const auto treated = busy->related(RelationType::TreatedBy, true);
        QVERIFY(treated.size() >= 20 && treated.size() < 200);
        QVERIFY(busy->moreIncoming.contains(RelationType::TreatedBy));
        QSqlQuery q(m_large.database());
        QString previous;
        for (const auto &ref : treated) {
            q.prepare(QStringLiteral("SELECT sort_key FROM entity WHERE rowid = ?"));
            q.addBindValue(ref.rowid);
            QVERIFY(q.exec() && q.next());
            QVERIFY(previous <= q.value(0).toString());
            previous = q.value(0).toString();
        }
        // A short list is not cut.
        const auto hfs = m_bundled.repo().entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
        QVERIFY(hfs->moreIncoming.isEmpty());
    }

    void commonTopicsPutTheBestCoveredFirst()
    {
        const auto topics = m_bundled.repo().commonTopics(5);
        QCOMPARE(topics.size(), 5);
        // Conditions only, and the first is one that articles or questions are written about.
        for (const auto &t : topics)
            QCOMPARE(t.kind, Kind::Condition);
        const auto first = m_bundled.repo().entity(Kind::Condition, topics.first().id);
        QVERIFY(first);
        QVERIFY2(!first->related(RelationType::About, true).isEmpty(), qPrintable(topics.first().id));
    }
};

QTEST_GUILESS_MAIN(TestBrowseIndex)
#include "tst_browseindex.moc"
