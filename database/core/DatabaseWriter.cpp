// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseWriter.h"

#include "ContentSchema.h"
#include "ContentValidator.h"
#include "DatabaseSchema.h"
#include "ListIndexWriter.h"
#include "MentionIndexWriter.h"
#include "Pinyin.h"
#include "SearchIndexWriter.h"
#include "SqlConnection.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace huanjiao {

using namespace ContentSchema;

namespace {

// Empty text is stored as '' rather than NULL: the columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

class Writer
{
public:
    Writer(QSqlDatabase db, const ContentMeta &meta, const QList<ContentMeta> &layers, const Pinyin &pinyin)
        : m_db(std::move(db))
        , m_meta(meta)
        , m_layers(layers)
        , m_pinyin(pinyin)
    {
    }

    bool begin(QString *error)
    {
        // A larger page cache than SQLite's 2 MB, for this file and for the
        // temporary tables the indexes are sorted in: the inserts land all
        // over the unique index of a large build. Still a fixed amount at any
        // size. Sorts (the search keys, the indexes made at the end) use the
        // second core. The journal stays on disk: in memory (journal_mode
        // MEMORY) SQLite keeps the statement journals there too, and a
        // million conditions' build peaked at 1.7 GB instead of 0.55.
        for (const char *pragma : {"PRAGMA cache_size = -65536", "PRAGMA temp.cache_size = -65536", "PRAGMA threads = 2"}) {
            if (!exec(QString::fromLatin1(pragma), error))
                return false;
        }
        for (const QString &statement : DatabaseSchema::tables()) {
            if (!exec(statement, error))
                return false;
        }
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        return prepareInserts(error);
    }

    // Writes a batch of records. A record may refer to any record of its batch
    // and to any record of an earlier one.
    bool add(const QList<ContentRecord> &records, QString *error, const Progress &progress = {}, qint64 total = 0)
    {
        // Rowids are assigned up front so that columns can refer to any record of the batch.
        m_rowids.clear();
        m_records.clear();
        qint64 rowid = m_lastRowid;
        for (const auto &record : records) {
            const QString key = kindName(record.kind) + QLatin1Char('/') + record.source.id;
            m_rowids.insert(key, ++rowid);
            m_records.insert(key, &record.source);
            if (record.source.layer > 0)
                m_layerOf.insert(rowid, record.source.layer);
        }
        if (!collectInverseRelations(records, error))
            return false;
        const QString stage = QCoreApplication::translate("DatabaseWriter", "Writing the database");
        if (total == 0)
            total = records.size();
        for (const auto &record : records) {
            if (m_lastRowid % 256 == 0)
                report(progress, stage, m_lastRowid, total);
            if (!writeRecord(++m_lastRowid, record, error))
                return false;
        }
        return true;
    }

    bool finish(const QDateTime &buildDate, QString *error, const Progress &progress)
    {
        report(progress, QCoreApplication::translate("DatabaseWriter", "Writing the database"), m_lastRowid,
               m_lastRowid);
        report(progress, QCoreApplication::translate("DatabaseWriter", "Indexing the topics"), 0, 1);
        for (const QString &statement : DatabaseSchema::contentIndexes()) {
            if (!exec(statement, error))
                return false;
        }
        report(progress, QCoreApplication::translate("DatabaseWriter", "Writing the search index"), 0, 1);
        if (!SearchIndexWriter::build(m_db, m_pinyin, error, progress))
            return false;
        report(progress, QCoreApplication::translate("DatabaseWriter", "Indexing links and lists"), 0, 1);
        if (!MentionIndexWriter::build(m_db, error) || !ListIndexWriter::build(m_db, error)
            || !writeMeta(buildDate, error))
            return false;
        report(progress, QCoreApplication::translate("DatabaseWriter", "Saving the database"), 0, 1);
        if (!m_db.commit()) {
            *error = m_db.lastError().text();
            return false;
        }
        report(progress, QCoreApplication::translate("DatabaseWriter", "Compacting the database"), 0, 1);
        return exec(QStringLiteral("PRAGMA user_version = %1").arg(DatabaseSchema::kVersion), error)
            && exec(QStringLiteral("PRAGMA application_id = %1").arg(DatabaseSchema::kApplicationId), error)
            && exec(QStringLiteral("ANALYZE"), error) && compact(error);
    }

