// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentValidator.h"

#include "ContentLimits.h"
#include "ContentSchema.h"
#include "EntityId.h"
#include "InertText.h"
#include "NearestName.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace huanjiao {

using namespace ContentSchema;

namespace {

QString key(Kind kind, const QString &id)
{
    return kindName(kind) + QLatin1Char('/') + id;
}

class Validator
{
    Q_DECLARE_TR_FUNCTIONS(ContentValidator)

public:
    explicit Validator(Diagnostics *diagnostics)
        : m_diagnostics(diagnostics)
    {
    }

    ContentSet run(const QList<SourceRecord> &records, const QString &metaFile)
    {
        ContentSet set;
        collect(records, metaFile, &set);
        // Kind by kind: row order then depends on what the records are, not on
        // how they were spread over files, so an export builds back the same rows.
        std::stable_sort(set.records.begin(), set.records.end(), [](const ContentRecord &a, const ContentRecord &b) {
            return allKinds().indexOf(a.kind) < allKinds().indexOf(b.kind);
        });
        for (const auto &record : set.records)
            checkRecord(record);
        // A record with a bad or duplicate id is checked all the same, so that
        // one slip does not hide the record's other problems.
        for (const auto &record : std::as_const(m_unindexed))
            checkRecord(record);
        checkDepartmentTree(set);
        std::stable_sort(m_diagnostics->begin(), m_diagnostics->end(),
                         [](const Diagnostic &a, const Diagnostic &b) {
                             return a.file != b.file ? a.file < b.file : a.line < b.line;
                         });
        return set;
    }

    ContentMeta readMeta(const SourceRecord &record)
    {
        ContentMeta meta;
        meta.id = record.id;
        if (!EntityId::isValid(record.id))
            error(record.file, record.line,
                  tr("malformed content id '%1'; use lowercase ASCII letters, digits and single hyphens")
                      .arg(record.id));
        static const QStringList required{QStringLiteral("name"), QStringLiteral("version")};
        static const QStringList allowed = required
            + QStringList{QStringLiteral("sample"), QStringLiteral("replaces"), QStringLiteral("removes")};
        QSet<QString> seen;
        for (const auto &f : record.fields) {
            if (!allowed.contains(f.key))
                error(record.file, f.line, tr("unknown field '%1' for @content").arg(f.key));
            else if (seen.contains(f.key))
                error(record.file, f.line, tr("field '%1' given twice").arg(f.key));
            seen.insert(f.key);
            checkMarkup(record.file, f.line, f.value);
        }
        if (!record.sections.isEmpty())
            error(record.file, record.sections.first().line, tr("a @content record has no sections"));
        for (const QString &key : required) {
            if (record.value(key).isEmpty())
                error(record.file, record.line, tr("missing required field '%1'").arg(key));
        }
        meta.name = record.value(QStringLiteral("name"));
        meta.version = record.value(QStringLiteral("version"));
        const QString sample = record.value(QStringLiteral("sample"));
        if (!sample.isEmpty() && sample != QLatin1String("yes") && sample != QLatin1String("no")) {
            error(record.file, record.field(QStringLiteral("sample"))->line,
                  tr("'sample' must be yes or no"));
        }
        meta.sample = sample == QLatin1String("yes");
        if (const SourceField *f = record.field(QStringLiteral("replaces"))) {
            for (const QString &name : ContentValidator::splitList(f->value)) {
                Kind kind;
                if (!kindFromName(name, &kind) || kind == Kind::Source)
                    error(record.file, f->line,
                          tr("'replaces' lists '%1', which is not a kind that can be replaced").arg(name));
                meta.replaces.append(name);
            }
        }
        if (const SourceField *f = record.field(QStringLiteral("removes"))) {
            for (const QString &target : ContentValidator::splitList(f->value)) {
                const qsizetype slash = target.indexOf(QLatin1Char('/'));
                Kind kind;
                if (slash < 0 || !kindFromName(target.left(slash), &kind)
                    || !EntityId::isValid(target.mid(slash + 1)))
                    error(record.file, f->line,
                          tr("'removes' lists '%1'; write kind/id, e.g. doctor/ye-lin").arg(target));
                meta.removes.append(target);
            }
        }
        return meta;
    }

private:
    void error(const QString &file, int line, const QString &message)
    {
        m_diagnostics->append({file, line, message});
    }

