// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchIndexWriter.h"

#include "Kind.h"
#include "Pinyin.h"
#include "Prose.h"
#include "TextNormalizer.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace huanjiao {

namespace {

// Spellings kept per name: enough for every reading of the usual one or two
// polyphonic characters, bounded for names full of them.
constexpr int kNameSpellings = 8;
constexpr int kAliasSpellings = 4;

struct KeyRow
{
    qint64 entity;
    QString kind;
    qint64 department;
    qint64 topDepartment;
    int nameLength;
    QString match; // name | alias | english | pinyin | initials
    QString key;
    QString label;
    int order; // shorter labels first
};

struct EntityText
{
    qint64 rowid;
    QString kind;
    qint64 department;
    qint64 topDepartment;
    QString name;
    QString english;
    QStringList aliases;
    QStringList text; // everything else a reader sees
};

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

QHash<qint64, EntityText> readEntities(QSqlDatabase db)
{
    QHash<qint64, EntityText> entities;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Departments first: each entity also records the top of its department's
    // tree, so that filtering by 内科 includes 神经内科.
    QHash<qint64, qint64> parents;
    q.exec(QStringLiteral("SELECT rowid, parent FROM entity WHERE kind = 'department'"));
    while (q.next())
        parents.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    auto top = [&parents](qint64 department) {
        for (int depth = 0; depth < 16 && parents.value(department); ++depth)
            department = parents.value(department);
        return department;
    };
    q.exec(QStringLiteral("SELECT rowid, kind, department, name, english, summary, subtitle FROM entity"));
    while (q.next()) {
        const qint64 department = q.value(2).toLongLong();
        EntityText e{q.value(0).toLongLong(), q.value(1).toString(), department, department ? top(department) : 0,
                     q.value(3).toString(), q.value(4).toString(), {}, {}};
        e.text << q.value(5).toString() << q.value(6).toString();
        entities.insert(e.rowid, e);
    }
    q.exec(QStringLiteral("SELECT entity, name FROM alias ORDER BY entity, ord"));
    while (q.next())
        entities[q.value(0).toLongLong()].aliases << q.value(1).toString();
    q.exec(QStringLiteral("SELECT entity, value FROM field"));
    while (q.next())
        entities[q.value(0).toLongLong()].text << q.value(1).toString();
    q.exec(QStringLiteral("SELECT s.entity, s.body, i.title, i.body FROM section s"
                          " LEFT JOIN section_item i ON i.section = s.rowid ORDER BY s.entity, s.ord, i.ord"));
    qint64 lastEntity = 0;
    QString lastBody;
    while (q.next()) {
        const qint64 entity = q.value(0).toLongLong();
        const QString body = q.value(1).toString();
        auto &text = entities[entity].text;
        if (entity != lastEntity || body != lastBody)
            text << proseText(body);
        lastEntity = entity;
        lastBody = body;
        if (!q.value(2).isNull())
            text << q.value(2).toString() << proseText(q.value(3).toString());
    }
    return entities;
}

void addKeys(QList<KeyRow> *rows, const EntityText &e, const Pinyin &pinyin)
{
    QSet<QString> seen;
    auto add = [&](const QString &match, const QString &key, const QString &label) {
        if (key.isEmpty() || seen.contains(match + key))
            return;
        seen.insert(match + key);
        rows->append({e.rowid, e.kind, e.department, e.topDepartment, int(e.name.size()), match, key, label,
                      int(label.size())});
    };
    add(QStringLiteral("name"), TextNormalizer::fold(e.name), e.name);
    for (const QString &alias : e.aliases)
        add(QStringLiteral("alias"), TextNormalizer::fold(alias), alias);
    if (!e.english.isEmpty())
        add(QStringLiteral("english"), TextNormalizer::fold(e.english), e.english);
    auto addSpellings = [&](const QString &label, int limit) {
        for (const auto &spelling : pinyin.spellings(label, limit)) {
            add(QStringLiteral("pinyin"), spelling.joined(), label);
            add(QStringLiteral("initials"), spelling.initials(), label);
        }
    };
    addSpellings(e.name, kNameSpellings);
    for (const QString &alias : e.aliases)
        addSpellings(alias, kAliasSpellings);
}

} // namespace

