// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchIndexWriter.h"

#include "ChineseConverter.h"
#include "ContentValidator.h"
#include "Kind.h"
#include "MatchKind.h"
#include "Pinyin.h"
#include "Prose.h"
#include "TextNormalizer.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace huanjiao {

namespace {

// Spellings kept per name: every combination of the polyphonic characters a
// name usually has (椎动脉型颈椎病 has four), the rarest dropped for names
// full of them.
constexpr int kNameSpellings = 32;
constexpr int kAliasSpellings = 16;

// Endings that make a name a name of a disease: what is left before them is
// the part patients say alone (帕金森 for 帕金森病), found when only one topic
// has it. Longer endings first.
const char16_t *const kGenericEndings[] = {u"综合征", u"感染", u"病", u"症"};

struct KeyRow
{
    qint64 entity;
    QString kind;
    qint64 department;
    qint64 topDepartment;
    int nameLength;
    MatchKind match;
    QString key;
    QString label;
    int order; // shorter labels first
    int popularity;
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
    QStringList layNames;     // lay-names and search-terms: what patients type
    QStringList symptomWords; // complaints it typically presents with
    QStringList text;         // everything else a reader sees
    int links = 0;            // relations to and from it: how central the topic is
    int popularity = 0;       // its place when ranked by links (0: the most linked)
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
                     q.value(3).toString(), q.value(4).toString(), {}, {}, {}, {}};
        e.text << q.value(5).toString() << q.value(6).toString();
        entities.insert(e.rowid, e);
    }
    q.exec(QStringLiteral("SELECT entity, name FROM alias ORDER BY entity, ord"));
    while (q.next())
        entities[q.value(0).toLongLong()].aliases << q.value(1).toString();
    q.exec(QStringLiteral("SELECT entity, key, value FROM field"));
    while (q.next()) {
        EntityText &e = entities[q.value(0).toLongLong()];
        const QString key = q.value(1).toString();
        if (key == QLatin1String("lay-names") || key == QLatin1String("search-terms"))
            e.layNames += ContentValidator::splitList(q.value(2).toString());
        else if (key == QLatin1String("symptom-words"))
            e.symptomWords += ContentValidator::splitList(q.value(2).toString());
        if (key != QLatin1String("search-terms") && key != QLatin1String("symptom-words"))
            e.text << q.value(2).toString(); // shown on the page
    }
    q.exec(QStringLiteral("SELECT source, target FROM relation"));
    while (q.next()) {
        entities[q.value(0).toLongLong()].links += 1;
        entities[q.value(1).toLongLong()].links += 1;
    }
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

// The key a text is looked up by: folded, Traditional characters and
// variants as the query side folds them.
QString keyOf(const QString &text, const ChineseConverter &converter)
{
    return TextNormalizer::searchKey(TextNormalizer::fold(converter.toSimplified(TextNormalizer::fold(text))));
}

void addKeys(QList<KeyRow> *rows, const EntityText &e, const Pinyin &pinyin, const ChineseConverter &converter)
{
    QSet<QString> seen;
    auto add = [&](MatchKind match, const QString &key, const QString &label) {
        const QString seenKey = matchKindName(match) + QLatin1Char('|') + key;
        if (key.isEmpty() || seen.contains(seenKey))
            return;
        seen.insert(seenKey);
        rows->append({e.rowid, e.kind, e.department, e.topDepartment, int(e.name.size()), match, key, label,
                      int(label.size()), e.popularity});
    };
    add(MatchKind::Name, keyOf(e.name, converter), e.name);
    for (const QString &alias : e.aliases)
        add(MatchKind::Alias, keyOf(alias, converter), alias);
    for (const QString &lay : e.layNames)
        add(MatchKind::LayName, keyOf(lay, converter), lay);
    if (!e.english.isEmpty())
        add(MatchKind::English, keyOf(e.english, converter), e.english);
    for (const QString &symptom : e.symptomWords)
        add(MatchKind::Symptom, keyOf(symptom, converter), symptom);
    auto addSpellings = [&](const QString &label, int limit) {
        for (const auto &spelling : pinyin.spellings(converter.toSimplified(label), limit)) {
            add(MatchKind::Pinyin, spelling.joined(), label);
            add(MatchKind::Initials, spelling.initials(), label);
        }
    };
    // Latin aliases and lay names (DXA, diabetes) are keys already; as "pinyin"
    // they would only compete with real spellings.
    const auto hasHan = [](const QString &text) {
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x80; });
    };
    addSpellings(e.name, kNameSpellings);
    for (const QString &alias : e.aliases) {
        if (hasHan(alias))
            addSpellings(alias, kAliasSpellings);
    }
    for (const QString &lay : e.layNames) {
        if (hasHan(lay))
            addSpellings(lay, kAliasSpellings);
    }
}

