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
    QString match; // name | alias | english | pinyin | initials
    QString key;
    QString label;
    int order; // shorter labels first
};

struct EntityText
{
    qint64 rowid;
    QString kind;
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
    q.exec(QStringLiteral("SELECT rowid, kind, name, english, summary, subtitle FROM entity"));
    while (q.next()) {
        EntityText e{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     {}, {}};
        e.text << q.value(4).toString() << q.value(5).toString();
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
        rows->append({e.rowid, e.kind, match, key, label, int(label.size())});
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
        QStringLiteral("CREATE TABLE search_key(rowid INTEGER PRIMARY KEY, entity INTEGER NOT NULL,"
                       " match TEXT NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL)"),
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
    key.prepare(QStringLiteral("INSERT INTO search_key(rowid, entity, match, key, label) VALUES(?,?,?,?,?)"));
    QSqlQuery name(db);
    name.prepare(QStringLiteral("INSERT INTO search_name(rowid, text) VALUES(?,?)"));
    qint64 rowid = 0;
    for (const KeyRow &row : rows) {
        ++rowid;
        key.addBindValue(rowid);
        key.addBindValue(row.entity);
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
    for (qint64 id : order) {
        const EntityText &e = entities[id];
        QStringList all{e.name, e.english};
        all += e.aliases;
        all += e.text;
        all.removeAll(QString());
        const QString text = all.join(QLatin1Char('\n'));
        body.addBindValue(id);
        body.addBindValue(TextNormalizer::spaced(TextNormalizer::fold(text, int(text.size()))));
        if (!exec(body, error))
            return false;
        plain.addBindValue(id);
        plain.addBindValue(e.text.join(QLatin1Char('\n')));
        if (!exec(plain, error))
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