    void clearStatements()
    {
        for (SqliteStatement *s : {&m_insertEntity, &m_insertAlias, &m_insertField, &m_insertRelation,
                                   &m_insertSection, &m_insertItem, &m_findEntity})
            *s = SqliteStatement();
    }

private:
    // Prepared once for the whole build: a large content set has a million rows.
    bool prepareInserts(QString *error)
    {
        m_insertEntity = SqliteStatement(m_db, QStringLiteral(
            "INSERT INTO entity(rowid, kind, slug, name, english, summary, department, parent, source,"
            " reviewed, status, subtitle, sort_key) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)"));
        m_insertAlias = SqliteStatement(m_db, QStringLiteral("INSERT INTO alias(entity, ord, name) VALUES(?1,?2,?3)"));
        m_insertField = SqliteStatement(m_db, QStringLiteral("INSERT INTO field(entity, key, value) VALUES(?1,?2,?3)"));
        m_insertRelation = SqliteStatement(
            m_db, QStringLiteral("INSERT INTO relation(source, type, target, ord) VALUES(?1,?2,?3,?4)"));
        m_insertSection = SqliteStatement(
            m_db, QStringLiteral("INSERT INTO section(rowid, entity, ord, key, body) VALUES(?1,?2,?3,?4,?5)"));
        m_insertItem = SqliteStatement(
            m_db, QStringLiteral("INSERT INTO section_item(section, ord, type, title, body) VALUES(?1,?2,?3,?4,?5)"));
        m_findEntity = SqliteStatement(m_db, QStringLiteral("SELECT rowid, name FROM entity WHERE kind = ?1 AND slug = ?2"));
        for (const SqliteStatement *s : {&m_insertEntity, &m_insertAlias, &m_insertField, &m_insertRelation,
                                         &m_insertSection, &m_insertItem, &m_findEntity}) {
            if (!s->isValid())
                return run(*const_cast<SqliteStatement *>(s), error);
        }
        return true;
    }