// Parts of names that only one topic has (帕金森 of 帕金森病, 克罗恩 of 克罗恩病,
// 幽门螺杆菌 of 幽门螺杆菌感染), added as keys of their own; a part that two
// topics share, or that is some topic's whole name, leads to neither.
void addParts(QList<KeyRow> *rows)
{
    QSet<QString> whole;
    for (const KeyRow &row : std::as_const(*rows)) {
        if (row.match == MatchKind::Name || row.match == MatchKind::Alias || row.match == MatchKind::LayName)
            whole.insert(row.key);
    }
    QHash<QString, QList<int>> parts; // part -> rows it comes from
    for (int i = 0; i < rows->size(); ++i) {
        const KeyRow &row = rows->at(i);
        if (row.kind != QLatin1String("condition") || (row.match != MatchKind::Name && row.match != MatchKind::Alias))
            continue;
        for (const char16_t *ending : kGenericEndings) {
            const QString end = QString::fromUtf16(ending);
            if (row.key.endsWith(end) && row.key.size() - end.size() >= 2) {
                parts[row.key.chopped(end.size())].append(i);
                break;
            }
        }
    }
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (whole.contains(it.key()))
            continue;
        QSet<qint64> entities;
        for (int i : it.value())
            entities.insert(rows->at(i).entity);
        if (entities.size() != 1)
            continue;
        KeyRow part = rows->at(it.value().first());
        part.match = MatchKind::Part;
        part.key = it.key();
        rows->append(part);
    }
}

} // namespace

QStringList SearchIndexWriter::createStatements()
{
    return {
        // The entity's kind, department and name length are repeated here so
        // that a keystroke's lookups need no join with the wide entity table.
        QStringLiteral("CREATE TABLE search_key(rowid INTEGER PRIMARY KEY, entity INTEGER NOT NULL,"
                       " kind TEXT NOT NULL, department INTEGER NOT NULL, top_department INTEGER NOT NULL,"
                       " name_length INTEGER NOT NULL, popularity INTEGER NOT NULL,"
                       " match TEXT NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL)"),
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
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE VIRTUAL TABLE search_body USING fts5(text, content='', columnsize=0,"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TABLE search_text(rowid INTEGER PRIMARY KEY, text TEXT NOT NULL)"),
    };
}