    void collect(const QList<SourceRecord> &records, const QString &metaFile, ContentSet *set)
    {
        const SourceRecord *metaRecord = nullptr;
        for (const auto &record : records) {
            if (record.kind == QLatin1String("content")) {
                if (metaRecord) {
                    error(record.file, record.line,
                          tr("a second @content record; the first is at %1:%2")
                              .arg(metaRecord->file)
                              .arg(metaRecord->line));
                    continue;
                }
                metaRecord = &record;
                set->meta = readMeta(record);
                continue;
            }
            Kind kind;
            if (!kindFromName(record.kind, &kind)) {
                QStringList names;
                for (Kind k : allKinds())
                    names.append(kindName(k));
                error(record.file, record.line, tr("unknown kind '%1'").arg(record.kind) + didYouMean(record.kind, names));
                continue;
            }
            if (!EntityId::isValid(record.id)) {
                error(record.file, record.line,
                      tr("malformed id '%1'; use lowercase ASCII letters, digits and single hyphens")
                          .arg(record.id));
                m_unindexed.append({kind, record});
                continue;
            }
            const QString k = key(kind, record.id);
            if (const auto it = m_index.constFind(k); it != m_index.constEnd()) {
                error(record.file, record.line,
                      tr("duplicate id '%1'; first defined at %2:%3")
                          .arg(k, it->file)
                          .arg(it->line));
                m_unindexed.append({kind, record});
                continue;
            }
            m_index.insert(k, record);
            m_ids[int(kind)].append(record.id);
            set->records.append({kind, record});
        }
        if (!metaRecord)
            error(metaFile, 1, tr("no @content record (name, version, sample)"));
    }