    // A new file written in one transaction has few free pages: VACUUM would
    // copy all of it (a seventh of the build's time at 100,000 conditions) to
    // save almost nothing.
    bool compact(QString *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT f.freelist_count, c.page_count"
                                   " FROM pragma_freelist_count() f, pragma_page_count() c"))
            || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        const qint64 free = q.value(0).toLongLong();
        const qint64 pages = q.value(1).toLongLong();
        q.finish();
        return free * 32 <= pages || exec(QStringLiteral("VACUUM"), error);
    }

    bool exec(const QString &sql, QString *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }

    static bool run(SqliteStatement &q, QString *error)
    {
        if (q.execute())
            return true;
        *error = q.error().isEmpty() ? QStringLiteral("cannot write the database") : q.error();
        return false;
    }

    // The rowid of a record of this batch or of an earlier one (0 if none), and its name.
    qint64 find(Kind kind, const QString &id, QString *name = nullptr)
    {
        const QString key = kindName(kind) + QLatin1Char('/') + id;
        if (const auto it = m_rowids.constFind(key); it != m_rowids.constEnd()) {
            if (name) {
                const SourceRecord *target = m_records.value(key);
                *name = target ? target->value(QStringLiteral("name")) : QString();
            }
            return *it;
        }
        m_findEntity.reset();
        m_findEntity.bind(1, kindName(kind));
        m_findEntity.bind(2, id);
        qint64 rowid = 0;
        if (m_findEntity.next()) {
            rowid = m_findEntity.integer(0);
            if (name)
                *name = m_findEntity.text(1);
        }
        m_findEntity.reset();
        return rowid;
    }

    void bindRef(SqliteStatement &q, int index, const SourceRecord &src, const QString &key, Kind kind)
    {
        const QString value = src.value(key);
        QString id;
        if (value.isEmpty() || !ContentValidator::parseReference(value, kind, &id))
            q.bindNull(index);
        else
            q.bind(index, find(kind, id));
    }

    // The name of the first record a field of `src` refers to.
    QString nameOf(const SourceRecord &src, const QString &key, Kind kind)
    {
        const QStringList values = ContentValidator::splitList(src.value(key));
        QString id;
        if (values.isEmpty() || !ContentValidator::parseReference(values.first(), kind, &id))
            return {};
        QString name;
        find(kind, id, &name);
        return name;
    }

    // The short line under a name in lists and links, worked out once here
    // rather than with joins on every list page.
    QString subtitle(const ContentRecord &record)
    {
        const SourceRecord &src = record.source;
        QStringList parts;
        auto add = [&parts](const QString &part) {
            if (!part.isEmpty())
                parts.append(part);
        };
        switch (record.kind) {
        case Kind::Condition:
            add(nameOf(src, QStringLiteral("department"), Kind::Department));
            add(src.value(QStringLiteral("english")));
            break;
        case Kind::Doctor:
            add(QStringList{src.value(QStringLiteral("clinical-title")), src.value(QStringLiteral("academic-title"))}
                    .join(QLatin1Char(' '))
                    .trimmed());
            add(nameOf(src, QStringLiteral("works-at"), Kind::Hospital));
            add(nameOf(src, QStringLiteral("department"), Kind::Department));
            break;
        case Kind::Drug:
            add(src.value(QStringLiteral("manufacturer")));
            add(src.value(QStringLiteral("form")));
            break;
        case Kind::Test:
            add(src.value(QStringLiteral("english")));
            break;
        case Kind::Article:
        case Kind::Qa:
        case Kind::Leaflet:
            add(nameOf(src, QStringLiteral("about"), Kind::Condition));
            add(nameOf(src, QStringLiteral("answered-by"), Kind::Doctor));
            break;
        case Kind::Department:
            add(nameOf(src, QStringLiteral("parent"), Kind::Department));
            add(src.value(QStringLiteral("english")));
            break;
        case Kind::Hospital:
            add(src.value(QStringLiteral("city")));
            break;
        case Kind::Source:
            break;
        }
        return parts.join(QStringLiteral(" · "));
    }

    bool writeRecord(qint64 rowid, const ContentRecord &record, QString *error)
    {
        const SourceRecord &src = record.source;
        SqliteStatement &q = m_insertEntity;
        q.bind(1, rowid);
        q.bind(2, kindName(record.kind));
        q.bind(3, src.id);
        q.bind(4, text(src.value(QStringLiteral("name"))));
        q.bind(5, text(src.value(QStringLiteral("english"))));
        q.bind(6, text(src.value(QStringLiteral("summary"))));
        bindRef(q, 7, src, QStringLiteral("department"), Kind::Department);
        bindRef(q, 8, src, QStringLiteral("parent"), Kind::Department);
        bindRef(q, 9, src, QStringLiteral("source"), Kind::Source);
        q.bind(10, text(src.value(QStringLiteral("reviewed"))));
        q.bind(11, text(src.value(QStringLiteral("status"))));
        q.bind(12, text(subtitle(record)));
        q.bind(13, text(m_pinyin.sortKey(src.value(QStringLiteral("name")))));
        if (!run(q, error))
            return false;

        const QStringList aliases = ContentValidator::splitList(src.value(QStringLiteral("aliases")));
        for (int i = 0; i < aliases.size(); ++i) {
            SqliteStatement &a = m_insertAlias;
            a.bind(1, rowid);
            a.bind(2, i);
            a.bind(3, aliases.at(i));
            if (!run(a, error))
                return false;
        }
        // Fields go in in key order, the table's own: rows added in another
        // order split its pages and leave them partly empty.
        QList<QPair<QString, QString>> values;
        for (const auto &spec : fields(record.kind)) {
            const QString value = src.value(spec.key);
            if (spec.type == FieldType::Relation) {
                if (spec.inverseOf.isEmpty() && !writeRelations(rowid, record, spec, value, error))
                    return false;
            } else if (!value.isEmpty() && !isColumnField(spec.key)) {
                values.append({spec.key, value});
            }
        }
        std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[key, value] : std::as_const(values)) {
            SqliteStatement &f = m_insertField;
            f.bind(1, rowid);
            f.bind(2, key);
            f.bind(3, value);
            if (!run(f, error))
                return false;
        }
        return writeSections(rowid, record, error);
    }

    // Relations written on the other side (a doctor's `treats`) are stored as
    // this side's: they extend the target's list, after its own entries, in
    // record order. Done up front because the other side may come later; a
    // record may not name one of an earlier batch from the other side.
    bool collectInverseRelations(const QList<ContentRecord> &records, QString *error)
    {
        for (const auto &record : records) {
            for (const auto &spec : fields(record.kind)) {
                if (spec.type != FieldType::Relation || spec.inverseOf.isEmpty())
                    continue;
                const qint64 self = m_rowids.value(kindName(record.kind) + QLatin1Char('/') + record.source.id);
                for (const QString &target : ContentValidator::splitList(record.source.value(spec.key))) {
                    QString id;
                    ContentValidator::parseReference(target, spec.refKind, &id);
                    const QString key = kindName(spec.refKind) + QLatin1Char('/') + id;
                    if (!m_rowids.contains(key) && find(spec.refKind, id) != 0) {
                        *error = QStringLiteral("%1/%2 names %3 in %4, which was written before it")
                                     .arg(kindName(record.kind), record.source.id, key, spec.key);
                        return false;
                    }
                    m_inverse[key + QLatin1Char('|') + spec.inverseOf].append(self);
                }
            }
        }
        return true;
    }

    bool writeRelations(qint64 rowid, const ContentRecord &record, const FieldSpec &spec, const QString &value,
                        QString *error)
    {
        QList<qint64> targets;
        for (const QString &target : ContentValidator::splitList(value)) {
            QString id;
            ContentValidator::parseReference(target, spec.refKind, &id);
            targets.append(find(spec.refKind, id));
        }
        const QString self = kindName(record.kind) + QLatin1Char('/') + record.source.id;
        for (const qint64 other : m_inverse.take(self + QLatin1Char('|') + spec.key)) {
            if (!targets.contains(other)) // already listed on this side
                targets.append(other);
        }
        // A clinic's own doctors come first on its conditions: doctors of a
        // later layer before those of the base, each layer's in its order.
        if (spec.refKind == Kind::Doctor) {
            std::stable_sort(targets.begin(), targets.end(), [this](qint64 a, qint64 b) {
                return m_layerOf.value(a) > m_layerOf.value(b);
            });
        }
        for (int i = 0; i < targets.size(); ++i) {
            SqliteStatement &r = m_insertRelation;
            r.bind(1, rowid);
            r.bind(2, spec.key);
            r.bind(3, targets.at(i));
            r.bind(4, i);
            if (!run(r, error))
                return false;
        }
        return true;
    }

    bool writeSections(qint64 rowid, const ContentRecord &record, QString *error)
    {
        // Sections are stored in the schema's order, whatever order the file used.
        int ord = 0;
        for (const auto &spec : sections(record.kind)) {
            for (const auto &section : record.source.sections) {
                if (section.key != spec.key)
                    continue;
                const qint64 sectionId = ++m_lastSection;
                SqliteStatement &s = m_insertSection;
                s.bind(1, sectionId);
                s.bind(2, rowid);
                s.bind(3, ord++);
                s.bind(4, section.key);
                s.bind(5, text(section.body));
                if (!run(s, error))
                    return false;
                for (int i = 0; i < section.items.size(); ++i) {
                    const auto &item = section.items.at(i);
                    SqliteStatement &it = m_insertItem;
                    it.bind(1, sectionId);
                    it.bind(2, i);
                    it.bind(3, text(item.type));
                    it.bind(4, text(item.title));
                    it.bind(5, text(item.body));
                    if (!run(it, error))
                        return false;
                }
            }
        }
        return true;
    }

    bool writeMeta(const QDateTime &buildDate, QString *error)
    {
        QList<QPair<QString, QString>> meta{
            {QStringLiteral("schema_version"), QString::number(DatabaseSchema::kVersion)},
            {QStringLiteral("content_id"), m_meta.id},
            {QStringLiteral("content_name"), m_meta.name},
            {QStringLiteral("content_version"), m_meta.version},
            {QStringLiteral("sample"), m_meta.sample ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("build_date"), buildDate.toUTC().toString(Qt::ISODate)},
        };
        // One row per layer (base first), so a database says which version of
        // the base content and of each clinic overlay it was built from.
        const QList<ContentMeta> layers = m_layers.isEmpty() ? QList<ContentMeta>{m_meta} : m_layers;
        meta.append({QStringLiteral("layers"), QString::number(layers.size())});
        for (int i = 0; i < layers.size(); ++i) {
            const QString prefix = QStringLiteral("layer.%1.").arg(i);
            meta.append({prefix + QStringLiteral("id"), layers.at(i).id});
            meta.append({prefix + QStringLiteral("name"), layers.at(i).name});
            meta.append({prefix + QStringLiteral("version"), layers.at(i).version});
            meta.append({prefix + QStringLiteral("sample"), layers.at(i).sample ? QStringLiteral("yes") : QStringLiteral("no")});
        }
        for (const auto &[key, value] : meta) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?,?)"));
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
        }
        return true;
    }

    QSqlDatabase m_db;
    const ContentMeta m_meta;
    const QList<ContentMeta> m_layers;
    const Pinyin &m_pinyin;
    qint64 m_lastRowid = 0;
    qint64 m_lastSection = 0;
    QHash<QString, qint64> m_rowids; // "kind/id" -> rowid, for the batch being written
    QHash<qint64, int> m_layerOf; // rowid -> layer, for records of an overlay
    QHash<QString, const SourceRecord *> m_records; // the batch's
    QHash<QString, QList<qint64>> m_inverse; // "kind/id|type" -> rowids that name it from the other side
    SqliteStatement m_insertEntity;
    SqliteStatement m_insertAlias;
    SqliteStatement m_insertField;
    SqliteStatement m_insertRelation;
    SqliteStatement m_insertSection;
    SqliteStatement m_insertItem;
    SqliteStatement m_findEntity;
};

