// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseSchema.h"

namespace huanjiao::DatabaseSchema {

QStringList createStatements()
{
    return {
        QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        // One table for every kind keeps lists, links and search uniform; the
        // kind-specific text lives in `field`.
        QStringLiteral("CREATE TABLE entity("
                       " rowid INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " slug TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " english TEXT NOT NULL DEFAULT '',"
                       " summary TEXT NOT NULL DEFAULT '',"
                       " department INTEGER REFERENCES entity(rowid),"
                       " parent INTEGER REFERENCES entity(rowid),"
                       " source INTEGER REFERENCES entity(rowid),"
                       " reviewed TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT '',"
                       " subtitle TEXT NOT NULL DEFAULT '',"  // derived at build time for lists
                       " sort_key TEXT NOT NULL DEFAULT '',"
                       " UNIQUE(kind, slug))"),
        QStringLiteral("CREATE INDEX entity_kind_sort ON entity(kind, sort_key, rowid)"),
        QStringLiteral("CREATE INDEX entity_department ON entity(department, kind)"),
        QStringLiteral("CREATE INDEX entity_parent ON entity(parent)"),
        QStringLiteral("CREATE TABLE alias(entity INTEGER NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL,"
                       " PRIMARY KEY(entity, ord)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE field(entity INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                       " PRIMARY KEY(entity, key)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE section(rowid INTEGER PRIMARY KEY, entity INTEGER NOT NULL,"
                       " ord INTEGER NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX section_entity ON section(entity, ord)"),
        QStringLiteral("CREATE TABLE section_item(section INTEGER NOT NULL, ord INTEGER NOT NULL,"
                       " type TEXT NOT NULL DEFAULT '', title TEXT NOT NULL, body TEXT NOT NULL,"
                       " PRIMARY KEY(section, ord)) WITHOUT ROWID"),
        // A rowid table: SQLite 3.40.1's integrity_check misreports NULLs in a
        // WITHOUT ROWID table that has a secondary index on a non-key column.
        QStringLiteral("CREATE TABLE relation(source INTEGER NOT NULL, type TEXT NOT NULL,"
                       " target INTEGER NOT NULL, ord INTEGER NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX relation_source ON relation(source, type, ord)"),
        QStringLiteral("CREATE INDEX relation_target ON relation(target, type)"),
    };
}

} // namespace huanjiao::DatabaseSchema