    void checkMarkup(const QString &file, int line, const QString &text)
    {
        if (ContentValidator::containsMarkup(text))
            error(file, line, tr("raw HTML is not allowed in content; write plain text"));
        // Invisible characters that would reorder or hide text where it is shown.
        const auto hidden = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return InertText::isDropped(c.unicode()); });
        if (hidden != text.cend())
            error(file, line, tr("invisible control character U+%1 in the text; remove it")
                                  .arg(QString::number(hidden->unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    }

    void checkRecord(const ContentRecord &record)
    {
        const SourceRecord &src = record.source;
        QSet<QString> seen;
        for (const auto &f : src.fields) {
            const FieldSpec *spec = field(record.kind, f.key);
            if (!spec) {
                QStringList keys;
                for (const auto &known : fields(record.kind))
                    keys.append(known.key);
                error(src.file, f.line,
                      tr("unknown field '%1' for a %2").arg(f.key, kindName(record.kind)) + didYouMean(f.key, keys));
                continue;
            }
            if (seen.contains(f.key)) {
                error(src.file, f.line, tr("field '%1' given twice").arg(f.key));
                continue;
            }
            seen.insert(f.key);
            if (f.value.isEmpty()) {
                error(src.file, f.line, tr("field '%1' is empty").arg(f.key));
                continue;
            }
            const int limit = f.key == QLatin1String("name") ? ContentLimits::kMaxNameLength
                                                             : ContentLimits::kMaxFieldLength;
            if (f.value.size() > limit) {
                error(src.file, f.line, tr("field '%1' is %2 characters long; the limit is %3")
                                            .arg(f.key)
                                            .arg(f.value.size())
                                            .arg(limit));
                continue;
            }
            checkMarkup(src.file, f.line, f.value);
            checkValue(src, *spec, f);
        }
        for (const auto &spec : fields(record.kind)) {
            if (spec.required && !seen.contains(spec.key))
                m_diagnostics->append({src.file, src.line, tr("missing required field '%1'").arg(spec.key), spec.key});
        }
        checkReviewStatus(src);
        checkSections(record);
    }

    // A topic says it was reviewed only when someone did: status `reviewed`
    // needs the reviewer and the date, and sample or draft text may not carry them.
    void checkReviewStatus(const SourceRecord &src)
    {
        const QString status = src.value(QStringLiteral("status"));
        if (status.isEmpty())
            return;
        const bool hasDate = !src.value(QStringLiteral("reviewed")).isEmpty();
        const bool hasReviewer = !src.value(QStringLiteral("reviewer")).isEmpty();
        if (status == QLatin1String("reviewed")) {
            if (!hasDate)
                error(src.file, src.line, tr("status 'reviewed' needs 'reviewed: YYYY-MM-DD', the date of the review"));
            if (!hasReviewer)
                error(src.file, src.line, tr("status 'reviewed' needs 'reviewer:', who reviewed it"));
        } else if (hasDate || hasReviewer) {
            error(src.file, src.line,
                  tr("a %1 topic has not been reviewed: write 'updated: YYYY-MM-DD' instead of "
                     "'reviewed'/'reviewer', or set 'status: reviewed'")
                      .arg(status));
        }
    }

    void checkValue(const SourceRecord &src, const FieldSpec &spec, const SourceField &f)
    {
        switch (spec.type) {
        case FieldType::Text: {
            // Titles come from fixed lists: a slip (主治医生) would print on
            // every page and handout.
            const QStringList &allowed = allowedValues(spec.key);
            if (!allowed.isEmpty() && !allowed.contains(f.value) && !ContentValidator::containsMarkup(f.value))
                error(src.file, f.line,
                      tr("'%1' is not allowed in '%2'; use one of %3")
                              .arg(f.value, f.key, allowed.join(QStringLiteral("、")))
                          + didYouMean(f.value, allowed));
            return;
        }
        case FieldType::TextList:
            return;
        case FieldType::Date: {
            static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")));
            if (!re.match(f.value).hasMatch() || !QDate::fromString(f.value, Qt::ISODate).isValid())
                error(src.file, f.line,
                      tr("malformed date '%1'; write YYYY-MM-DD").arg(f.value));
            return;
        }
        case FieldType::Status:
            if (!statuses().contains(f.value))
                error(src.file, f.line,
                      tr("unknown status '%1'; use %2").arg(f.value, statuses().join(QStringLiteral(", ")))
                          + didYouMean(f.value, statuses()));
            return;
        case FieldType::Ref:
        case FieldType::Relation: {
            const QStringList targets = spec.type == FieldType::Ref ? QStringList{f.value}
                                                                    : ContentValidator::splitList(f.value);
            if (spec.type == FieldType::Ref && ContentValidator::splitList(f.value).size() > 1)
                error(src.file, f.line, tr("field '%1' takes one id").arg(f.key));
            QSet<QString> unique;
            for (const QString &target : targets)
                checkReference(src, spec, f, target, &unique);
            return;
        }
        }
    }

    void checkReference(const SourceRecord &src, const FieldSpec &spec, const SourceField &f,
                        const QString &target, QSet<QString> *unique)
    {
        QString id;
        if (!ContentValidator::parseReference(target, spec.refKind, &id)) {
            error(src.file, f.line,
                  tr("'%1' in '%2' must be a %3 id").arg(target, f.key, kindName(spec.refKind)));
            return;
        }
        if (!m_index.contains(key(spec.refKind, id))) {
            m_diagnostics->append({src.file, f.line,
                                   tr("'%1' refers to %2 that does not exist").arg(f.key, key(spec.refKind, id))
                                       + didYouMean(id, m_ids.value(int(spec.refKind))),
                                   {}, true});
            return;
        }
        if (unique->contains(id))
            error(src.file, f.line, tr("'%1' lists %2 twice").arg(f.key, id));
        unique->insert(id);
        if (spec.refKind == Kind::Condition && id == src.id && kindName(Kind::Condition) == src.kind)
            error(src.file, f.line, tr("a condition cannot relate to itself"));
    }

    void checkSections(const ContentRecord &record)
    {
        const SourceRecord &src = record.source;
        QSet<QString> seen;
        for (const auto &section : src.sections) {
            if (!sectionAllowed(record.kind, section.key)) {
                const auto allowed = sections(record.kind);
                QStringList names;
                for (const auto &s : allowed)
                    names << s.key;
                error(src.file, section.line,
                      names.isEmpty()
                          ? tr("a %1 has no sections").arg(kindName(record.kind))
                          : tr("unknown section '%1' for a %2; allowed: %3")
                                    .arg(section.key, kindName(record.kind), names.join(QStringLiteral(", ")))
                                + didYouMean(section.key, names));
                continue;
            }
            if (seen.contains(section.key)) {
                error(src.file, section.line, tr("section '%1' given twice").arg(section.key));
                continue;
            }
            seen.insert(section.key);
            qsizetype length = section.body.size();
            for (const auto &item : section.items)
                length += item.title.size() + item.body.size();
            if (length > ContentLimits::kMaxSectionLength)
                error(src.file, section.line, tr("section '%1' is %2 characters long; the limit is %3")
                                                  .arg(section.key)
                                                  .arg(length)
                                                  .arg(ContentLimits::kMaxSectionLength));
            if (section.body.trimmed().isEmpty() && section.items.isEmpty())
                error(src.file, section.line, tr("section '%1' is empty").arg(section.key));
            checkProse(src.file, section.line + 1, section.body);
            for (const auto &item : section.items)
                checkItem(src.file, section.key, item);
        }
        for (const auto &spec : sections(record.kind)) {
            if (spec.required && !seen.contains(spec.key))
                m_diagnostics->append({src.file, src.line, tr("missing required section '%1'").arg(spec.key), spec.key});
        }
    }

    void checkItem(const QString &file, const QString &section, const SourceItem &item)
    {
        if (item.title.isEmpty())
            error(file, item.line, tr("an item needs a title after '###'"));
        checkMarkup(file, item.line, item.title);
        checkProse(file, item.line + 1, item.body);
        const QStringList &types = itemTypes(section);
        const QString allowed = types.join(QStringLiteral(", "));
        if (types.isEmpty()) {
            if (!item.type.isEmpty())
                error(file, item.line, tr("a [type] is only allowed on treatments and seek-care items"));
        } else if (item.type.isEmpty()) {
            if (itemTypeRequired(section))
                error(file, item.line,
                      tr("a treatment needs a type: '### [type] title', type one of %1").arg(allowed));
        } else if (!types.contains(item.type)) {
            error(file, item.line, section == QLatin1String("treatments")
                                       ? tr("unknown treatment type '%1'; use %2").arg(item.type, allowed)
                                       : tr("unknown type '%1' in '%2'; use %3").arg(item.type, section, allowed));
        }
    }

    // Reports markup on the line where it starts, not only at the section. A
    // tag may span lines ("<" at the end of one, "img" on the next): Qt's HTML
    // parser reads it as one, so the body is checked whole.
    void checkProse(const QString &file, int firstLine, const QString &body)
    {
        const QStringList lines = body.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i)
            checkMarkup(file, firstLine + i, lines.at(i));
        const qsizetype at = ContentValidator::markupPosition(body);
        if (at >= 0) {
            const int line = firstLine + int(QStringView(body).left(at).count(QLatin1Char('\n')));
            const bool reported = std::any_of(m_diagnostics->cbegin(), m_diagnostics->cend(), [&](const Diagnostic &d) {
                return d.file == file && d.line == line;
            });
            if (!reported)
                error(file, line, tr("raw HTML is not allowed in content; write plain text"));
        }
    }

    void checkDepartmentTree(const ContentSet &set)
    {
        for (const auto &record : set.records) {
            if (record.kind != Kind::Department)
                continue;
            QSet<QString> chain{record.source.id};
            QString parent = record.source.value(QStringLiteral("parent"));
            while (!parent.isEmpty()) {
                QString id;
                if (!ContentValidator::parseReference(parent, Kind::Department, &id))
                    break;
                if (chain.contains(id)) {
                    error(record.source.file, record.source.line,
                          tr("department '%1' is its own ancestor").arg(record.source.id));
                    break;
                }
                chain.insert(id);
                const auto it = m_index.constFind(key(Kind::Department, id));
                if (it == m_index.constEnd())
                    break;
                parent = it->value(QStringLiteral("parent"));
            }
        }
    }

    // "; did you mean X?" when a candidate is near what was written, else nothing.
    static QString didYouMean(const QString &written, const QStringList &candidates)
    {
        const QString nearest = NearestName::find(written, candidates);
        return nearest.isEmpty() ? QString() : tr("; did you mean '%1'?").arg(nearest);
    }

    Diagnostics *m_diagnostics;
    QHash<QString, SourceRecord> m_index;
    QHash<int, QStringList> m_ids;        // ids of each kind, for "did you mean"
    QList<ContentRecord> m_unindexed;     // bad or duplicate ids: checked, never kept
};

} // namespace

