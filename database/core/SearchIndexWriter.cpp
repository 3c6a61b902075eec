// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchIndexWriter.h"

#include "ChineseConverter.h"
#include "ContentValidator.h"
#include "Kind.h"
#include "MatchKind.h"
#include "Pinyin.h"
#include "Prose.h"
#include "SearchTier.h"
#include "SqliteStatement.h"
#include "TextNormalizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <future>
#include <limits>
#include <utility>
#include <vector>

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

// A text an entity is found by, stored once (search_label), and its folded key.
struct LabelRow
{
    MatchKind match;
    QString text;
    QString key;
};

// A key it is looked up by: the label's own key, a pinyin spelling or the
// initials of one. label: its index in Prepared::labels.
struct KeyRow
{
    MatchKind match;
    QString key;
    int label;
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
    QStringList layNames;     // lay-names: what patients call it, shown on the page
    QStringList searchTerms;  // search-terms: what patients type, never shown
    QStringList symptomWords; // complaints it typically presents with
    QStringList text;         // everything else a reader sees
    int popularity = 0;       // its place when ranked by links to and from it (0: the most linked)
};

// The key a text is looked up by: folded, Traditional characters and
// variants as the query side folds them.
QString keyOf(const QString &text, const ChineseConverter &converter)
{
    return TextNormalizer::searchKey(TextNormalizer::fold(converter.toSimplified(TextNormalizer::fold(text))));
}

// What is worked out for one entity away from the database: its labels, the
// keys made from them, and its text as the body index holds it.
struct Prepared
{
    QList<LabelRow> labels;
    QList<KeyRow> rows;
    QString body;
};

void addKeys(Prepared *p, const EntityText &e, const Pinyin &pinyin, const ChineseConverter &converter)
{
    QSet<QString> seen;
    auto add = [&](MatchKind match, const QString &key, int label) {
        const QString seenKey = matchKindName(match) + QLatin1Char('|') + key;
        if (key.isEmpty() || seen.contains(seenKey))
            return false;
        seen.insert(seenKey);
        p->rows.append({match, key, label});
        return true;
    };
    auto addLabel = [&](MatchKind match, const QString &text) {
        const QString key = keyOf(text, converter);
        if (add(match, key, int(p->labels.size())))
            p->labels.append({match, text, key});
    };
    addLabel(MatchKind::Name, e.name);
    for (const QString &alias : e.aliases)
        addLabel(MatchKind::Alias, alias);
    for (const QString &lay : e.layNames)
        addLabel(MatchKind::LayName, lay);
    for (const QString &term : e.searchTerms)
        addLabel(MatchKind::SearchTerm, term);
    if (!e.english.isEmpty())
        addLabel(MatchKind::English, e.english);
    for (const QString &symptom : e.symptomWords)
        addLabel(MatchKind::Symptom, symptom);
    // Latin aliases and lay names (DXA, diabetes) are keys already; as "pinyin"
    // they would only compete with real spellings. A text whose key another
    // label already has spells as that one does.
    const auto hasHan = [](const QString &text) {
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x80; });
    };
    const qsizetype labels = p->labels.size();
    for (int i = 0; i < labels; ++i) {
        const LabelRow &label = p->labels.at(i);
        const bool name = label.match == MatchKind::Name;
        if (!name && label.match != MatchKind::Alias && label.match != MatchKind::LayName
            && label.match != MatchKind::SearchTerm)
            continue;
        if (!name && !hasHan(label.text))
            continue;
        for (const auto &spelling : pinyin.spellings(converter.toSimplified(label.text),
                                                     name ? kNameSpellings : kAliasSpellings)) {
            add(MatchKind::Pinyin, spelling.joined(), i);
            add(MatchKind::Initials, spelling.initials(), i);
        }
    }
}

} // namespace


