// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchEngine.h"
#include "TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace huanjiao;

// The rates the held-out table must meet (percent).
constexpr int HELD_OUT_EXACT_FIRST_PERCENT = 95;
constexpr int HELD_OUT_TOP3_PERCENT = 95;

// The patients' table (data/patient-queries.tsv): queries as patients type
// them, each with the condition it must put in the first three results, over
// the bundled content. A row whose condition is not in the content yet is
// pending: counted and printed, not run.
class TestPatientQueries : public QObject
{
    Q_OBJECT

    test::TestDatabase m_bundled;
    std::unique_ptr<SearchEngine> m_engine;
    QSet<QString> m_conditions;

    struct Row
    {
        int line;
        QString query;
        QString condition;
        QString category;
        bool known; // known not to be answered yet
    };

    static QList<Row> rows()
    {
        QFile file(QStringLiteral(HUANJIAO_PATIENT_QUERIES));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<Row> list;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).isEmpty() || lines.at(i).startsWith(QLatin1Char('#')))
                continue;
            const QStringList parts = lines.at(i).split(QLatin1Char('\t'));
            list.append({i + 1, parts.value(0), parts.value(1), parts.value(2), parts.value(3) == QLatin1String("known")});
        }
        return list;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_bundled.openBundled(&error), qPrintable(error));
        m_engine = std::make_unique<SearchEngine>(m_bundled.database());
        QSqlQuery q(m_bundled.database());
        q.exec(QStringLiteral("SELECT slug FROM entity WHERE kind = 'condition'"));
        while (q.next())
            m_conditions.insert(q.value(0).toString());
    }

    void theTableIsWellFormedAndLargeEnough()
    {
        const QList<Row> list = rows();
        QVERIFY2(list.size() >= 300, qPrintable(QString::number(list.size())));
        const QStringList categories{QStringLiteral("colloquial"), QStringLiteral("partial"),
                                     QStringLiteral("symptom"),    QStringLiteral("question"),
                                     QStringLiteral("homophone"),  QStringLiteral("english"),
                                     QStringLiteral("variant"),    QStringLiteral("pinyin"),
                                     QStringLiteral("traditional")};
        QSet<QString> queries;
        for (const Row &row : list) {
            QVERIFY2(!row.query.isEmpty() && !row.condition.isEmpty(), qPrintable(QString::number(row.line)));
            QVERIFY2(categories.contains(row.category), qPrintable(QStringLiteral("line %1").arg(row.line)));
            QVERIFY2(!queries.contains(row.query), qPrintable(QStringLiteral("line %1: twice").arg(row.line)));
            queries.insert(row.query);
        }
    }

    void eachQueryPutsItsConditionInTheTopThree()
    {
        const QList<Row> list = rows();
        int pending = 0;
        int passed = 0;
        int known = 0;
        QStringList failures;
        QStringList nowPassing;
        for (const Row &row : list) {
            if (!m_conditions.contains(row.condition)) {
                ++pending;
                continue;
            }
            SearchOptions options;
            options.limit = 3;
            const SearchResults r = m_engine->search(row.query, options);
            QStringList top;
            for (const SearchHit &hit : r.hits)
                top << kindName(hit.ref.kind) + QLatin1Char('/') + hit.ref.id;
            const bool found = top.contains(QStringLiteral("condition/") + row.condition);
            if (row.known) {
                if (found)
                    nowPassing << QStringLiteral("line %1: %2 now finds %3: remove its \"known\" mark")
                                      .arg(row.line)
                                      .arg(row.query, row.condition);
                else
                    ++known;
            } else if (found)
                ++passed;
            else
                failures << QStringLiteral("line %1 (%2): %3 -> %4 [%5]")
                                .arg(row.line)
                                .arg(row.category, row.query, row.condition, top.join(QLatin1Char(' ')));
        }
        qInfo().noquote() << QStringLiteral("patient queries: %1 passed, %2 failed, %3 known not answered yet, %4 pending"
                                            " (condition not in the content yet)")
                                 .arg(passed)
                                 .arg(failures.size())
                                 .arg(known)
                                 .arg(pending);
        for (const QString &line : std::as_const(failures) + nowPassing)
            qInfo().noquote() << line;
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 queries miss their condition").arg(failures.size())));
        QVERIFY2(nowPassing.isEmpty(), qPrintable(nowPassing.join(QLatin1Char('\n'))));
    }

    // The held-out table (data/search-box-queries.tsv), written before the
    // search was tuned on it: a query that uses the condition's exact name must
    // put it first, any other must put it in the first three, and few may meet
    // a dead end. Held to rates rather than to every row, as the measure kept
    // outside the project is; the misses are printed.
    void theHeldOutTableMeetsItsRates()
    {
        QFile file(QStringLiteral(HUANJIAO_SEARCH_BOX_QUERIES));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int exact = 0, exactFirst = 0, other = 0, otherTop3 = 0, deadEnds = 0, first = 0, top3 = 0;
        QStringList misses;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).isEmpty() || lines.at(i).startsWith(QLatin1Char('#')))
                continue;
            const QStringList parts = lines.at(i).split(QLatin1Char('\t'));
            QVERIFY2(parts.size() == 3 && m_conditions.contains(parts.at(1)),
                     qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(lines.at(i))));
            SearchOptions options;
            options.limit = 3;
            const SearchResults r = m_engine->search(parts.at(0), options);
            QStringList top;
            for (const SearchHit &hit : r.hits)
                top << kindName(hit.ref.kind) + QLatin1Char('/') + hit.ref.id;
            const QString wanted = QStringLiteral("condition/") + parts.at(1);
            const bool isExact = parts.at(2) == QLatin1String("exact");
            const bool passed = isExact ? top.value(0) == wanted : top.contains(wanted);
            first += top.value(0) == wanted;
            top3 += top.contains(wanted);
            if (isExact) {
                ++exact;
                exactFirst += passed;
            } else {
                ++other;
                otherTop3 += passed;
            }
            if (r.hits.isEmpty() && r.suggestions.isEmpty() && !r.crisis)
                ++deadEnds;
            if (!passed)
                misses << QStringLiteral("line %1 (%2): %3 -> %4 [%5]")
                              .arg(i + 1)
                              .arg(parts.at(2), parts.at(0), parts.at(1), top.join(QLatin1Char(' ')));
        }
        const int total = exact + other;
        qInfo().noquote() << QStringLiteral("held-out table: %1 queries; exact name first: %2 of %3 (%4%); "
                                            "others in the top three: %5 of %6 (%7%); dead ends: %8 (%9%); "
                                            "all rows: first %10%, top three %11%")
                                 .arg(total)
                                 .arg(exactFirst)
                                 .arg(exact)
                                 .arg(100.0 * exactFirst / exact, 0, 'f', 1)
                                 .arg(otherTop3)
                                 .arg(other)
                                 .arg(100.0 * otherTop3 / other, 0, 'f', 1)
                                 .arg(deadEnds)
                                 .arg(100.0 * deadEnds / total, 0, 'f', 1)
                                 .arg(100.0 * first / total, 0, 'f', 1)
                                 .arg(100.0 * top3 / total, 0, 'f', 1);
        for (const QString &line : std::as_const(misses))
            qInfo().noquote() << line;
        QVERIFY2(total >= 200, qPrintable(QString::number(total)));
        QVERIFY2(exactFirst * 100 >= exact * HELD_OUT_EXACT_FIRST_PERCENT, "too few exact names come first");
        QVERIFY2(otherTop3 * 100 >= other * HELD_OUT_TOP3_PERCENT, "too few queries find their condition");
        QVERIFY2(deadEnds * 100 < total * 5, "too many dead ends");
    }

    // Never a dead end: of queries as people type them (data/dead-end-queries.txt,
    // symptoms, questions, names right and wrong, things the library may not
    // cover), fewer than 5% get neither a result, nor a suggestion, nor the
    // crisis card. Those that do are printed.
    void fewQueriesMeetADeadEnd()
    {
        QFile file(QStringLiteral(HUANJIAO_DEAD_END_QUERIES));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList queries;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
                queries << line.trimmed();
        }
        QVERIFY2(queries.size() >= 200, qPrintable(QString::number(queries.size())));
        QStringList deadEnds;
        for (const QString &query : std::as_const(queries)) {
            SearchOptions options;
            options.limit = 3;
            const SearchResults r = m_engine->search(query, options);
            if (r.hits.isEmpty() && r.suggestions.isEmpty() && !r.crisis)
                deadEnds << query;
        }
        qInfo().noquote() << QStringLiteral("dead ends: %1 of %2 queries (%3%): %4")
                                 .arg(deadEnds.size())
                                 .arg(queries.size())
                                 .arg(100.0 * deadEnds.size() / queries.size(), 0, 'f', 1)
                                 .arg(deadEnds.join(QStringLiteral(", ")));
        QVERIFY2(deadEnds.size() * 20 < queries.size(), qPrintable(deadEnds.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestPatientQueries)
#include "tst_patientqueries.moc"