ContentSet ContentValidator::validate(const QList<SourceRecord> &records, Diagnostics *diagnostics,
                                      const QString &metaFile)
{
    return Validator(diagnostics).run(records, metaFile);
}

ContentMeta ContentValidator::readMeta(const SourceRecord &record, Diagnostics *diagnostics)
{
    return Validator(diagnostics).readMeta(record);
}

QStringList ContentValidator::splitList(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral("[,\uFF0C\u3001]"));
    QStringList items;
    for (const QString &part : value.split(separators)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

bool ContentValidator::parseReference(const QString &text, Kind expected, QString *id)
{
    const QString t = text.trimmed();
    const qsizetype slash = t.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        *id = t;
        return EntityId::isValid(t);
    }
    Kind kind;
    if (!kindFromName(t.left(slash), &kind) || kind != expected)
        return false;
    *id = t.mid(slash + 1);
    return EntityId::isValid(*id);
}

bool ContentValidator::containsMarkup(const QString &text)
{
    return markupPosition(text) >= 0;
}

qsizetype ContentValidator::markupPosition(const QString &text)
{
    // Space as Qt's HTML parser skips it (QChar::isSpace: every Unicode space
    // separator, U+3000 and U+00A0 too, and line breaks), so "<" + U+3000 +
    // "img" is a tag here as it is there.
    static const QRegularExpression re(QStringLiteral("<[\\s\\p{Z}\\x{85}]*[/!?]?[\\s\\p{Z}\\x{85}]*[A-Za-z!]"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = re.match(text);
    return match.hasMatch() ? match.capturedStart() : -1;
}

} // namespace huanjiao