bool SearchIndexWriter::build(QSqlDatabase db, const Pinyin &pinyin, QString *error)
{
    QHash<qint64, EntityText> entities = readEntities(db);
    QList<qint64> order = entities.keys();
    std::sort(order.begin(), order.end());
    // Equal matches are ranked by how central a topic is (the most linked
    // first), then by the pinyin of the name: never by the order of the files.
    {
        QList<qint64> byLinks = order;
        QHash<qint64, QString> sortKeys;
        for (qint64 id : order)
            sortKeys.insert(id, pinyin.sortKey(entities.value(id).name));
        std::stable_sort(byLinks.begin(), byLinks.end(), [&](qint64 a, qint64 b) {
            const int la = entities.value(a).links;
            const int lb = entities.value(b).links;
            if (la != lb)
                return la > lb;
            return sortKeys.value(a) < sortKeys.value(b);
        });
        for (int i = 0; i < byLinks.size(); ++i)
            entities[byLinks.at(i)].popularity = i;
    }

    const ChineseConverter converter;
    QList<KeyRow> rows;
    rows.reserve(entities.size() * 8);
    for (qint64 rowid : order)
        addKeys(&rows, entities.value(rowid), pinyin, converter);
    addParts(&rows);
    int longestKey = 0;
    for (const KeyRow &row : std::as_const(rows)) {
        if (row.match != MatchKind::Pinyin && row.match != MatchKind::Initials)
            longestKey = qMax(longestKey, int(row.key.size()));
    }
    // Rowid order is the order FTS5 returns matches in: shorter names first.
    std::stable_sort(rows.begin(), rows.end(), [](const KeyRow &a, const KeyRow &b) { return a.order < b.order; });

    QSqlQuery key(db);
    key.prepare(QStringLiteral("INSERT INTO search_key(rowid, entity, kind, department, top_department, name_length,"
                               " popularity, match, key, label) VALUES(?,?,?,?,?,?,?,?,?,?)"));
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
        key.addBindValue(row.popularity);
        key.addBindValue(matchKindName(row.match));
        key.addBindValue(row.key);
        key.addBindValue(row.label);
        if (!exec(key, error))
            return false;
        if (row.match == MatchKind::Pinyin || row.match == MatchKind::Initials)
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
    doc.prepare(QStringLiteral("INSERT INTO search_doc(rowid, kind, department, top_department, name_length,"
                               " popularity) VALUES(?,?,?,?,?,?)"));
    for (qint64 id : order) {
        const EntityText &e = entities[id];
        QStringList all{e.name, e.english};
        all += e.aliases;
        all += e.text;
        all.removeAll(QString());
        const QString text = converter.toSimplified(all.join(QLatin1Char('\n')));
        body.addBindValue(id);
        body.addBindValue(TextNormalizer::bigrams(TextNormalizer::foldVariants(TextNormalizer::fold(text, int(text.size()))))
                              .join(QLatin1Char(' ')));
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
        doc.addBindValue(e.popularity);
        if (!exec(doc, error))
            return false;
    }
    qint64 wordTotal = 0;
    {
        QFile file(QStringLiteral(":/huanjiao/words.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            QSqlQuery word(db);
            word.prepare(QStringLiteral("INSERT OR IGNORE INTO search_word(word, frequency) VALUES(?,?)"));
            while (!file.atEnd()) {
                const QList<QByteArray> parts = file.readLine().trimmed().split(' ');
                if (parts.size() != 2)
                    continue;
                const qint64 frequency = parts.at(1).toLongLong();
                word.addBindValue(QString::fromUtf8(parts.at(0)));
                word.addBindValue(frequency);
                if (!exec(word, error))
                    return false;
                wordTotal += frequency;
            }
        }
    }
    QSqlQuery info(db);
    info.prepare(QStringLiteral("INSERT INTO search_info(key, value) VALUES(?, ?)"));
    for (const auto &[name, value] : {std::pair<const char *, qint64>{"longest_key", longestKey}, {"word_total", wordTotal}}) {
        info.addBindValue(QString::fromLatin1(name));
        info.addBindValue(value);
        if (!exec(info, error))
            return false;
    }
    // Built last and in one go: the index is created over the sorted rows.
    // The full-text indexes are merged into one segment each: a query then
    // reads one list per token instead of one from every segment the inserts
    // left behind (a seventh of the statements and a third less time per
    // keystroke at 100,000 conditions).
    QSqlQuery index(db);
    for (const QString &statement : indexStatements() + QStringList{
             QStringLiteral("INSERT INTO search_name(search_name) VALUES('optimize')"),
             QStringLiteral("INSERT INTO search_body(search_body) VALUES('optimize')")}) {
        if (!index.exec(statement)) {
            *error = index.lastError().text();
            return false;
        }
    }
    return true;
}

QStringList SearchIndexWriter::indexStatements()
{
    return {QStringLiteral("CREATE INDEX search_key_key ON search_key(key)")};
}

} // namespace huanjiao
