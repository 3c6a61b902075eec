#pragma once

#include "Entity.h"

#include <QSqlDatabase>

#include <optional>

namespace huanjiao {

// Read-only queries over a content database. Cheap to construct; use one per
// thread, on that thread's connection.
class Repository
{
public:
    explicit Repository(QSqlDatabase db);

    std::optional<Entity> entity(Kind kind, const QString &id) const;
    EntityRef ref(Kind kind, const QString &id) const;

    // Position in a list ordered by sort key; lists page forward from one.
    struct Cursor
    {
        QString sortKey;
        qint64 rowid = 0;
    };
    // Up to `limit` entities of a kind after `after` (from the start when rowid is 0),
    // optionally only those of a department. Keyset paging keeps every page equally fast.
    QList<EntityRef> page(Kind kind, const Cursor &after, int limit, qint64 department = 0,
                          Cursor *last = nullptr) const;
    int count(Kind kind, qint64 department = 0) const;

    QList<EntityRef> departmentPath(qint64 department) const;
    QList<EntityRef> childDepartments(qint64 department) const; // 0: the top level

private:
    QList<Relation> relations(qint64 rowid, bool incoming) const;

    QSqlDatabase m_db;
};

} // namespace huanjiao
