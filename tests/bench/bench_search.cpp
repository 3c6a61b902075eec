// SPDX-License-Identifier: GPL-3.0-or-later
// bench_search: replays typing against a content database and prints the
// latency of every keystroke's search, next to a naive LIKE '%q%' scan over
// the same data in the same run.
//   bench_search DATABASE [--queries N] [--baseline-every K] [--busy] [--slowest N]
//   bench_search DATABASE --profile TEXT
// --busy runs a second process that keeps one core busy for the whole run,
// as a kiosk or desk PC doing other work would. --profile searches for TEXT
// repeatedly and prints where the time goes, statement by statement.

#include "ContentDatabase.h"
#include "SearchEngine.h"
#include "SqliteStatement.h"

#include <QCommandLineParser>
#include <QProcess>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>

using namespace huanjiao;

namespace {

struct Stats
{
    QList<double> ms;

    double percentile(double p) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype i = qMin(sorted.size() - 1, qsizetype(p / 100.0 * double(sorted.size())));
        return sorted.at(i);
    }
    QString line(const QString &name) const
    {
        return QStringLiteral("%1  n=%2  p50=%3 ms  p95=%4 ms  p99=%5 ms  max=%6 ms")
            .arg(name, -14)
            .arg(ms.size(), 6)
            .arg(percentile(50), 0, 'f', 3)
            .arg(percentile(95), 0, 'f', 3)
            .arg(percentile(99), 0, 'f', 3)
            .arg(percentile(100), 0, 'f', 3);
    }
};

QStringList column(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(sql);
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

// What a person types, one keystroke at a time: every prefix of the query.
QStringList keystrokes(const QString &query)
{
    QStringList list;
    const QList<uint> cps = query.toUcs4();
    for (int i = 1; i <= cps.size(); ++i)
        list << QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), i);
    return list;
}

// Counts the statements SQLite starts on a connection (each step from the
// start of a statement, including BEGIN and COMMIT).
int traceStatement(unsigned, void *counter, void *, void *)
{
    ++*static_cast<qint64 *>(counter);
    return 0;
}

// SQLITE_TRACE_PROFILE: the time of each statement run, by its SQL.
struct StatementTimes
{
    QHash<QString, QPair<qint64, qint64>> byStatement; // ns, runs
};

int traceProfile(unsigned, void *context, void *statement, void *ns)
{
    auto *times = static_cast<StatementTimes *>(context);
    auto &entry = times->byStatement[QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement)))];
    entry.first += *static_cast<qint64 *>(ns);
    entry.second += 1;
    return 0;
}

