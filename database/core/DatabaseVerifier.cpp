// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseVerifier.h"

#include "ContentDatabase.h"
#include "SchemaCheck.h"
#include "ContentSchema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace huanjiao {

namespace {

// Each query counts rows that break one rule; all must count zero.
struct Rule
{
    const char *what;
    const char *sql;
};

constexpr Rule kRules[] = {
    {QT_TRANSLATE_NOOP("DatabaseVerifier", "relations whose source record is missing"),
     "SELECT count(*) FROM relation r WHERE NOT EXISTS (SELECT 1 FROM entity e WHERE e.rowid = r.source)"},
    {QT_TRANSLATE_NOOP("DatabaseVerifier", "relations whose target record is missing"),
     "SELECT count(*) FROM relation r WHERE NOT EXISTS (SELECT 1 FROM entity e WHERE e.rowid = r.target)"},
    {QT_TRANSLATE_NOOP("DatabaseVerifier", "records whose department is missing or not a department"),
     "SELECT count(*) FROM entity e WHERE e.department IS NOT NULL AND NOT EXISTS"
     " (SELECT 1 FROM entity d WHERE d.rowid = e.department AND d.kind = 'department')"},
    {QT_TRANSLATE_NOOP("DatabaseVerifier", "departments whose parent is missing or not a department"),
     "SELECT count(*) FROM entity e WHERE e.parent IS NOT NULL AND NOT EXISTS"
     " (SELECT 1 FROM entity d WHERE d.rowid = e.parent AND d.kind = 'department')"},
    {QT_TRANSLATE_NOOP("DatabaseVerifier", "records whose source is missing or not a source"),
     "SELECT count(*) FROM entity e WHERE e.source IS NOT NULL AND NOT EXISTS"
     " (SELECT 1 FROM entity d WHERE d.rowid = e.source AND d.kind = 'source')"},
    {QT_TRANSLATE_NOOP("DatabaseVerifier", "aliases of missing records"),
     "SELECT count(*) FROM alias a WHERE NOT EXISTS (SELECT 1 FROM entity e WHERE e.rowid = a.entity)"},
    {QT_TRANSLATE_NOOP("DatabaseVerifier", "fields of missing records"),
     "SELECT count(*) FROM field f WHERE NOT EXISTS (SELECT 1 FROM entity e WHERE e.rowid = f.entity)"},
    {QT_TRANSLATE_NOOP("DatabaseVerifier", "sections of missing records"),
     "SELECT count(*) FROM section s WHERE NOT EXISTS (SELECT 1 FROM entity e WHERE e.rowid = s.entity)"},
    {QT_TRANSLATE_NOOP("DatabaseVerifier", "items of missing sections"),
     "SELECT count(*) FROM section_item i WHERE NOT EXISTS (SELECT 1 FROM section s WHERE s.rowid = i.section)"},
};

qint64 count(QSqlQuery &q, bool *ok)
{
    *ok = q.exec() && q.next();
    return *ok ? q.value(0).toLongLong() : 0;
}

} // namespace

bool DatabaseVerifier::verify(const QString &path, QString *error)
{
    OpenError openError;
    const auto database = ContentDatabase::open(path, &openError);
    if (!database) {
        *error = openError.message();
        return false;
    }
    const QSqlDatabase db = database->database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()
        || q.value(0).toString() != QLatin1String("ok")) {
        *error = tr("%1 failed SQLite's integrity check: %2")
                     .arg(path, q.lastError().isValid() ? q.lastError().text() : q.value(0).toString());
        return false;
    }
    // integrity_check does not look inside the full-text indexes (SQLite 3.40).
    if (const QString problem = SchemaCheck::fullTextProblem(path); !problem.isEmpty()) {
        *error = tr("%1 failed the full-text index check: %2").arg(path, problem);
        return false;
    }
    bool ok = true;
    for (const Rule &rule : kRules) {
        q.prepare(QLatin1String(rule.sql));
        const qint64 bad = count(q, &ok);
        if (!ok || bad > 0) {
            *error = ok ? tr("%1 has %2: %3").arg(path, tr(rule.what)).arg(bad)
                        : tr("%1 cannot be checked: %2").arg(path, q.lastError().text());
            return false;
        }
    }
    // Every relation is one the schema knows, and points at the kind it names.
    QStringList known;
    for (Kind kind : allKinds()) {
        for (const auto &spec : ContentSchema::fields(kind)) {
            if (spec.type != ContentSchema::FieldType::Relation || !spec.inverseOf.isEmpty())
                continue;
            known.append(kindName(kind) + QLatin1Char('/') + spec.key);
            q.prepare(QStringLiteral("SELECT count(*) FROM relation r JOIN entity s ON s.rowid = r.source"
                                     " JOIN entity t ON t.rowid = r.target"
                                     " WHERE s.kind = ? AND r.type = ? AND t.kind <> ?"));
            q.addBindValue(kindName(kind));
            q.addBindValue(spec.key);
            q.addBindValue(kindName(spec.refKind));
            const qint64 bad = count(q, &ok);
            if (!ok || bad > 0) {
                *error = tr("%1 has %2 '%3' relation(s) of a %4 that do not point at a %5")
                             .arg(path)
                             .arg(bad)
                             .arg(spec.key, kindName(kind), kindName(spec.refKind));
                return false;
            }
        }
    }
    q.prepare(QStringLiteral("SELECT DISTINCT s.kind || '/' || r.type FROM relation r"
                             " JOIN entity s ON s.rowid = r.source"));
    if (!q.exec()) {
        *error = tr("%1 cannot be checked: %2").arg(path, q.lastError().text());
        return false;
    }
    while (q.next()) {
        if (!known.contains(q.value(0).toString())) {
            *error = tr("%1 has relations of an unknown type: %2").arg(path, q.value(0).toString());
            return false;
        }
    }
    return true;
}

} // namespace huanjiao
