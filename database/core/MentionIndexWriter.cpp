// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionIndexWriter.h"

#include "ContentSchema.h"
#include "DatabaseSchema.h"
#include "Entity.h"
#include "MentionScanner.h"
#include "TextUnits.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace huanjiao {

namespace {

// When two entities share a name, the link goes to the one a reader most
// likely means: a condition before a drug before a test, and so on.
int kindPriority(const QString &kind)
{
    static const QStringList order{QStringLiteral("condition"), QStringLiteral("drug"),
                                   QStringLiteral("test"),      QStringLiteral("department"),
                                   QStringLiteral("hospital"),  QStringLiteral("doctor"),
                                   QStringLiteral("article"),   QStringLiteral("qa"),
                                   QStringLiteral("leaflet"),   QStringLiteral("source")};
    const qsizetype index = order.indexOf(kind);
    return index < 0 ? int(order.size()) : int(index);
}

// Whether the sentence around a match says the two are unrelated
// ("与面肌痉挛无关", "和偏头痛是两回事", "不用于面肌痉挛"): naming a thing to rule it out is
// no reason to list the page under that thing's "mentioned in".
bool saysUnrelated(const QString &unit, int offset, int length)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[。！？；!?;\\n]"));
    static const QRegularExpression notFor(QStringLiteral("(?:不|不能|不可|并不)(?:用于|适用于)(?:治疗)?$"));
    static const QRegularExpression with(QStringLiteral("(?:与|和|跟|同)$"));
    static const QRegularExpression unrelated(
        QStringLiteral("^(?:并|都|也|完全)?(?:无关|没有关系|没关系|不相关|是两回事|不是一回事)"));
    const qsizetype start = std::max<qsizetype>(0, unit.lastIndexOf(sentenceEnd, offset) + 1);
    const QString head = unit.mid(start, offset - start);
    const QString tail = unit.mid(offset + length);
    return head.contains(notFor) || (head.contains(with) && tail.contains(unrelated));
}

bool fail(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

class Builder
{
public:
    Builder(QSqlDatabase db)
        : m_db(std::move(db))
        , m_insert(m_db)
    {
    }

    bool run(QString *error)
    {
        if (!loadNames(error))
            return false;
        m_insert.prepare(QStringLiteral(
            "INSERT INTO mention(source, section, unit, start, size, target) VALUES(?,?,?,?,?,?)"));
        return scanSummaries(error) && scanFields(error) && scanSections(error);
    }

private:
    bool loadNames(QString *error)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        QHash<qint64, int> priority;
        // Articles, questions and leaflets are named by titles and questions, not by terms
        // a text would use; they are linked from their condition instead.
        if (!q.exec(QStringLiteral("SELECT rowid, kind, name FROM entity WHERE kind NOT IN ('article', 'qa', 'leaflet')")))
            return fail(q, error);
        while (q.next()) {
            const qint64 rowid = q.value(0).toLongLong();
            const int p = kindPriority(q.value(1).toString());
            priority.insert(rowid, p);
            m_scanner.add(q.value(2).toString(), rowid, p);
        }
        if (!q.exec(QStringLiteral("SELECT a.entity, a.name FROM alias a JOIN entity e ON e.rowid = a.entity"
                                   " WHERE e.kind NOT IN ('article', 'qa', 'leaflet')")))
            return fail(q, error);
        while (q.next()) {
            const qint64 rowid = q.value(0).toLongLong();
            // An alias loses to another entity's own name of the same spelling.
            m_scanner.add(q.value(1).toString(), rowid, priority.value(rowid) + 100);
        }
        return true;
    }

    // Records the first mention of each target in one section of one entity.
    bool record(qint64 source, const QString &section, const QStringList &units, QString *error)
    {
        QSet<qint64> seen;
        for (int unit = 0; unit < units.size(); ++unit) {
            for (const auto &match : m_scanner.scan(units.at(unit), source)) {
                if (seen.contains(match.target) || saysUnrelated(units.at(unit), match.offset, match.length))
                    continue;
                seen.insert(match.target);
                m_insert.addBindValue(source);
                m_insert.addBindValue(section);
                m_insert.addBindValue(unit);
                m_insert.addBindValue(match.offset);
                m_insert.addBindValue(match.length);
                m_insert.addBindValue(match.target);
                if (!m_insert.exec())
                    return fail(m_insert, error);
            }
        }
        return true;
    }

    bool scanSummaries(QString *error)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT rowid, summary FROM entity WHERE summary <> '' ORDER BY rowid")))
            return fail(q, error);
        while (q.next()) {
            if (!record(q.value(0).toLongLong(), TextUnits::summaryKey(), TextUnits::ofText(q.value(1).toString()),
                        error))
                return false;
        }
        return true;
    }

    bool scanFields(QString *error)
    {
        const QStringList keys = ContentSchema::proseFields();
        QStringList marks;
        for (qsizetype i = 0; i < keys.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT entity, key, value FROM field WHERE key IN (%1) ORDER BY entity")
                      .arg(marks.join(QLatin1Char(','))));
        for (const QString &key : keys)
            q.addBindValue(key);
        if (!q.exec())
            return fail(q, error);
        while (q.next()) {
            if (!record(q.value(0).toLongLong(), q.value(1).toString(), TextUnits::ofText(q.value(2).toString()),
                        error))
                return false;
        }
        return true;
    }

    bool scanSections(QString *error)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT s.entity, s.rowid, s.key, s.body, i.type, i.title, i.body FROM section s"
                                   " LEFT JOIN section_item i ON i.section = s.rowid"
                                   " ORDER BY s.entity, s.ord, i.ord")))
            return fail(q, error);
        qint64 entity = 0;
        qint64 sectionRow = 0;
        Section section;
        auto flush = [&] {
            return sectionRow == 0 || record(entity, section.key, TextUnits::ofSection(section), error);
        };
        while (q.next()) {
            const qint64 row = q.value(1).toLongLong();
            if (row != sectionRow) {
                if (!flush())
                    return false;
                entity = q.value(0).toLongLong();
                sectionRow = row;
                section = Section{q.value(2).toString(), q.value(3).toString(), {}};
            }
            if (!q.value(5).isNull())
                section.items.append({q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
        }
        return flush();
    }

    QSqlDatabase m_db;
    QSqlQuery m_insert;
    MentionScanner m_scanner;
};

} // namespace

bool MentionIndexWriter::build(QSqlDatabase db, QString *error)
{
    if (!Builder(db).run(error))
        return false;
    // Indexes built after the rows, in one go.
    QSqlQuery q(db);
    for (const QString &statement : DatabaseSchema::mentionIndexes()) {
        if (!q.exec(statement))
            return fail(q, error);
    }
    return true;
}


} // namespace huanjiao
