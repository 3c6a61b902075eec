// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseDiff.h"

#include "ContentInput.h"
#include "ContentSchema.h"
#include "ContentValidator.h"
#include "SourceWriter.h"

#include <QMap>

#include <algorithm>

namespace huanjiao {

namespace {

using Change = DatabaseDiff::Change;

// Records by kind (in allKinds order) and id: the order changes are listed in.
using RecordMap = QMap<QPair<int, QString>, ContentRecord>;

// The same content written two ways ("works-at: x" in a file, "hospital/x"
// from a database; "a、b" or "a, b") is the same: lists and links are compared
// in one spelling.
SourceRecord normalised(Kind kind, SourceRecord record)
{
    using namespace ContentSchema;
    for (auto &f : record.fields) {
        const FieldSpec *spec = field(kind, f.key);
        if (!spec || (spec->type != FieldType::TextList && spec->type != FieldType::Relation
                      && spec->type != FieldType::Ref))
            continue;
        QStringList items = ContentValidator::splitList(f.value);
        if (spec->type != FieldType::TextList) {
            for (QString &item : items) {
                QString id;
                if (ContentValidator::parseReference(item, spec->refKind, &id))
                    item = kindName(spec->refKind) + QLatin1Char('/') + id;
            }
        }
        f.value = items.join(QStringLiteral(", "));
    }
    return record;
}

RecordMap byKey(const ContentSet &set)
{
    RecordMap map;
    for (const auto &record : set.records)
        map.insert({int(allKinds().indexOf(record.kind)), record.source.id},
                   {record.kind, normalised(record.kind, record.source)});
    return map;
}

QStringList changedParts(const SourceRecord &before, const SourceRecord &after)
{
    QStringList parts;
    QStringList keys;
    for (const auto *record : {&before, &after}) {
        for (const auto &f : record->fields) {
            if (!keys.contains(f.key))
                keys.append(f.key);
        }
    }
    for (const QString &key : std::as_const(keys)) {
        if (before.value(key) != after.value(key))
            parts.append(key);
    }
    auto section = [](const SourceRecord &record, const QString &key) {
        for (const auto &s : record.sections) {
            if (s.key == key) {
                QString text = s.body;
                for (const auto &item : s.items)
                    text += QLatin1Char('\x1f') + item.type + QLatin1Char('\x1f') + item.title + QLatin1Char('\x1f')
                        + item.body;
                return text;
            }
        }
        return QString();
    };
    QStringList sectionKeys;
    for (const auto *record : {&before, &after}) {
        for (const auto &s : record->sections) {
            if (!sectionKeys.contains(s.key))
                sectionKeys.append(s.key);
        }
    }
    for (const QString &key : std::as_const(sectionKeys)) {
        if (section(before, key) != section(after, key))
            parts.append(QStringLiteral("## ") + key);
    }
    return parts;
}

} // namespace

QList<Change> DatabaseDiff::compare(const ContentSet &before, const ContentSet &after)
{
    const RecordMap oldRecords = byKey(before);
    const RecordMap newRecords = byKey(after);
    QList<Change> changes;
    auto add = [&changes](Change::Type type, const ContentRecord &record, QStringList parts = {}) {
        changes.append({type, record.kind, record.source.id, record.source.value(QStringLiteral("name")), parts});
    };
    for (auto it = oldRecords.cbegin(); it != oldRecords.cend(); ++it) {
        const auto now = newRecords.constFind(it.key());
        if (now == newRecords.cend())
            add(Change::Removed, *it);
        else if (SourceWriter::record(now->kind, now->source) != SourceWriter::record(it->kind, it->source))
            add(Change::Changed, *now, changedParts(it->source, now->source));
    }
    for (auto it = newRecords.cbegin(); it != newRecords.cend(); ++it) {
        if (!oldRecords.contains(it.key()))
            add(Change::Added, *it);
    }
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        const auto ka = allKinds().indexOf(a.kind), kb = allKinds().indexOf(b.kind);
        return ka != kb ? ka < kb : a.id < b.id;
    });
    return changes;
}

DatabaseDiff::Result DatabaseDiff::run(const QString &oldLocation, const QString &newLocation,
                                       const Progress &progress)
{
    Result result;
    const ContentSet before = ContentInput::load({oldLocation}, &result.diagnostics, nullptr, progress);
    const ContentSet after = ContentInput::load({newLocation}, &result.diagnostics, nullptr, progress);
    if (!result.diagnostics.isEmpty())
        return result;
    result.oldLayers = before.allLayers();
    result.newLayers = after.allLayers();
    result.changes = compare(before, after);
    return result;
}

int DatabaseDiff::Result::count(Change::Type type) const
{
    return int(std::count_if(changes.begin(), changes.end(), [type](const Change &c) { return c.type == type; }));
}

QString DatabaseDiff::Result::toText() const
{
    QString out;
    auto layers = [](const QList<ContentMeta> &list) {
        QStringList parts;
        for (const auto &layer : list)
            parts.append(layer.id + QLatin1Char(' ') + layer.version);
        return parts.join(QStringLiteral(" + "));
    };
    if (layers(oldLayers) != layers(newLayers))
        out += tr("content: %1 -> %2").arg(layers(oldLayers), layers(newLayers)) + QLatin1Char('\n');
    for (const auto &change : changes) {
        static const char marks[] = {'+', '-', '~'};
        out += QString(QLatin1Char(marks[change.type])) + QLatin1Char(' ') + kindName(change.kind)
            + QLatin1Char('/') + change.id + QStringLiteral("  ") + change.name;
        if (!change.parts.isEmpty())
            out += QStringLiteral("  (") + change.parts.join(QStringLiteral(", ")) + QLatin1Char(')');
        out += QLatin1Char('\n');
    }
    out += tr("%1 added, %2 removed, %3 changed")
               .arg(count(Change::Added))
               .arg(count(Change::Removed))
               .arg(count(Change::Changed))
        + QLatin1Char('\n');
    return out;
}

} // namespace huanjiao