namespace {

// Entities read and indexed at a time: the build's memory stays the same at
// any size of content.
constexpr qint64 kChunk = 2048;
// A label's rowid: its length, then its place in the build (SearchTier.h), so
// that shorter labels come first without sorting every label in memory.
qint64 labelRowid(const QString &text, qint64 seq)
{
    return (qint64(qMin<qsizetype>(text.size(), (1 << 20) - 1)) << kLabelLengthShift) | seq;
}

bool failed(const SqliteStatement &statement, QString *error)
{
    *error = statement.error().isEmpty() ? QStringLiteral("cannot prepare the search index") : statement.error();
    return false;
}

bool run(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

Prepared prepare(const EntityText &e, const Pinyin &pinyin, const ChineseConverter &converter)
{
    Prepared p;
    addKeys(&p, e, pinyin, converter);
    QStringList all{e.name, e.english};
    all += e.aliases;
    all += e.text;
    all.removeAll(QString());
    const QString text = converter.toSimplified(all.join(QLatin1Char('\n')));
    p.body = TextNormalizer::bigrams(TextNormalizer::foldVariants(TextNormalizer::fold(text, int(text.size()))))
                 .join(QLatin1Char(' '));
    return p;
}

// The part of a condition's name or alias before a generic ending, or empty.
QString partOf(const QString &kind, const KeyRow &row)
{
    if (kind != QLatin1String("condition") || (row.match != MatchKind::Name && row.match != MatchKind::Alias))
        return {};
    for (const char16_t *ending : kGenericEndings) {
        const QString end = QString::fromUtf16(ending);
        if (row.key.endsWith(end) && row.key.size() - end.size() >= 2)
            return row.key.chopped(end.size());
    }
    return {};
}

class Builder
{
public:
    Builder(QSqlDatabase db, const Pinyin &pinyin, const Progress &progress)
        : m_db(db)
        , m_pinyin(pinyin)
        , m_progress(progress)
        , m_entity(db, QStringLiteral("SELECT e.rowid, e.kind, e.department, e.name, e.english, e.summary, e.subtitle,"
                                      " p.rank FROM entity e JOIN temp.search_popularity p ON p.rowid = e.rowid"
                                      " WHERE e.rowid > ?1 ORDER BY e.rowid LIMIT ?2"))
        , m_alias(db, QStringLiteral("SELECT entity, name FROM alias WHERE entity BETWEEN ?1 AND ?2 ORDER BY entity, ord"))
        , m_field(db, QStringLiteral("SELECT entity, key, value FROM field WHERE entity BETWEEN ?1 AND ?2"
                                     " ORDER BY entity, key"))
        , m_section(db, QStringLiteral("SELECT s.entity, s.body, i.title, i.body FROM section s"
                                       " LEFT JOIN section_item i ON i.section = s.rowid"
                                       " WHERE s.entity BETWEEN ?1 AND ?2 ORDER BY s.entity, s.ord, i.ord"))
        , m_label(db, QStringLiteral("INSERT INTO search_label(rowid, entity, match, text) VALUES(?1,?2,?3,?4)"))
        , m_name(db, QStringLiteral("INSERT INTO temp.search_label_key(rowid, key) VALUES(?1,?2)"))
        , m_key(db, QStringLiteral("INSERT INTO temp.search_key_row(key, label, match, entity) VALUES(?1,?2,?3,?4)"))
        , m_part(db, QStringLiteral("INSERT INTO temp.search_part(part, seq, entity, label) VALUES(?1,?2,?3,?4)"))
        , m_body(db, QStringLiteral("INSERT INTO search_body(rowid, text) VALUES(?1,?2)"))
        , m_plain(db, QStringLiteral("INSERT INTO search_text(rowid, text) VALUES(?1,?2)"))
        , m_doc(db, QStringLiteral("INSERT INTO search_doc(rowid, kind, department, top_department, name_length,"
                                   " popularity) VALUES(?1,?2,?3,?4,?5,?6)"))
    {
    }

    bool run(QString *error)
    {
        for (const SqliteStatement *s : {&m_entity, &m_alias, &m_field, &m_section, &m_label, &m_name, &m_key, &m_part,
                                         &m_body, &m_plain, &m_doc}) {
            if (!s->isValid())
                return failed(*s, error);
        }
        if (!loadDepartments(error))
            return false;
        // A pipeline: the keys and body text of one chunk are worked out on a
        // second thread (with its own converter: OpenCC's handle is not
        // shared) while this one writes the chunk before.
        auto prepareAll = [this](const QList<EntityText> &chunk) {
            std::vector<Prepared> prepared;
            prepared.reserve(size_t(chunk.size()));
            for (const EntityText &e : chunk)
                prepared.push_back(prepare(e, m_pinyin, m_helperConverter));
            return prepared;
        };
        {
            QSqlQuery count(m_db);
            if (count.exec(QStringLiteral("SELECT count(*) FROM entity")) && count.next())
                m_total = count.value(0).toLongLong();
        }
        const QString stage = QCoreApplication::translate("DatabaseWriter", "Writing the search index");
        QList<EntityText> chunk = read(0);
        std::future<std::vector<Prepared>> next = std::async(std::launch::async, prepareAll, chunk);
        while (!chunk.isEmpty()) {
            if (!m_entity.error().isEmpty()) {
                next.wait();
                return failed(m_entity, error);
            }
            QList<EntityText> following = read(chunk.last().rowid);
            const std::vector<Prepared> prepared = next.get();
            next = std::async(std::launch::async, prepareAll, following);
            if (!write(chunk, prepared, error)) {
                next.wait();
                return false;
            }
            m_done += chunk.size();
            report(m_progress, stage, m_done, m_total);
            chunk = std::move(following);
        }
        next.wait();
        return m_entity.error().isEmpty() || failed(m_entity, error);
    }

    int longestKey() const { return m_longestKey; }
    qint64 labels() const { return m_labelSeq; }

private:
    bool loadDepartments(QString *error)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // Each entity also records the top of its department's tree, so that
        // filtering by 内科 includes 神经内科.
        if (!q.exec(QStringLiteral("SELECT rowid, parent FROM entity WHERE kind = 'department'"))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            m_parents.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        return true;
    }

    qint64 top(qint64 department) const
    {
        for (int depth = 0; depth < 16 && m_parents.value(department); ++depth)
            department = m_parents.value(department);
        return department;
    }

    // The next entities after `last`, with their aliases, fields and text.
    QList<EntityText> read(qint64 last)
    {
        QList<EntityText> chunk;
        m_entity.reset();
        m_entity.bind(1, last);
        m_entity.bind(2, kChunk);
        while (m_entity.next()) {
            const qint64 department = m_entity.integer(2);
            EntityText e{m_entity.integer(0),
                         m_entity.text(1),
                         department,
                         department ? top(department) : 0,
                         m_entity.text(3),
                         m_entity.text(4),
                         {},
                         {},
                         {},
                         {},
                         {m_entity.text(5), m_entity.text(6)},
                         int(m_entity.integer(7))};
            chunk.append(e);
        }
        if (chunk.isEmpty())
            return chunk;
        const qint64 first = chunk.first().rowid;
        last = chunk.last().rowid;
        QHash<qint64, int> at;
        for (int i = 0; i < chunk.size(); ++i)
            at.insert(chunk.at(i).rowid, i);
        auto range = [&](SqliteStatement &s) {
            s.reset();
            s.bind(1, first);
            s.bind(2, last);
        };
        range(m_alias);
        while (m_alias.next())
            chunk[at.value(m_alias.integer(0))].aliases << m_alias.text(1);
        range(m_field);
        while (m_field.next()) {
            EntityText &e = chunk[at.value(m_field.integer(0))];
            const QString key = m_field.text(1);
            const QString value = m_field.text(2);
            if (key == QLatin1String("lay-names"))
                e.layNames += ContentValidator::splitList(value);
            else if (key == QLatin1String("search-terms"))
                e.searchTerms += ContentValidator::splitList(value);
            else if (key == QLatin1String("symptom-words"))
                e.symptomWords += ContentValidator::splitList(value);
            if (key != QLatin1String("search-terms") && key != QLatin1String("symptom-words"))
                e.text << value; // shown on the page
        }
        range(m_section);
        qint64 lastEntity = 0;
        QString lastBody;
        while (m_section.next()) {
            const qint64 entity = m_section.integer(0);
            const QString body = m_section.text(1);
            auto &text = chunk[at.value(entity)].text;
            if (entity != lastEntity || body != lastBody)
                text << proseText(body);
            lastEntity = entity;
            lastBody = body;
            if (!m_section.isNull(2))
                text << m_section.text(2) << proseText(m_section.text(3));
        }
        return chunk;
    }

    bool write(const QList<EntityText> &chunk, const std::vector<Prepared> &prepared, QString *error)
    {
        QList<qint64> labelIds;
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const EntityText &e = chunk.at(i);
            const Prepared &p = prepared.at(size_t(i));
            labelIds.clear();
            for (const LabelRow &label : p.labels) {
                const qint64 id = labelRowid(label.text, ++m_labelSeq);
                labelIds.append(id);
                m_label.bind(1, id);
                m_label.bind(2, e.rowid);
                m_label.bind(3, matchKindCode(label.match));
                m_label.bind(4, label.text);
                if (!m_label.execute())
                    return failed(m_label, error);
                m_name.bind(1, id);
                m_name.bind(2, label.key);
                if (!m_name.execute())
                    return failed(m_name, error);
                m_longestKey = qMax(m_longestKey, int(label.key.size()));
            }
            for (const KeyRow &row : p.rows) {
                const qint64 label = labelIds.at(row.label);
                m_key.bind(1, row.key);
                m_key.bind(2, label);
                m_key.bind(3, matchKindCode(row.match));
                m_key.bind(4, e.rowid);
                if (!m_key.execute())
                    return failed(m_key, error);
                const QString part = partOf(e.kind, row);
                if (part.isEmpty())
                    continue;
                m_part.bind(1, part);
                m_part.bind(2, ++m_partSeq);
                m_part.bind(3, e.rowid);
                m_part.bind(4, label);
                if (!m_part.execute())
                    return failed(m_part, error);
            }
            m_body.bind(1, e.rowid);
            m_body.bind(2, p.body);
            if (!m_body.execute())
                return failed(m_body, error);
            m_plain.bind(1, e.rowid);
            m_plain.bind(2, e.text.join(QLatin1Char('\n')));
            if (!m_plain.execute())
                return failed(m_plain, error);
            m_doc.bind(1, e.rowid);
            m_doc.bind(2, e.kind);
            m_doc.bind(3, e.department);
            m_doc.bind(4, e.topDepartment);
            m_doc.bind(5, e.name.size());
            m_doc.bind(6, e.popularity);
            if (!m_doc.execute())
                return failed(m_doc, error);
        }
        return true;
    }

    QSqlDatabase m_db;
    const Pinyin &m_pinyin;
    const Progress &m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
    const ChineseConverter m_helperConverter;
    QHash<qint64, qint64> m_parents;
    SqliteStatement m_entity, m_alias, m_field, m_section;
    SqliteStatement m_label, m_name, m_key, m_part, m_body, m_plain, m_doc;
    qint64 m_labelSeq = 0;
    qint64 m_partSeq = 0;
    int m_longestKey = 0;
};

// Parts of names that only one topic has (帕金森 of 帕金森病, 克罗恩 of 克罗恩病,
// 幽门螺杆菌 of 幽门螺杆菌感染), added as keys of their own; a part that two
// topics share, or that is some topic's whole name, alias or lay name, leads
// to neither. Each leads to the label it was first cut from.
bool addParts(QSqlDatabase db, QString *error)
{
    return run(db, QStringLiteral(
        "INSERT INTO search_key(key, label, match, entity)"
        " SELECT p.part, p.label, %1, p.entity"
        " FROM temp.search_part p JOIN (SELECT part, min(seq) AS first FROM temp.search_part GROUP BY part"
        "  HAVING count(DISTINCT entity) = 1) f ON f.part = p.part AND f.first = p.seq"
        " WHERE NOT EXISTS (SELECT 1 FROM search_key k WHERE k.key = p.part AND k.match IN (%2))"
        " ORDER BY p.part, p.label")
        .arg(matchKindCode(MatchKind::Part))
        .arg(matchKindCodes({MatchKind::Name, MatchKind::Alias, MatchKind::LayName, MatchKind::SearchTerm})), error);
}

// The two names indexes (single characters, pairs), filled in rowid order
// once every label is made. FTS5
// writes out what it holds whenever a rowid is lower than the one before; the
// labels are made an entity at a time with shorter labels at lower rowids, so
// written as they were made, every entity's labels left several tiny segments
// behind to merge (about a twelfth of the build's time at 100,000 conditions).
bool addNames(QSqlDatabase db, qint64 labels, const Progress &progress, QString *error)
{
    const QString stage = QCoreApplication::translate("DatabaseWriter", "Writing the names index");
    qint64 done = 0;
    SqliteStatement keys(db, QStringLiteral("SELECT rowid, key FROM temp.search_label_key WHERE rowid > ?1"
                                            " ORDER BY rowid LIMIT ?2"));
    SqliteStatement name(db, QStringLiteral("INSERT INTO search_name(rowid, text) VALUES(?1,?2)"));
    SqliteStatement pair(db, QStringLiteral("INSERT INTO search_pair(rowid, text) VALUES(?1,?2)"));
    for (const SqliteStatement *s : {&keys, &name, &pair}) {
        if (!s->isValid())
            return failed(*s, error);
    }
    // A label as the two indexes take it: its characters spaced, and in pairs.
    struct Spaced
    {
        qint64 rowid;
        QString single;
        QString pairs;
    };
    using Chunk = std::vector<std::pair<qint64, QString>>;
    constexpr qint64 kNamesChunk = 16384;
    auto read = [&](qint64 after) {
        Chunk chunk;
        keys.reset();
        keys.bind(1, after);
        keys.bind(2, kNamesChunk);
        while (keys.next())
            chunk.emplace_back(keys.integer(0), keys.text(1));
        return chunk;
    };
    // The spacing is worked out on a second thread, a chunk ahead of the inserts.
    auto space = [](const Chunk &chunk) {
        std::vector<Spaced> spaced;
        spaced.reserve(chunk.size());
        for (const auto &[rowid, key] : chunk)
            spaced.push_back({rowid, TextNormalizer::spaced(key), TextNormalizer::namePairs(key).join(QLatin1Char(' '))});
        return spaced;
    };
    Chunk chunk = read(std::numeric_limits<qint64>::min());
    std::future<std::vector<Spaced>> next = std::async(std::launch::async, space, chunk);
    while (!chunk.empty()) {
        const qint64 last = chunk.back().first;
        chunk = keys.error().isEmpty() ? read(last) : Chunk();
        const std::vector<Spaced> spaced = next.get();
        next = std::async(std::launch::async, space, chunk);
        for (const Spaced &label : spaced) {
            name.bind(1, label.rowid);
            name.bind(2, label.single);
            pair.bind(1, label.rowid);
            pair.bind(2, label.pairs);
            if (!name.execute() || !pair.execute()) {
                next.wait();
                return failed(name.error().isEmpty() ? pair : name, error);
            }
        }
        done += qint64(spaced.size());
        report(progress, stage, done, labels);
    }
    next.wait();
    report(progress, stage, labels, labels);
    return keys.error().isEmpty() || failed(keys, error);
}

// The full-text tables, filled once and then merged into one segment each.
const char *const kFullText[] = {"search_name", "search_pair", "search_body"};

// While they are filled, FTS5 holds more rows in memory before writing a
// segment, and merges no segments until the end: by default it writes one
// for every megabyte of tokens and merges them as it goes, so that every row
// is rewritten once per level, more levels the larger the content (a million
// conditions make a gigabyte of body text). 32 MB each: memory stays fixed.
bool startBulkLoad(QSqlDatabase db, QString *error)
{
    for (const char *table : kFullText) {
        const QString name = QString::fromLatin1(table);
        for (const auto &[option, value] : {std::pair<const char *, int>{"hashsize", 32 << 20},
                                            {"automerge", 0},
                                            {"crisismerge", 64}}) {
            if (!run(db, QStringLiteral("INSERT INTO %1(%1, rank) VALUES('%2', %3)")
                             .arg(name, QString::fromLatin1(option))
                             .arg(value),
                     error))
                return false;
        }
    }
    return true;
}

// Merges each table into one segment: a query then reads one list per token
// instead of one from every segment the inserts left behind (a seventh of the
// statements and a third less time per keystroke at 100,000 conditions).
// The bulk-load settings are dropped: the file reads as one built without them.
bool finishBulkLoad(QSqlDatabase db, QString *error)
{
    for (const char *table : kFullText) {
        const QString name = QString::fromLatin1(table);
        if (!run(db, QStringLiteral("INSERT INTO %1(%1) VALUES('optimize')").arg(name), error)
            || !run(db, QStringLiteral("DELETE FROM %1_config WHERE k IN ('hashsize', 'automerge', 'crisismerge')")
                            .arg(name),
                    error))
            return false;
    }
    return true;
}

} // namespace

