// SPDX-License-Identifier: GPL-3.0-or-later
#include "Repository.h"

#include "ContentSchema.h"
#include "ContentValidator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace huanjiao {

namespace {

// Incoming relations can be many (every doctor of a large hospital, every
// condition a drug is given for); a page shows this many of each type, read
// in index order, and never waits on all of them.
constexpr int kIncomingLimit = 60;

const QString kRefColumns = QStringLiteral("e.rowid, e.kind, e.slug, e.name, e.subtitle");

EntityRef readRef(const QSqlQuery &q, int first = 0)
{
    EntityRef ref;
    ref.rowid = q.value(first).toLongLong();
    kindFromName(q.value(first + 1).toString(), &ref.kind);
    ref.id = q.value(first + 2).toString();
    ref.name = q.value(first + 3).toString();
    ref.subtitle = q.value(first + 4).toString();
    return ref;
}

} // namespace

Repository::Repository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool Repository::run(QSqlQuery &query) const
{
    // A failed prepare (a table or column gone) says why; exec() would only
    // say the parameters no longer fit.
    if (query.lastError().isValid()) {
        noteError(query);
        return false;
    }
    if (query.exec())
        return true;
    noteError(query);
    return false;
}

void Repository::noteError(const QSqlQuery &query) const
{
    if (!query.lastError().isValid() || !m_error.isEmpty())
        return;
    m_error = QCoreApplication::translate("Repository",
                                          "The content database could not be read (%1). It may be damaged: rebuild "
                                          "it or reinstall the content package.")
                  .arg(query.lastError().text());
    qWarning("%s", qPrintable(m_error));
}

EntityRef Repository::ref(Kind kind, const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM entity e WHERE e.kind = ? AND e.slug = ?").arg(kRefColumns));
    q.addBindValue(kindName(kind));
    q.addBindValue(id);
    if (run(q) && q.next())
        return readRef(q);
    return {};
}

