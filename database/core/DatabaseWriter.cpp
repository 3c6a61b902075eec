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

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

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
    Writer(QSqlDatabase db, const ContentSet &content, const Pinyin &pinyin)
        : m_db(std::move(db))
        , m_content(content)
        , m_pinyin(pinyin)
    {
    }

    bool run(const QDateTime &buildDate, QString *error, const Progress &progress)
    {
        const QStringList statements = DatabaseSchema::createStatements() + SearchIndexWriter::createStatements()
            + MentionIndexWriter::createStatements() + ListIndexWriter::createStatements();
        for (const QString &statement : statements) {
            if (!exec(statement, error))
                return false;
        }
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        prepareInserts();
        // Rowids are assigned up front so that columns can refer to any record.
        qint64 rowid = 0;
        for (const auto &record : m_content.records) {
            const QString key = kindName(record.kind) + QLatin1Char('/') + record.source.id;
            m_rowids.insert(key, ++rowid);
            m_records.insert(key, &record.source);
            if (record.source.layer > 0)
                m_layerOf.insert(rowid, record.source.layer);
        }
        collectInverseRelations();

        const QString stage = QCoreApplication::translate("DatabaseWriter", "Writing the database");
        const qint64 total = m_content.records.size();
        rowid = 0;
        for (const auto &record : m_content.records) {
            if (rowid % 256 == 0)
                report(progress, stage, rowid, total);
            if (!writeRecord(++rowid, record, error))
                return false;
        }
        report(progress, stage, total, total);
        report(progress, QCoreApplication::translate("DatabaseWriter", "Writing the search index"), 0, 1);
        if (!SearchIndexWriter::build(m_db, m_pinyin, error) || !MentionIndexWriter::build(m_db, error)
            || !ListIndexWriter::build(m_db, error) || !writeMeta(buildDate, error))
            return false;
        if (!m_db.commit()) {
            *error = m_db.lastError().text();
            return false;
        }
        report(progress, QCoreApplication::translate("DatabaseWriter", "Compacting the database"), 0, 1);
        return exec(QStringLiteral("PRAGMA user_version = %1").arg(DatabaseSchema::kVersion), error)
            && exec(QStringLiteral("PRAGMA application_id = %1").arg(DatabaseSchema::kApplicationId), error)
            && exec(QStringLiteral("ANALYZE"), error) && exec(QStringLiteral("VACUUM"), error);
    }