bool SearchIndexWriter::build(QSqlDatabase db, const Pinyin &pinyin, QString *error, const Progress &progress)
{
    // Equal matches are ranked by how central a topic is (the most linked
    // first), then by the pinyin of the name: never by the order of the files.
    // Worked out by SQLite, which sorts on disk at any size.
    if (!run(db, QStringLiteral("CREATE TEMP TABLE search_popularity(rowid INTEGER PRIMARY KEY, rank INTEGER NOT NULL)"), error)
        || !run(db, QStringLiteral(
                    "INSERT INTO temp.search_popularity(rowid, rank)"
                    " SELECT e.rowid, row_number() OVER (ORDER BY coalesce(l.links, 0) DESC, e.sort_key, e.rowid) - 1"
                    " FROM entity e LEFT JOIN (SELECT id, count(*) AS links FROM"
                    "  (SELECT source AS id FROM relation UNION ALL SELECT target FROM relation) GROUP BY id) l"
                    " ON l.id = e.rowid"), error)
        || !run(db, QStringLiteral("CREATE TEMP TABLE search_part(part TEXT NOT NULL, seq INTEGER NOT NULL,"
                                   " entity INTEGER NOT NULL, label INTEGER NOT NULL)"), error)
        // The keys as they are made, an entity at a time; search_key takes
        // them sorted in one go, so that its B-tree is written in order.
        || !run(db, QStringLiteral("CREATE TEMP TABLE search_key_row(key TEXT NOT NULL, label INTEGER NOT NULL,"
                                   " match INTEGER NOT NULL, entity INTEGER NOT NULL)"), error)
        || !run(db, QStringLiteral("CREATE TEMP TABLE search_label_key(rowid INTEGER PRIMARY KEY, key TEXT NOT NULL)"),
                error)
        || !startBulkLoad(db, error))
        return false;
    Builder builder(db, pinyin, progress);
    if (!builder.run(error))
        return false;
    // Every key before the parts: a part is kept only if no whole key has its spelling.
    report(progress, QCoreApplication::translate("DatabaseWriter", "Sorting the search keys"), 0, 1);
    if (!run(db, QStringLiteral("INSERT INTO search_key(key, label, match, entity)"
                                " SELECT key, label, match, entity FROM temp.search_key_row ORDER BY key, label, match"),
             error)
        || !run(db, QStringLiteral("DROP TABLE temp.search_key_row"), error)
        || !addParts(db, error) || !addNames(db, builder.labels(), progress, error))
        return false;
    qint64 wordTotal = 0;
    {
        QFile file(QStringLiteral(":/huanjiao/words.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            SqliteStatement word(db, QStringLiteral("INSERT OR IGNORE INTO search_word(word, frequency) VALUES(?1,?2)"));
            while (!file.atEnd()) {
                const QList<QByteArray> parts = file.readLine().trimmed().split(' ');
                if (parts.size() != 2)
                    continue;
                const qint64 frequency = parts.at(1).toLongLong();
                word.bind(1, QString::fromUtf8(parts.at(0)));
                word.bind(2, frequency);
                if (!word.execute())
                    return failed(word, error);
                wordTotal += frequency;
            }
        }
    }
    SqliteStatement info(db, QStringLiteral("INSERT INTO search_info(key, value) VALUES(?1, ?2)"));
    for (const auto &[name, value] : {std::pair<const char *, qint64>{"longest_key", builder.longestKey()},
                                      {"word_total", wordTotal}}) {
        info.bind(1, QString::fromLatin1(name));
        info.bind(2, value);
        if (!info.execute())
            return failed(info, error);
    }
    report(progress, QCoreApplication::translate("DatabaseWriter", "Merging the full-text indexes"), 0, 1);
    return finishBulkLoad(db, error)
        && run(db, QStringLiteral("DROP TABLE temp.search_part"), error)
        && run(db, QStringLiteral("DROP TABLE temp.search_label_key"), error)
        && run(db, QStringLiteral("DROP TABLE temp.search_popularity"), error);
}


} // namespace huanjiao