QDateTime defaultBuildDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc();
}

// Creates the file at `path`, begins a writer on it and lets `fill` add the
// records and finish; the file is removed when anything fails.
bool createWith(const QString &path, const ContentMeta &meta, const QList<ContentMeta> &layers, QDateTime buildDate,
                QString *error, const std::function<bool(Writer &, const QDateTime &)> &fill)
{
    if (!buildDate.isValid())
        buildDate = defaultBuildDate();
    QFile::remove(path);
    bool ok = false;
    {
        SqlConnection connection(path, SqlConnection::Mode::ReadWriteCreate);
        if (!connection.isOpen()) {
            *error = QStringLiteral("cannot create %1: %2").arg(path, connection.errorText());
            return false;
        }
        const Pinyin pinyin;
        if (pinyin.isEmpty()) {
            *error = QStringLiteral("the pinyin table is missing from this build");
            return false;
        }
        Writer writer(connection.database(), meta, layers, pinyin);
        ok = writer.begin(error) && fill(writer, buildDate);
        writer.clearStatements();
    }
    if (!ok)
        QFile::remove(path);
    return ok;
}

} // namespace

bool DatabaseWriter::create(const ContentSet &content, const QString &path, QString *error, QDateTime buildDate,
                            const Progress &progress)
{
    return createWith(path, content.meta, content.layers, buildDate, error, [&](Writer &writer, const QDateTime &date) {
        return writer.add(content.records, error, progress) && writer.finish(date, error, progress);
    });
}

