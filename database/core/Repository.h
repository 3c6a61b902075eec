// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entity.h"

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

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

    // Lists by position, from the tables the builder precomputes (ListIndexWriter).
    // A scope is 0 for every entity of the kind, or a department's rowid for the
    // entities of that department and of the departments under it. Each call is
    // an index lookup, whatever the size of the list.
    int listSize(Kind kind, qint64 scope = 0) const;
    QList<EntityRef> listRange(Kind kind, qint64 scope, int first, int count) const;
    struct Letter
    {
        QChar letter; // 'A'..'Z' or '#'
        int position = 0; // of the first entry with this initial
        int count = 0;
    };
    QList<Letter> letters(Kind kind, qint64 scope = 0) const;

    // The conditions most written about, for the home page.
    QList<EntityRef> commonTopics(int limit) const;
    // The entities whose text mentions this one, in rowid order, at most `limit`.
    QList<EntityRef> backlinks(qint64 rowid, int limit) const;

    QList<EntityRef> departmentPath(qint64 department) const;
    qint64 departmentOf(qint64 rowid) const; // the entity's department column, 0 if none
    QList<EntityRef> childDepartments(qint64 department) const; // 0: the top level
    struct Department
    {
        EntityRef ref;
        qint64 parent = 0; // 0 at the top level
        int conditions = 0; // list sizes, sub-departments included
        int doctors = 0;
    };
    // Every department in one query, in content order: departments are few,
    // and the tree built from this is needed as the first window is made.
    QList<Department> departments() const;

    // The first query that failed since the last clearError(), for people
    // (the file is damaged or lost a table): what was returned since then
    // may be missing rows. Empty when every query ran.
    QString error() const { return m_error; }
    void clearError() const { m_error.clear(); }

private:
    // Incoming relations are cut at a page's worth per type; `cut` gets the types that were.
    QList<Relation> relations(qint64 rowid, bool incoming, QList<RelationType> *cut = nullptr) const;
    QList<Mention> mentions(qint64 rowid) const;
    QList<EntityRef> refs(QSqlQuery &query) const;

    bool run(QSqlQuery &query) const;
    void noteError(const QSqlQuery &query) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace huanjiao