std::optional<Entity> Repository::entity(Kind kind, const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, e.english, e.summary, e.department, e.parent, e.source, e.reviewed,"
                             " e.status FROM entity e WHERE e.kind = ? AND e.slug = ?")
                  .arg(kRefColumns));
    q.addBindValue(kindName(kind));
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return std::nullopt;

    Entity entity;
    entity.ref = readRef(q);
    entity.english = q.value(5).toString();
    entity.summary = q.value(6).toString();
    const qint64 department = q.value(7).toLongLong();
    const qint64 parent = q.value(8).toLongLong();
    const qint64 source = q.value(9).toLongLong();
    entity.reviewed = q.value(10).toString();
    entity.status = q.value(11).toString();
    const qint64 rowid = entity.ref.rowid;

    if (department)
        entity.departmentPath = departmentPath(department);
    else if (kind == Kind::Department && parent)
        entity.departmentPath = departmentPath(parent);
    auto byRowid = [this](qint64 r) {
        QSqlQuery s(m_db);
        s.prepare(QStringLiteral("SELECT %1 FROM entity e WHERE e.rowid = ?").arg(kRefColumns));
        s.addBindValue(r);
        return run(s) && s.next() ? readRef(s) : EntityRef{};
    };
    if (parent)
        entity.parent = byRowid(parent);
    if (source)
        entity.source = byRowid(source);

    q.prepare(QStringLiteral("SELECT name FROM alias WHERE entity = ? ORDER BY ord"));
    q.addBindValue(rowid);
    if (run(q)) {
        while (q.next())
            entity.aliases.append(q.value(0).toString());
    }

    q.prepare(QStringLiteral("SELECT key, value FROM field WHERE entity = ?"));
    q.addBindValue(rowid);
    QHash<QString, QString> fields;
    if (run(q)) {
        while (q.next())
            fields.insert(q.value(0).toString(), q.value(1).toString());
    }
    for (const auto &spec : ContentSchema::fields(kind)) {
        if (fields.contains(spec.key) && !ContentSchema::isEntityMemberField(spec.key))
            entity.fields.append({spec.key, fields.value(spec.key)});
    }
    entity.updated = fields.value(QStringLiteral("updated"));
    entity.reviewer = fields.value(QStringLiteral("reviewer"));
    entity.layNames = ContentValidator::splitList(fields.value(QStringLiteral("lay-names")));
    // A database built before the field was renamed keeps the old name.
    entity.searchTerms = ContentValidator::splitList(fields.value(QStringLiteral("search-terms")))
        + ContentValidator::splitList(fields.value(QStringLiteral("miswritings")));
    entity.symptomWords = ContentValidator::splitList(fields.value(QStringLiteral("symptom-words")));

    q.prepare(QStringLiteral("SELECT s.key, s.body, i.type, i.title, i.body FROM section s"
                             " LEFT JOIN section_item i ON i.section = s.rowid"
                             " WHERE s.entity = ? ORDER BY s.ord, i.ord"));
    q.addBindValue(rowid);
    if (run(q)) {
        while (q.next()) {
            const QString key = q.value(0).toString();
            if (entity.sections.isEmpty() || entity.sections.last().key != key)
                entity.sections.append({key, q.value(1).toString(), {}});
            if (!q.value(3).isNull())
                entity.sections.last().items.append(
                    {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
        }
    }
    entity.relations = relations(rowid, false) + relations(rowid, true, &entity.moreIncoming);
    entity.mentions = mentions(rowid);
    return entity;
}

QList<Relation> Repository::relations(qint64 rowid, bool incoming, QList<RelationType> *cut) const
{
    // The card field of each kind comes along in the same query: a page shows
    // a doctor's specialty or a drug's indications under its name.
    QString cardCase = QStringLiteral("CASE e.kind");
    QList<QPair<QString, QString>> cards;
    for (Kind kind : allKinds()) {
        const QString key = ContentSchema::cardField(kind);
        if (!key.isEmpty()) {
            cardCase += QStringLiteral(" WHEN ? THEN ?");
            cards.append({kindName(kind), key});
        }
    }
    cardCase += QStringLiteral(" ELSE '' END");
    const QString select = QStringLiteral("SELECT r.type, %1, e.summary, f.value, e.sort_key FROM relation r"
                                          " JOIN entity e ON e.rowid = %2"
                                          " LEFT JOIN field f ON f.entity = e.rowid AND f.key = (%3)")
                               .arg(kRefColumns, incoming ? QStringLiteral("r.source") : QStringLiteral("r.target"),
                                    cardCase);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto bindCards = [&] {
        for (const auto &[kind, key] : cards) {
            q.addBindValue(kind);
            q.addBindValue(key);
        }
    };
    auto read = [&](QList<QPair<QString, Relation>> *into) {
        while (q.next()) {
            // A type this program does not know (a newer database) is left out.
            const std::optional<RelationType> type = relationTypeFromName(q.value(0).toString());
            if (type)
                into->append({q.value(8).toString(), {*type, incoming, readRef(q, 1), q.value(6).toString(),
                                                      q.value(7).toString()}});
        }
    };
    QList<Relation> list;
    if (!incoming) {
        q.prepare(select + QStringLiteral(" WHERE r.source = ? ORDER BY r.type, r.ord"));
        bindCards();
        q.addBindValue(rowid);
        QList<QPair<QString, Relation>> rows;
        if (run(q))
            read(&rows);
        for (const auto &row : rows)
            list.append(row.second);
        return list;
    }
    // One bounded index range per type (relation_target), then in name order.
    q.prepare(select + QStringLiteral(" WHERE r.target = ? AND r.type = ? ORDER BY r.rowid LIMIT ?"));
    for (RelationType type : allRelationTypes()) {
        bindCards();
        q.addBindValue(rowid);
        q.addBindValue(relationTypeName(type));
        q.addBindValue(kIncomingLimit + 1);
        QList<QPair<QString, Relation>> rows;
        if (!run(q))
            continue;
        read(&rows);
        if (rows.size() > kIncomingLimit) {
            rows.removeLast();
            if (cut)
                cut->append(type);
        }
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second.other.rowid < b.second.other.rowid;
        });
        for (const auto &row : rows)
            list.append(row.second);
    }
    return list;
}

QList<Mention> Repository::mentions(qint64 rowid) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.section, m.unit, m.start, m.size, %1 FROM mention m"
                             " JOIN entity e ON e.rowid = m.target WHERE m.source = ?"
                             " ORDER BY m.section, m.unit, m.start")
                  .arg(kRefColumns));
    q.addBindValue(rowid);
    QList<Mention> list;
    if (run(q)) {
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
                         readRef(q, 4)});
    }
    return list;
}

QList<EntityRef> Repository::refs(QSqlQuery &q) const
{
    QList<EntityRef> list;
    if (run(q)) {
        while (q.next())
            list.append(readRef(q));
        if (q.lastError().isValid())
            noteError(q);
    }
    return list;
}