int profile(QSqlDatabase db, const QString &text, QTextStream &out)
{
    SearchEngine engine(db);
    SearchOptions options;
    options.limit = 50;
    engine.search(text, options);
    StatementTimes times;
    sqlite3_trace_v2(SqliteStatement::handle(db), SQLITE_TRACE_PROFILE, traceProfile, &times);
    constexpr int kRuns = 200;
    QElapsedTimer timer;
    timer.start();
    int hits = 0;
    for (int i = 0; i < kRuns; ++i)
        hits = int(engine.search(text, options).hits.size());
    const double total = double(timer.nsecsElapsed()) / kRuns;
    sqlite3_trace_v2(SqliteStatement::handle(db), 0, nullptr, nullptr);
    QList<QPair<qint64, QString>> rows;
    qint64 inSqlite = 0;
    for (auto i = times.byStatement.cbegin(); i != times.byStatement.cend(); ++i) {
        rows.append({i->first, i.key()});
        inSqlite += i->first;
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    out << QStringLiteral("%1: %2 hits, %3 ms a search, %4 ms of it in SQLite statements\n")
               .arg(text)
               .arg(hits)
               .arg(total / 1e6, 0, 'f', 3)
               .arg(double(inSqlite) / kRuns / 1e6, 0, 'f', 3);
    for (const auto &row : std::as_const(rows)) {
        const auto runs = times.byStatement.value(row.second).second;
        QString sql = row.second.simplified();
        if (sql.size() > 110)
            sql = sql.left(107) + QStringLiteral("...");
        out << QStringLiteral("%1 ms  %2 runs  %3\n")
                   .arg(double(row.first) / kRuns / 1e6, 7, 'f', 3)
                   .arg(double(runs) / kRuns, 5, 'f', 1)
                   .arg(sql);
    }
    return 0;
}

// The second process of --busy: spins until killed.
[[noreturn]] void spin()
{
    volatile quint64 x = 0;
    for (;;)
        x = x + 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 2 && qstrcmp(argv[1], "--spin") == 0)
        spin();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("The content database."));
    const QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("Queries to type."),
                                           QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption baselineOption(QStringLiteral("baseline-every"),
                                            QStringLiteral("Run the LIKE scan on every K-th keystroke."),
                                            QStringLiteral("K"), QStringLiteral("20"));
    const QCommandLineOption slowestOption(QStringLiteral("slowest"), QStringLiteral("Also list the N slowest keystrokes."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption busyOption(QStringLiteral("busy"),
                                        QStringLiteral("Keep one core busy with a second process while measuring."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("Search for TEXT repeatedly; print the time of each statement."),
                                           QStringLiteral("TEXT"));
    parser.addOptions({queriesOption, baselineOption, slowestOption, busyOption, profileOption});
    parser.process(app);
    QTextStream out(stdout);
    if (parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }
    OpenError error;
    auto db = ContentDatabase::open(parser.positionalArguments().first(), &error);
    if (!db) {
        QTextStream(stderr) << error.message() << '\n';
        return 1;
    }
    if (parser.isSet(profileOption))
        return profile(db->database(), parser.value(profileOption), out);
    const QStringList conditions = column(db->database(), QStringLiteral("SELECT name FROM entity WHERE kind = 'condition'"));
    const QStringList sortKeys = column(db->database(), QStringLiteral("SELECT sort_key FROM entity WHERE kind = 'condition'"));
    const QStringList english = column(db->database(), QStringLiteral("SELECT english FROM entity WHERE kind = 'condition'"));
    const QStringList doctors = column(db->database(), QStringLiteral("SELECT name FROM entity WHERE kind = 'doctor'"));
    const int total = column(db->database(), QStringLiteral("SELECT count(*) FROM entity")).value(0).toInt();

    const QStringList layNames = column(db->database(), QStringLiteral("SELECT value FROM field WHERE key = 'lay-names'"));
    const QStringList symptoms = column(db->database(), QStringLiteral("SELECT value FROM field WHERE key = 'symptom-words'"));
    // What patients ask around a name or a complaint, typed whole.
    const QStringList askedAbout{QStringLiteral("%1能治好吗"), QStringLiteral("%1吃什么药"), QStringLiteral("请问%1会遗传吗"),
                                 QStringLiteral("我家孩子%1怎么办"), QStringLiteral("%1要做什么检查，挂什么科")};
    auto first = [](const QString &list) { return list.section(QLatin1Char(','), 0, 0).trimmed(); };

    // The query mix: 1 to 4 Chinese characters, full pinyin, initials,
    // English words, doctors' names, lay names, complaints and whole questions
    // (about a name, a lay name or a complaint), in equal parts.
    QRandomGenerator random(42);
    QStringList queries;
    const int n = parser.value(queriesOption).toInt();
    for (int i = 0; i < n; ++i) {
        const int c = random.bounded(int(conditions.size()));
        switch (i % 8) {
        case 0: {
            const QString name = conditions.at(c);
            const int length = 1 + random.bounded(4);
            const int start = random.bounded(qMax(1, int(name.size()) - length + 1));
            queries << name.mid(start, length);
            break;
        }
        case 1:
            queries << QString(sortKeys.at(c)).remove(QLatin1Char(' ')).left(4 + random.bounded(12));
            break;
        case 2: {
            QString initials;
            for (const QString &syllable : sortKeys.at(c).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                initials += syllable.front();
            queries << initials;
            break;
        }
        case 3: {
            const QStringList words = english.at(c).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            queries << words.value(random.bounded(int(qMax(qsizetype(1), words.size()))));
            break;
        }
        case 4:
            queries << doctors.value(random.bounded(int(qMax(qsizetype(1), doctors.size()))));
            break;
        case 5:
            queries << first(layNames.value(random.bounded(int(qMax(qsizetype(1), layNames.size())))));
            break;
        case 6:
            queries << first(symptoms.value(random.bounded(int(qMax(qsizetype(1), symptoms.size())))));
            break;
        default: {
            const QString about = random.bounded(3) == 0 ? first(symptoms.value(random.bounded(int(qMax(qsizetype(1), symptoms.size())))))
                : random.bounded(2) ? first(layNames.value(random.bounded(int(qMax(qsizetype(1), layNames.size())))))
                                    : conditions.at(c);
            queries << askedAbout.at(random.bounded(int(askedAbout.size()))).arg(about);
        }
        }
    }

    QProcess busy;
    if (parser.isSet(busyOption)) {
        busy.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--spin")});
        busy.waitForStarted();
    }
    qint64 statements = 0;
    sqlite3_trace_v2(SqliteStatement::handle(db->database()), SQLITE_TRACE_STMT, traceStatement, &statements);

    SearchEngine engine(db->database());
    SearchOptions options;
    options.limit = 50; // what the search box asks for
    QSqlQuery naive(db->database());
    naive.setForwardOnly(true);
    naive.prepare(QStringLiteral("SELECT rowid FROM entity WHERE name LIKE ? ESCAPE '\\'"
                                 " UNION ALL SELECT rowid FROM search_text WHERE text LIKE ? ESCAPE '\\'"));
    const int every = qMax(1, parser.value(baselineOption).toInt());

    // Warm the page cache the same for both.
    engine.search(QStringLiteral("面"), options);

    // Wall time is what a person waits; on a machine shared with other work
    // it also counts the time the thread was not running at all. The
    // thread's CPU time is printed beside it: what the search itself costs.
    auto threadCpuNs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    };
    Stats engineStats, engineCpu, naiveStats, engineOnSample, statementCount;
    QList<QPair<double, QString>> slowest;
    QElapsedTimer timer;
    int keystroke = 0;
    qint64 hits = 0;
    for (const QString &query : queries) {
        for (const QString &typed : keystrokes(query)) {
            const qint64 cpuStart = threadCpuNs();
            const qint64 statementsBefore = statements;
            timer.start();
            const SearchResults r = engine.search(typed, options);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            statementCount.ms << double(statements - statementsBefore);
            engineCpu.ms << double(threadCpuNs() - cpuStart) / 1e6;
            engineStats.ms << ms;
            slowest.append({ms, typed});
            hits += r.hits.size();
            if (keystroke++ % every == 0) {
                engineOnSample.ms << ms;
                QString pattern = typed;
                pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
                naive.bindValue(0, QLatin1Char('%') + pattern + QLatin1Char('%'));
                naive.bindValue(1, QLatin1Char('%') + pattern + QLatin1Char('%'));
                timer.start();
                naive.exec();
                while (naive.next()) {
                }
                naiveStats.ms << double(timer.nsecsElapsed()) / 1e6;
            }
        }
    }
    if (busy.state() != QProcess::NotRunning) {
        busy.kill();
        busy.waitForFinished();
    }
    double loadAverage = 0;
    if (getloadavg(&loadAverage, 1) != 1)
        loadAverage = -1;
    out << "database: " << parser.positionalArguments().first() << " (" << conditions.size() << " conditions, "
        << total << " entities)\n";
    out << "queries: " << queries.size() << ", keystrokes: " << keystroke << ", hits returned: " << hits << "\n";
    out << "load average (1 min) at the end: " << QString::number(loadAverage, 'f', 2)
        << (parser.isSet(busyOption) ? ", with a second process keeping one core busy\n" : "\n");
    out << engineStats.line(QStringLiteral("search")) << '\n';
    out << engineCpu.line(QStringLiteral("search (CPU)")) << '\n';
    out << engineOnSample.line(QStringLiteral("search*")) << '\n';
    out << naiveStats.line(QStringLiteral("LIKE scan*")) << '\n';
    out << QStringLiteral("statements per keystroke: p50 %1, p99 %2, max %3\n")
               .arg(statementCount.percentile(50))
               .arg(statementCount.percentile(99))
               .arg(statementCount.percentile(100));
    out << "* the same sample of every " << every << "th keystroke\n";
    out << QStringLiteral("ratio (LIKE / search) on the sample: p50 %1x, p99 %2x\n")
               .arg(naiveStats.percentile(50) / qMax(1e-6, engineOnSample.percentile(50)), 0, 'f', 1)
               .arg(naiveStats.percentile(99) / qMax(1e-6, engineOnSample.percentile(99)), 0, 'f', 1);
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; i < parser.value(slowestOption).toInt() && i < slowest.size(); ++i)
        out << QStringLiteral("slow: %1 ms  %2\n").arg(slowest.at(i).first, 0, 'f', 2).arg(slowest.at(i).second);
    return 0;
}
