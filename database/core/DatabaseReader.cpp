// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseReader.h"

#include "ContentSchema.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace huanjiao {

using namespace ContentSchema;

namespace {

// A forward-only query over rows ordered by entity rowid (column 0), read in
// step with the entity table so that nothing is held for more than one record.
class RowsByEntity
{
public:
    RowsByEntity(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.exec(sql);
        m_valid = m_ok && m_query.next();
    }

    bool ok() const { return m_ok; }
    QString errorText() const { return m_query.lastError().text(); }
    // True while the current row belongs to `entity`; skips rows of earlier ones.
    bool at(qint64 entity)
    {
        while (m_valid && m_query.value(0).toLongLong() < entity)
            m_valid = m_query.next();
        return m_valid && m_query.value(0).toLongLong() == entity;
    }
    QVariant value(int column) const { return m_query.value(column); }
    void next() { m_valid = m_query.next(); }

private:
    QSqlQuery m_query;
    bool m_ok = false;
    bool m_valid = false;
};

struct Key
{
    Kind kind = Kind::Condition;
    QString id;
};

class Reader
{
public:
    Reader(const QSqlDatabase &db, const QString &path)
        : m_db(db)
        , m_path(path)
    {
    }

    bool run(ContentSet *set, QString *error, const Progress &progress)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT rowid, kind, slug FROM entity"))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            Key key{Kind::Condition, q.value(2).toString()};
            if (!kindFromName(q.value(1).toString(), &key.kind)) {
                *error = DatabaseReader::tr("%1 holds a record of an unknown kind '%2'")
                             .arg(m_path, q.value(1).toString());
                return false;
            }
            m_keys.insert(q.value(0).toLongLong(), key);
        }

        RowsByEntity aliases(m_db, QStringLiteral("SELECT entity, name FROM alias ORDER BY entity, ord"));
        RowsByEntity fieldRows(m_db, QStringLiteral("SELECT entity, key, value FROM field ORDER BY entity"));
        RowsByEntity relations(m_db,
                               QStringLiteral("SELECT source, type, target FROM relation ORDER BY source, type, ord"));
        RowsByEntity sections(m_db, QStringLiteral("SELECT s.entity, s.rowid, s.key, s.body, i.type, i.title, i.body"
                                                   " FROM section s LEFT JOIN section_item i ON i.section = s.rowid"
                                                   " ORDER BY s.entity, s.ord, i.ord"));
        for (const RowsByEntity *rows : {&aliases, &fieldRows, &relations, &sections}) {
            if (!rows->ok()) {
                *error = rows->errorText();
                return false;
            }
        }
        if (!q.exec(QStringLiteral("SELECT rowid, name, english, summary, department, parent, source, reviewed,"
                                   " status FROM entity ORDER BY rowid"))) {
            *error = q.lastError().text();
            return false;
        }
        const QString stage = DatabaseReader::tr("Reading %1").arg(m_path);
        const qint64 total = m_keys.size();
        set->records.reserve(total);
        while (q.next()) {
            const qint64 rowid = q.value(0).toLongLong();
            if (set->records.size() % 1024 == 0)
                report(progress, stage, set->records.size(), total);
            const Key key = m_keys.value(rowid);
            SourceRecord record;
            record.file = QStringLiteral("%1 (%2/%3)").arg(m_path, kindName(key.kind), key.id);
            record.kind = kindName(key.kind);
            record.id = key.id;

            QHash<QString, QString> columns{
                {QStringLiteral("name"), q.value(1).toString()},
                {QStringLiteral("english"), q.value(2).toString()},
                {QStringLiteral("summary"), q.value(3).toString()},
                {QStringLiteral("department"), slug(q.value(4))},
                {QStringLiteral("parent"), slug(q.value(5))},
                {QStringLiteral("source"), slug(q.value(6))},
                {QStringLiteral("reviewed"), q.value(7).toString()},
                {QStringLiteral("status"), q.value(8).toString()},
            };
            QStringList aliasList;
            for (; aliases.at(rowid); aliases.next())
                aliasList.append(aliases.value(1).toString());
            columns.insert(QStringLiteral("aliases"), aliasList.join(QStringLiteral(", ")));
            QHash<QString, QString> stored;
            for (; fieldRows.at(rowid); fieldRows.next())
                stored.insert(fieldRows.value(1).toString(), fieldRows.value(2).toString());
            QHash<QString, QStringList> related;
            for (; relations.at(rowid); relations.next()) {
                const Key target = m_keys.value(relations.value(2).toLongLong());
                related[relations.value(1).toString()].append(kindName(target.kind) + QLatin1Char('/') + target.id);
            }

            for (const auto &spec : fields(key.kind)) {
                QString value;
                if (spec.type == FieldType::Relation)
                    value = related.value(spec.key).join(QStringLiteral(", ")); // inverse ones are on the other side
                else if (isColumnField(spec.key))
                    value = columns.value(spec.key);
                else
                    value = stored.value(spec.key);
                if (!value.isEmpty())
                    record.fields.append({spec.key, value, 0});
            }

            qint64 sectionId = -1;
            for (; sections.at(rowid); sections.next()) {
                if (sections.value(1).toLongLong() != sectionId) {
                    sectionId = sections.value(1).toLongLong();
                    record.sections.append({sections.value(2).toString(), sections.value(3).toString(), {}, 0});
                }
                if (!sections.value(5).isNull())
                    record.sections.last().items.append({sections.value(4).toString(), sections.value(5).toString(),
                                                         sections.value(6).toString(), 0});
            }
            set->records.append({key.kind, record});
        }
        report(progress, stage, total, total);
        return true;
    }

private:
    QString slug(const QVariant &rowid) const
    {
        return rowid.isNull() ? QString() : m_keys.value(rowid.toLongLong()).id;
    }

    QSqlDatabase m_db;
    QString m_path;
    QHash<qint64, Key> m_keys;
};

} // namespace

bool DatabaseReader::read(const QString &path, ContentSet *content, QString *error, ContentInfo *info,
                           const Progress &progress)
{
    OpenError openError;
    const auto database = ContentDatabase::open(path, &openError);
    if (!database) {
        *error = openError.message();
        return false;
    }
    const ContentInfo &dbInfo = database->info();
    if (info)
        *info = dbInfo;
    ContentSet set;
    set.meta = dbInfo.layers.value(0);
    set.meta.sample = dbInfo.sample;
    if (dbInfo.layers.size() > 1)
        set.layers = dbInfo.layers;
    if (!Reader(database->database(), path).run(&set, error, progress)) {
        *error = tr("cannot read %1: %2").arg(path, *error);
        return false;
    }
    *content = std::move(set);
    return true;
}

} // namespace huanjiao