private:
    // Prepared once for the whole build: a large content set has a million rows.
    void prepareInserts()
    {
        m_insertEntity.prepare(QStringLiteral(
            "INSERT INTO entity(rowid, kind, slug, name, english, summary, department, parent, source,"
            " reviewed, status, subtitle, sort_key) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        m_insertAlias.prepare(QStringLiteral("INSERT INTO alias(entity, ord, name) VALUES(?,?,?)"));
        m_insertField.prepare(QStringLiteral("INSERT INTO field(entity, key, value) VALUES(?,?,?)"));
        m_insertRelation.prepare(QStringLiteral("INSERT INTO relation(source, type, target, ord) VALUES(?,?,?,?)"));
        m_insertSection.prepare(QStringLiteral("INSERT INTO section(entity, ord, key, body) VALUES(?,?,?,?)"));
        m_insertItem.prepare(
            QStringLiteral("INSERT INTO section_item(section, ord, type, title, body) VALUES(?,?,?,?,?)"));
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

    bool run(QSqlQuery &q, QString *error)
    {
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }

    QVariant refRowid(const SourceRecord &src, const QString &key, Kind kind) const
    {
        const QString value = src.value(key);
        QString id;
        if (value.isEmpty() || !ContentValidator::parseReference(value, kind, &id))
            return QVariant(QMetaType::fromType<qint64>());
        return m_rowids.value(kindName(kind) + QLatin1Char('/') + id);
    }

    // The name of the first record a field of `src` refers to.
    QString nameOf(const SourceRecord &src, const QString &key, Kind kind) const
    {
        const QStringList values = ContentValidator::splitList(src.value(key));
        QString id;
        if (values.isEmpty() || !ContentValidator::parseReference(values.first(), kind, &id))
            return {};
        const SourceRecord *target = m_records.value(kindName(kind) + QLatin1Char('/') + id);
        return target ? target->value(QStringLiteral("name")) : QString();
    }

    // The short line under a name in lists and links, worked out once here
    // rather than with joins on every list page.
    QString subtitle(const ContentRecord &record) const
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
        QSqlQuery &q = m_insertEntity;
        q.addBindValue(rowid);
        q.addBindValue(kindName(record.kind));
        q.addBindValue(src.id);
        q.addBindValue(src.value(QStringLiteral("name")));
        q.addBindValue(src.value(QStringLiteral("english")));
        q.addBindValue(src.value(QStringLiteral("summary")));
        q.addBindValue(refRowid(src, QStringLiteral("department"), Kind::Department));
        q.addBindValue(refRowid(src, QStringLiteral("parent"), Kind::Department));
        q.addBindValue(refRowid(src, QStringLiteral("source"), Kind::Source));
        q.addBindValue(src.value(QStringLiteral("reviewed")));
        q.addBindValue(src.value(QStringLiteral("status")));
        q.addBindValue(text(subtitle(record)));
        q.addBindValue(m_pinyin.sortKey(src.value(QStringLiteral("name"))));
        if (!run(q, error))
            return false;

        const QStringList aliases = ContentValidator::splitList(src.value(QStringLiteral("aliases")));
        for (int i = 0; i < aliases.size(); ++i) {
            QSqlQuery &a = m_insertAlias;
            a.addBindValue(rowid);
            a.addBindValue(i);
            a.addBindValue(aliases.at(i));
            if (!run(a, error))
                return false;
        }
        for (const auto &spec : fields(record.kind)) {
            const QString value = src.value(spec.key);
            if (spec.type == FieldType::Relation) {
                if (spec.inverseOf.isEmpty() && !writeRelations(rowid, record, spec, value, error))
                    return false;
            } else if (!value.isEmpty() && !isColumnField(spec.key)) {
                QSqlQuery &f = m_insertField;
                f.addBindValue(rowid);
                f.addBindValue(spec.key);
                f.addBindValue(value);
                if (!run(f, error))
                    return false;
            }
        }
        return writeSections(rowid, record, error);
    }

    // Relations written on the other side (a doctor's `treats`) are stored as
    // this side's: they extend the target's list, after its own entries, in
    // record order. Done up front because the other side may come later.
    void collectInverseRelations()
    {
        for (const auto &record : m_content.records) {
            for (const auto &spec : fields(record.kind)) {
                if (spec.type != FieldType::Relation || spec.inverseOf.isEmpty())
                    continue;
                const qint64 self = m_rowids.value(kindName(record.kind) + QLatin1Char('/') + record.source.id);
                for (const QString &target : ContentValidator::splitList(record.source.value(spec.key))) {
                    QString id;
                    ContentValidator::parseReference(target, spec.refKind, &id);
                    m_inverse[kindName(spec.refKind) + QLatin1Char('/') + id + QLatin1Char('|') + spec.inverseOf]
                        .append(self);
                }
            }
        }
    }

    bool writeRelations(qint64 rowid, const ContentRecord &record, const FieldSpec &spec, const QString &value,
                        QString *error)
    {
        QList<qint64> targets;
        for (const QString &target : ContentValidator::splitList(value)) {
            QString id;
            ContentValidator::parseReference(target, spec.refKind, &id);
            targets.append(m_rowids.value(kindName(spec.refKind) + QLatin1Char('/') + id));
        }
        const QString self = kindName(record.kind) + QLatin1Char('/') + record.source.id;
        for (const qint64 other : m_inverse.value(self + QLatin1Char('|') + spec.key)) {
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
            QSqlQuery &r = m_insertRelation;
            r.addBindValue(rowid);
            r.addBindValue(spec.key);
            r.addBindValue(targets.at(i));
            r.addBindValue(i);
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
                QSqlQuery &s = m_insertSection;
                s.addBindValue(rowid);
                s.addBindValue(ord++);
                s.addBindValue(section.key);
                s.addBindValue(text(section.body));
                if (!run(s, error))
                    return false;
                const QVariant sectionId = s.lastInsertId();
                for (int i = 0; i < section.items.size(); ++i) {
                    const auto &item = section.items.at(i);
                    QSqlQuery &it = m_insertItem;
                    it.addBindValue(sectionId);
                    it.addBindValue(i);
                    it.addBindValue(text(item.type));
                    it.addBindValue(item.title);
                    it.addBindValue(text(item.body));
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
            {QStringLiteral("content_id"), m_content.meta.id},
            {QStringLiteral("content_name"), m_content.meta.name},
            {QStringLiteral("content_version"), m_content.meta.version},
            {QStringLiteral("sample"), m_content.meta.sample ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("build_date"), buildDate.toUTC().toString(Qt::ISODate)},
        };
        // One row per layer (base first), so a database says which version of
        // the base content and of each clinic overlay it was built from.
        const QList<ContentMeta> layers = m_content.allLayers();
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
            if (!run(q, error))
                return false;
        }
        return true;
    }

    QSqlDatabase m_db;
    const ContentSet &m_content;
    QHash<QString, qint64> m_rowids;
    QHash<qint64, int> m_layerOf; // rowid -> layer, for records of an overlay
    QHash<QString, const SourceRecord *> m_records;
    QHash<QString, QList<qint64>> m_inverse; // "kind/id|type" -> rowids that name it from the other side
    const Pinyin &m_pinyin;
    QSqlQuery m_insertEntity{m_db};
    QSqlQuery m_insertAlias{m_db};
    QSqlQuery m_insertField{m_db};
    QSqlQuery m_insertRelation{m_db};
    QSqlQuery m_insertSection{m_db};
    QSqlQuery m_insertItem{m_db};
};

QDateTime defaultBuildDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc();
}

} // namespace

bool DatabaseWriter::create(const ContentSet &content, const QString &path, QString *error, QDateTime buildDate,
                            const Progress &progress)
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
        ok = Writer(connection.database(), content, pinyin).run(buildDate, error, progress);
    }
    if (!ok)
        QFile::remove(path);
    return ok;
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
