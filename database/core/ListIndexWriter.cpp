// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListIndexWriter.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace huanjiao {

namespace {

constexpr int kCommonTopics = 24;
constexpr int kMaxDepartmentDepth = 16;

bool fail(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

struct ListState
{
    int size = 0;
    QChar letter;
};

bool writeLists(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QHash<qint64, qint64> parents;
    if (!q.exec(QStringLiteral("SELECT rowid, parent FROM entity WHERE kind = 'department'")))
        return fail(q, error);
    while (q.next())
        parents.insert(q.value(0).toLongLong(), q.value(1).toLongLong());

    QSqlQuery entry(db);
    entry.prepare(QStringLiteral("INSERT INTO list_entry(scope, kind, position, entity) VALUES(?,?,?,?)"));
    QSqlQuery letter(db);
    letter.prepare(QStringLiteral(
        "INSERT INTO list_letter(scope, kind, letter, position, count) VALUES(?,?,?,?,1)"
        " ON CONFLICT(scope, kind, letter) DO UPDATE SET count = count + 1"));

    // In sort-key order, ties by rowid: a list reads the same whichever way it is built.
    if (!q.exec(QStringLiteral("SELECT rowid, kind, department, sort_key FROM entity ORDER BY kind, sort_key, rowid")))
        return fail(q, error);
    QHash<QPair<qint64, QString>, ListState> lists;
    while (q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        const QString kind = q.value(1).toString();
        const QChar initial = ListIndexWriter::letterOf(q.value(3).toString());
        QList<qint64> scopes{0};
        qint64 department = q.value(2).toLongLong();
        for (int depth = 0; department && depth < kMaxDepartmentDepth; ++depth) {
            scopes.append(department);
            department = parents.value(department);
        }
        for (qint64 scope : scopes) {
            ListState &state = lists[{scope, kind}];
            entry.addBindValue(scope);
            entry.addBindValue(kind);
            entry.addBindValue(state.size);
            entry.addBindValue(rowid);
            if (!entry.exec())
                return fail(entry, error);
            letter.addBindValue(scope);
            letter.addBindValue(kind);
            letter.addBindValue(QString(initial));
            letter.addBindValue(state.size);
            if (!letter.exec())
                return fail(letter, error);
            ++state.size;
        }
    }
    return true;
}

// Conditions ranked by how much else in the content is about them or names
// them: articles and questions, then pages that mention them.
bool writeCommonTopics(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO common_topic(rank, entity)"
        " SELECT row_number() OVER (ORDER BY score DESC, sort_key, rowid), rowid FROM ("
        "  SELECT e.rowid, e.sort_key,"
        "   (SELECT count(*) FROM relation r WHERE r.target = e.rowid AND r.type = 'about') * 4"
        "   + (SELECT count(*) FROM relation r WHERE r.target = e.rowid)"
        "   + (SELECT count(DISTINCT m.source) FROM mention m WHERE m.target = e.rowid) AS score"
        "  FROM entity e WHERE e.kind = 'condition')"
        " ORDER BY score DESC, sort_key, rowid LIMIT ?"));
    q.addBindValue(kCommonTopics);
    return q.exec() || fail(q, error);
}

} // namespace

QChar ListIndexWriter::letterOf(const QString &sortKey)
{
    const QChar first = sortKey.isEmpty() ? QChar() : sortKey.at(0).toLower();
    if (first >= QLatin1Char('a') && first <= QLatin1Char('z'))
        return first.toUpper();
    return QLatin1Char('#');
}

bool ListIndexWriter::build(QSqlDatabase db, QString *error)
{
    return writeLists(db, error) && writeCommonTopics(db, error);
}

} // namespace huanjiao
