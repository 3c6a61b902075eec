// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaCheck.h"

#include "ExpectedSchema.h"

#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace huanjiao {

namespace {

struct SchemaObject
{
    QString type; // table or index
    QString table; // the table an index is on
    QString sql; // for virtual tables: how they were made
    QStringList columns;
};

using Schema = QMap<QString, SchemaObject>;

// The file's tables and indexes, without their columns.
Schema readObjects(QSqlDatabase db)
{
    Schema schema;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"
                               " WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")))
        return schema;
    while (q.next())
        schema.insert(q.value(1).toString(),
                      {q.value(0).toString(), q.value(2).toString(), q.value(3).toString(), {}});
    return schema;
}

// Each object's columns: a statement per object, needed only when the file
// differs from what this build writes.
void readColumns(QSqlDatabase db, Schema *schema)
{
    QSqlQuery columns(db);
    for (auto it = schema->begin(); it != schema->end(); ++it) {
        columns.prepare(it->type == QLatin1String("index") ? QStringLiteral("SELECT name FROM pragma_index_info(?)")
                                                            : QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        columns.addBindValue(it.key());
        if (columns.exec()) {
            while (columns.next())
                it->columns.append(columns.value(0).toString());
        }
    }
}

// What this build writes: DatabaseSchema's statements, as huanjiao-schema
// found them in SQLite's schema table at build time.
const Schema &expectedSchema()
{
    static const Schema schema = [] {
        Schema expected;
        for (std::size_t i = 0; i < ExpectedSchema::objectCount; ++i) {
            const ExpectedSchema::Object &o = ExpectedSchema::objects[i];
            const QString columns = QLatin1String(o.columns);
            expected.insert(QLatin1String(o.name),
                            {QLatin1String(o.type), QLatin1String(o.table), QLatin1String(o.sql),
                             columns.isEmpty() ? QStringList() : columns.split(QLatin1Char(','))});
        }
        return expected;
    }();
    return schema;
}

// Made by this build's statements, word for word: then its columns are too.
bool sameAsBuilt(const Schema &actual)
{
    const Schema &expected = expectedSchema();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend() || found->type != it->type || found->table != it->table || found->sql != it->sql)
            return false;
    }
    return true;
}

} // namespace

bool SchemaCheck::madeByThisBuild(QSqlDatabase content)
{
    const Schema objects = readObjects(content);
    return !objects.isEmpty() && sameAsBuilt(objects);
}

QString SchemaCheck::problem(QSqlDatabase content)
{
    Schema actual = readObjects(content);
    if (actual.isEmpty())
        return tr("its list of tables cannot be read");
    if (sameAsBuilt(actual))
        return {};
    // Made another way (another SQLite, a hand-made file, a damaged one):
    // the columns decide, and say what is wrong.
    readColumns(content, &actual);
    const Schema &expected = expectedSchema();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        const bool index = it->type == QLatin1String("index");
        if (found == actual.cend() || found->type != it->type)
            return index ? tr("the index %1 is missing").arg(it.key()) : tr("the table %1 is missing").arg(it.key());
        if (index && found->table != it->table)
            return tr("the index %1 is not on the table %2").arg(it.key(), it->table);
        if (found->columns != it->columns) {
            for (const QString &column : it->columns) {
                if (!found->columns.contains(column))
                    return tr("the %1 %2 has no column %3")
                        .arg(index ? tr("index") : tr("table"), it.key(), column);
            }
            return tr("the %1 %2 has other columns than this version of Huanjiao writes (%3)")
                .arg(index ? tr("index") : tr("table"), it.key(), found->columns.join(QStringLiteral(", ")));
        }
        // A full-text table made with another tokenizer would find other words.
        if (it->sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE")) && found->sql != it->sql)
            return tr("the full-text index %1 is not made as this version of Huanjiao makes it").arg(it.key());
    }
    return {};
}

QString SchemaCheck::fullTextProblem(const QString &path)
{
    // FTS5 checks itself only on a connection that may write, and the
    // content database is only ever opened read-only: the check runs on a
    // copy of the file in memory, on a connection of its own.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("the file cannot be read again (%1)").arg(file.errorString());
    const qint64 size = file.size();
    auto *bytes = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(size)));
    if (!bytes)
        return tr("not enough memory to check the full-text index");
    if (file.read(reinterpret_cast<char *>(bytes), size) != size) {
        sqlite3_free(bytes);
        return tr("the file cannot be read again (%1)").arg(file.errorString());
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_free(bytes);
        sqlite3_close(db);
        return tr("not enough memory to check the full-text index");
    }
    // The copy is freed with the connection, also when deserializing fails.
    if (sqlite3_deserialize(db, "main", bytes, size, size, SQLITE_DESERIALIZE_FREEONCLOSE) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return why;
    }
    QString problem;
    for (auto it = expectedSchema().cbegin(); it != expectedSchema().cend() && problem.isEmpty(); ++it) {
        if (!it->sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE")))
            continue;
        // The table name is ours (from the writers' statements), not from the file.
        const QByteArray sql = QStringLiteral("INSERT INTO \"%1\"(\"%1\") VALUES('integrity-check')").arg(it.key()).toUtf8();
        char *message = nullptr;
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK)
            problem = tr("the full-text index %1 is damaged (%2)")
                          .arg(it.key(), QString::fromUtf8(message ? message : sqlite3_errmsg(db)));
        sqlite3_free(message);
    }
    sqlite3_close(db);
    return problem;
}

} // namespace huanjiao