QStringList SearchIndexWriter::createStatements()
{
    return {
        // The entity's kind, department and name length are repeated here so
        // that a keystroke's lookups need no join with the wide entity table.
        QStringLiteral("CREATE TABLE search_key(rowid INTEGER PRIMARY KEY, entity INTEGER NOT NULL,"
                       " kind TEXT NOT NULL, department INTEGER NOT NULL, top_department INTEGER NOT NULL,"
                       " name_length INTEGER NOT NULL,"
                       " match TEXT NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE search_doc(rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
                       " department INTEGER NOT NULL, top_department INTEGER NOT NULL, name_length INTEGER NOT NULL)"),
        QStringLiteral("CREATE VIRTUAL TABLE search_name USING fts5(text, content='', columnsize=0,"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE VIRTUAL TABLE search_body USING fts5(text, content='', columnsize=0,"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TABLE search_text(rowid INTEGER PRIMARY KEY, text TEXT NOT NULL)"),
    };
}

bool SearchIndexWriter::build(QSqlDatabase db, const Pinyin &pinyin, QString *error)
{
    const QHash<qint64, EntityText> entities = readEntities(db);
    QList<qint64> order = entities.keys();
    std::sort(order.begin(), order.end());

    QList<KeyRow> rows;
    rows.reserve(entities.size() * 8);
    for (qint64 rowid : order)
        addKeys(&rows, entities.value(rowid), pinyin);
    // Rowid order is the order FTS5 returns matches in: shorter names first.
    std::stable_sort(rows.begin(), rows.end(), [](const KeyRow &a, const KeyRow &b) { return a.order < b.order; });

    QSqlQuery key(db);
    key.prepare(QStringLiteral("INSERT INTO search_key(rowid, entity, kind, department, top_department, name_length,"
                               " match, key, label) VALUES(?,?,?,?,?,?,?,?,?)"));
    QSqlQuery name(db);
    name.prepare(QStringLiteral("INSERT INTO search_name(rowid, text) VALUES(?,?)"));
    qint64 rowid = 0;
    for (const KeyRow &row : rows) {
        ++rowid;
        key.addBindValue(rowid);
        key.addBindValue(row.entity);
        key.addBindValue(row.kind);
        key.addBindValue(row.department);
        key.addBindValue(row.topDepartment);
        key.addBindValue(row.nameLength);
        key.addBindValue(row.match);
        key.addBindValue(row.key);
        key.addBindValue(row.label);
        if (!exec(key, error))
            return false;
        if (row.match == QLatin1String("pinyin") || row.match == QLatin1String("initials"))
            continue;
        name.addBindValue(rowid);
        name.addBindValue(TextNormalizer::spaced(row.key));
        if (!exec(name, error))
            return false;
    }

    QSqlQuery body(db);
    body.prepare(QStringLiteral("INSERT INTO search_body(rowid, text) VALUES(?,?)"));
    QSqlQuery plain(db);
    plain.prepare(QStringLiteral("INSERT INTO search_text(rowid, text) VALUES(?,?)"));
    QSqlQuery doc(db);
    doc.prepare(QStringLiteral("INSERT INTO search_doc(rowid, kind, department, top_department, name_length)"
                               " VALUES(?,?,?,?,?)"));
    for (qint64 id : order) {
        const EntityText &e = entities[id];
        QStringList all{e.name, e.english};
        all += e.aliases;
        all += e.text;
        all.removeAll(QString());
        const QString text = all.join(QLatin1Char('\n'));
        body.addBindValue(id);
        body.addBindValue(TextNormalizer::bigrams(TextNormalizer::fold(text, int(text.size()))).join(QLatin1Char(' ')));
        if (!exec(body, error))
            return false;
        plain.addBindValue(id);
        plain.addBindValue(e.text.join(QLatin1Char('\n')));
        if (!exec(plain, error))
            return false;
        doc.addBindValue(id);
        doc.addBindValue(e.kind);
        doc.addBindValue(e.department);
        doc.addBindValue(e.topDepartment);
        doc.addBindValue(int(e.name.size()));
        if (!exec(doc, error))
            return false;
    }
    // Built last and in one go: the index is created over the sorted rows.
    QSqlQuery index(db);
    if (!index.exec(QStringLiteral("CREATE INDEX search_key_key ON search_key(key)"))) {
        *error = index.lastError().text();
        return false;
    }
    return true;
}

} // namespace huanjiao