bool DatabaseWriter::create(const ContentMeta &meta, qint64 total, const Producer &produce, const QString &path,
                            QString *error, QDateTime buildDate, const Progress &progress)
{
    return createWith(path, meta, {}, buildDate, error, [&](Writer &writer, const QDateTime &date) {
        return produce([&](const QList<ContentRecord> &batch) { return writer.add(batch, error, progress, total); })
            && writer.finish(date, error, progress);
    });
}

bool DatabaseWriter::write(const ContentSet &content, const QString &path, QString *error,
                           QDateTime buildDate)
{
    const QString temporary = path + QStringLiteral(".tmp");
    if (!create(content, temporary, error, buildDate))
        return false;
    bool ok = false;
    {
        SqlConnection connection(temporary, SqlConnection::Mode::ReadWriteCreate);
        QSqlQuery check(connection.database());
        ok = check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next()
            && check.value(0).toString() == QLatin1String("ok");
        if (!ok)
            *error = QStringLiteral("the new database failed its integrity check: %1 %2")
                         .arg(check.value(0).toString(), check.lastError().text());
    }
    if (!ok) {
        QFile::remove(temporary);
        return false;
    }
    // rename(2) replaces the old file atomically: readers see the old or the new database.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = QStringLiteral("cannot move %1 to %2").arg(temporary, path);
        QFile::remove(temporary);
        return false;
    }
    return true;
}

} // namespace huanjiao
