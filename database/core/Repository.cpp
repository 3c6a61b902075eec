#include "Repository.h"

#include "ContentSchema.h"

#include <QSqlQuery>
#include <QVariant>

namespace huanjiao {

namespace {

// Incoming relations can be many (every doctor of a large hospital); a page
// shows the first ones and never waits on all of them.
constexpr int kIncomingLimit = 500;

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

EntityRef Repository::ref(Kind kind, const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM entity e WHERE e.kind = ? AND e.slug = ?").arg(kRefColumns));
    q.addBindValue(kindName(kind));
    q.addBindValue(id);
    if (q.exec() && q.next())
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
    if (!q.exec() || !q.next())
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
        return s.exec() && s.next() ? readRef(s) : EntityRef{};
    };
    if (parent)
        entity.parent = byRowid(parent);
    if (source)
        entity.source = byRowid(source);

    q.prepare(QStringLiteral("SELECT name FROM alias WHERE entity = ? ORDER BY ord"));
    q.addBindValue(rowid);
    if (q.exec()) {
        while (q.next())
            entity.aliases.append(q.value(0).toString());
    }

    q.prepare(QStringLiteral("SELECT key, value FROM field WHERE entity = ?"));
    q.addBindValue(rowid);
    QHash<QString, QString> fields;
    if (q.exec()) {
        while (q.next())
            fields.insert(q.value(0).toString(), q.value(1).toString());
    }
    for (const auto &spec : ContentSchema::fields(kind)) {
        if (fields.contains(spec.key))
            entity.fields.append({spec.key, fields.value(spec.key)});
    }

    q.prepare(QStringLiteral("SELECT s.key, s.body, i.type, i.title, i.body FROM section s"
                             " LEFT JOIN section_item i ON i.section = s.rowid"
                             " WHERE s.entity = ? ORDER BY s.ord, i.ord"));
    q.addBindValue(rowid);
    if (q.exec()) {
        while (q.next()) {
            const QString key = q.value(0).toString();
            if (entity.sections.isEmpty() || entity.sections.last().key != key)
                entity.sections.append({key, q.value(1).toString(), {}});
            if (!q.value(3).isNull())
                entity.sections.last().items.append(
                    {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
        }
    }
    entity.relations = relations(rowid, false) + relations(rowid, true);
    return entity;
}

QList<Relation> Repository::relations(qint64 rowid, bool incoming) const
{
    QSqlQuery q(m_db);
    q.prepare(incoming ? QStringLiteral("SELECT r.type, %1 FROM relation r JOIN entity e ON e.rowid = r.source"
                                        " WHERE r.target = ? ORDER BY r.type, e.sort_key, e.rowid LIMIT %2")
                             .arg(kRefColumns)
                             .arg(kIncomingLimit)
                       : QStringLiteral("SELECT r.type, %1 FROM relation r JOIN entity e ON e.rowid = r.target"
                                        " WHERE r.source = ? ORDER BY r.type, r.ord")
                             .arg(kRefColumns));
    q.addBindValue(rowid);
    QList<Relation> list;
    if (q.exec()) {
        while (q.next())
            list.append({q.value(0).toString(), incoming, readRef(q, 1)});
    }
    return list;
}

QList<EntityRef> Repository::page(Kind kind, const Cursor &after, int limit, qint64 department,
                                  Cursor *last) const
{
    QString sql = QStringLiteral("SELECT %1, e.sort_key FROM entity e WHERE e.kind = ?").arg(kRefColumns);
    if (department)
        sql += QStringLiteral(" AND e.department = ?");
    if (after.rowid)
        sql += QStringLiteral(" AND (e.sort_key, e.rowid) > (?, ?)");
    sql += QStringLiteral(" ORDER BY e.sort_key, e.rowid LIMIT ?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(kindName(kind));
    if (department)
        q.addBindValue(department);
    if (after.rowid) {
        q.addBindValue(after.sortKey);
        q.addBindValue(after.rowid);
    }
    q.addBindValue(limit);
    QList<EntityRef> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        list.append(readRef(q));
        if (last)
            *last = {q.value(5).toString(), list.last().rowid};
    }
    return list;
}

int Repository::count(Kind kind, qint64 department) const
{
    QSqlQuery q(m_db);
    q.prepare(department ? QStringLiteral("SELECT count(*) FROM entity WHERE kind = ? AND department = ?")
                         : QStringLiteral("SELECT count(*) FROM entity WHERE kind = ?"));
    q.addBindValue(kindName(kind));
    if (department)
        q.addBindValue(department);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<EntityRef> Repository::departmentPath(qint64 department) const
{
    QList<EntityRef> path;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, e.parent FROM entity e WHERE e.rowid = ?").arg(kRefColumns));
    // Bounded walk up the tree: the builder rejects loops, a damaged file must not hang us.
    for (int depth = 0; department && depth < 16; ++depth) {
        q.addBindValue(department);
        if (!q.exec() || !q.next())
            break;
        path.prepend(readRef(q));
        department = q.value(5).toLongLong();
    }
    return path;
}

QList<EntityRef> Repository::childDepartments(qint64 department) const
{
    QSqlQuery q(m_db);
    q.prepare(department
                  ? QStringLiteral("SELECT %1 FROM entity e WHERE e.kind = 'department' AND e.parent = ?"
                                   " ORDER BY e.rowid")
                        .arg(kRefColumns)
                  : QStringLiteral("SELECT %1 FROM entity e WHERE e.kind = 'department' AND e.parent IS NULL"
                                   " ORDER BY e.rowid")
                        .arg(kRefColumns));
    if (department)
        q.addBindValue(department);
    QList<EntityRef> list;
    if (q.exec()) {
        while (q.next())
            list.append(readRef(q));
    }
    return list;
}

} // namespace huanjiao