int Repository::listSize(Kind kind, qint64 scope) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(sum(count), 0) FROM list_letter WHERE scope = ? AND kind = ?"));
    q.addBindValue(scope);
    q.addBindValue(kindName(kind));
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

QList<EntityRef> Repository::listRange(Kind kind, qint64 scope, int first, int count) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM list_entry l JOIN entity e ON e.rowid = l.entity"
                             " WHERE l.scope = ? AND l.kind = ? AND l.position >= ? AND l.position < ?"
                             " ORDER BY l.position")
                  .arg(kRefColumns));
    q.addBindValue(scope);
    q.addBindValue(kindName(kind));
    q.addBindValue(first);
    q.addBindValue(first + count);
    return refs(q);
}

QList<Repository::Letter> Repository::letters(Kind kind, qint64 scope) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT letter, position, count FROM list_letter WHERE scope = ? AND kind = ?"
                             " ORDER BY position"));
    q.addBindValue(scope);
    q.addBindValue(kindName(kind));
    QList<Letter> list;
    if (run(q)) {
        while (q.next()) {
            const QString letter = q.value(0).toString();
            if (!letter.isEmpty())
                list.append({letter.at(0), q.value(1).toInt(), q.value(2).toInt()});
        }
    }
    return list;
}

QList<EntityRef> Repository::commonTopics(int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM common_topic c JOIN entity e ON e.rowid = c.entity"
                             " ORDER BY c.rank LIMIT ?")
                  .arg(kRefColumns));
    q.addBindValue(limit);
    return refs(q);
}

QList<EntityRef> Repository::backlinks(qint64 rowid, int limit) const
{
    // DISTINCT over the (target, source) index in its own order: bounded by
    // `limit` however many pages mention a popular entity.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM (SELECT DISTINCT source FROM mention WHERE target = ?"
                             " ORDER BY source LIMIT ?) m JOIN entity e ON e.rowid = m.source"
                             " ORDER BY e.rowid")
                  .arg(kRefColumns));
    q.addBindValue(rowid);
    q.addBindValue(limit);
    return refs(q);
}

QList<EntityRef> Repository::departmentPath(qint64 department) const
{
    QList<EntityRef> path;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, e.parent FROM entity e WHERE e.rowid = ?").arg(kRefColumns));
    // Bounded walk up the tree: the builder rejects loops, a damaged file must not hang us.
    for (int depth = 0; department && depth < 16; ++depth) {
        q.addBindValue(department);
        if (!run(q) || !q.next())
            break;
        path.prepend(readRef(q));
        department = q.value(5).toLongLong();
    }
    return path;
}

qint64 Repository::departmentOf(qint64 rowid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT department FROM entity WHERE rowid = ?"));
    q.addBindValue(rowid);
    return run(q) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<EntityRef> Repository::childDepartments(qint64 department) const
{
    QSqlQuery q(m_db);
    // The indexes find the few departments; "ORDER BY +rowid" keeps SQLite from
    // walking the whole table in rowid order to find them (25 ms at 100,000 topics).
    q.prepare(department
                  ? QStringLiteral("SELECT %1 FROM entity e WHERE e.kind = 'department' AND e.parent = ?"
                                   " ORDER BY +e.rowid")
                        .arg(kRefColumns)
                  : QStringLiteral("SELECT %1 FROM entity e WHERE e.kind = 'department' AND e.parent IS NULL"
                                   " ORDER BY +e.rowid")
                        .arg(kRefColumns));
    if (department)
        q.addBindValue(department);
    QList<EntityRef> list;
    if (run(q)) {
        while (q.next())
            list.append(readRef(q));
    }
    return list;
}

QList<Repository::Department> Repository::departments() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, coalesce(e.parent, 0),"
                             " (SELECT coalesce(sum(count), 0) FROM list_letter WHERE scope = e.rowid AND kind = ?),"
                             " (SELECT coalesce(sum(count), 0) FROM list_letter WHERE scope = e.rowid AND kind = ?)"
                             " FROM entity e WHERE e.kind = ? ORDER BY +e.rowid")
                  .arg(kRefColumns));
    q.addBindValue(kindName(Kind::Condition));
    q.addBindValue(kindName(Kind::Doctor));
    q.addBindValue(kindName(Kind::Department));
    QList<Department> list;
    if (run(q)) {
        while (q.next())
            list.append({readRef(q), q.value(5).toLongLong(), q.value(6).toInt(), q.value(7).toInt()});
    }
    return list;
}

} // namespace huanjiao
