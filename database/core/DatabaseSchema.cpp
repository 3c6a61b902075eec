// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseSchema.h"

namespace huanjiao::DatabaseSchema {

QStringList contentTables()
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
    };
}

// Made once the rows are in (DatabaseWriter): kept up to date row by row, an
// index in another order than the rows' is written all over, and at a
// million conditions no longer fits the page cache.
QStringList contentIndexes()
{
    return {
        QStringLiteral("CREATE INDEX entity_kind_sort ON entity(kind, sort_key, rowid)"),
        QStringLiteral("CREATE INDEX entity_department ON entity(department, kind)"),
        QStringLiteral("CREATE INDEX entity_parent ON entity(parent)"),
        QStringLiteral("CREATE INDEX relation_target ON relation(target, type)"),
    };
}

// SearchIndexWriter's.
QStringList searchTables()
{
    return {
        // Every text an entity is found by (name, alias, lay name, search term,
        // English name, symptom word), once: rowid = length << kLabelLengthShift
        // | place in the build. match: MatchKind's code.
        QStringLiteral("CREATE TABLE search_label(rowid INTEGER PRIMARY KEY, entity INTEGER NOT NULL,"
                       " match INTEGER NOT NULL, text TEXT NOT NULL)"),
        // The keys it is looked up by, exact and by prefix: its own folded
        // text, its pinyin and initials, the distinctive part of a name. The
        // table is its own index (sorted by key, then the shorter label); the
        // entity's kind, department and rank are read from search_doc.
        QStringLiteral("CREATE TABLE search_key(key TEXT NOT NULL, label INTEGER NOT NULL, match INTEGER NOT NULL,"
                       " entity INTEGER NOT NULL, PRIMARY KEY(key, label, match)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE search_doc(rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
                       " department INTEGER NOT NULL, top_department INTEGER NOT NULL, name_length INTEGER NOT NULL,"
                       " popularity INTEGER NOT NULL)"),
        // Figures the query side needs without scanning: the longest name key,
        // so that a question is searched for names of any length.
        QStringLiteral("CREATE TABLE search_info(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID"),
        // The word lexicon (jieba's, built in): how often each word is seen,
        // to read a question the likeliest way before looking for names in it.
        QStringLiteral("CREATE TABLE search_word(word TEXT PRIMARY KEY, frequency INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE VIRTUAL TABLE search_name USING fts5(text, content='', columnsize=0,"
                       " prefix='%1', tokenize='unicode61 remove_diacritics 2')").arg(kPrefixLength),
        // The labels again, in overlapping pairs of characters, each run led
        // by its first character (糖 糖尿 尿病; TextNormalizer::namePairs): a
        // phrase of pairs reads far shorter lists than one of single common
        // characters (原 发 性 ...), 4 to 7 times faster at 100,000 conditions.
        QStringLiteral("CREATE VIRTUAL TABLE search_pair USING fts5(text, content='', columnsize=0,"
                       " prefix='%1', tokenize='unicode61 remove_diacritics 2')").arg(kPrefixLength),
        QStringLiteral("CREATE VIRTUAL TABLE search_body USING fts5(text, content='', columnsize=0,"
                       " prefix='%1', tokenize='unicode61 remove_diacritics 2')").arg(kPrefixLength),
        QStringLiteral("CREATE TABLE search_text(rowid INTEGER PRIMARY KEY, text TEXT NOT NULL)"),
    };
}

// MentionIndexWriter's.
QStringList mentionTables()
{
    return {
        // Where an entity's text names another: section key, unit in that
        // section (TextUnits), and the span in UTF-16 code units.
        QStringLiteral("CREATE TABLE mention(source INTEGER NOT NULL, section TEXT NOT NULL, unit INTEGER NOT NULL,"
                       " start INTEGER NOT NULL, size INTEGER NOT NULL, target INTEGER NOT NULL)"),
    };
}

QStringList mentionIndexes()
{
    return {QStringLiteral("CREATE INDEX mention_source ON mention(source)"),
            QStringLiteral("CREATE INDEX mention_target ON mention(target, source)")};
}

// ListIndexWriter's.
QStringList listTables()
{
    return {
        QStringLiteral("CREATE TABLE list_entry(scope INTEGER NOT NULL, kind TEXT NOT NULL,"
                       " position INTEGER NOT NULL, entity INTEGER NOT NULL,"
                       " PRIMARY KEY(scope, kind, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE list_letter(scope INTEGER NOT NULL, kind TEXT NOT NULL, letter TEXT NOT NULL,"
                       " position INTEGER NOT NULL, count INTEGER NOT NULL,"
                       " PRIMARY KEY(scope, kind, letter)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE common_topic(rank INTEGER PRIMARY KEY, entity INTEGER NOT NULL)"),
    };
}

QStringList tables()
{
    return contentTables() + searchTables() + mentionTables() + listTables();
}

QStringList everything()
{
    return tables() + contentIndexes() + mentionIndexes();
}

} // namespace huanjiao::DatabaseSchema
