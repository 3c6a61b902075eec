// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityJson.h"

#include "EntityUri.h"
#include "Prose.h"

#include <QJsonArray>

namespace huanjiao {

namespace {

QJsonArray paragraphs(const QString &text)
{
    QJsonArray list;
    for (const auto &block : proseBlocks(text))
        list.append(block.type == ProseBlock::Bullet ? QStringLiteral("- ") + block.text : block.text);
    return list;
}

} // namespace

QJsonObject refToJson(const EntityRef &ref)
{
    return {{QStringLiteral("kind"), kindName(ref.kind)},
            {QStringLiteral("id"), ref.id},
            {QStringLiteral("name"), ref.name},
            {QStringLiteral("subtitle"), ref.subtitle},
            {QStringLiteral("uri"), EntityUri{ref.kind, ref.id}.toString()}};
}

QJsonObject entityToJson(const Entity &entity, bool sampleContent)
{
    QJsonObject json = refToJson(entity.ref);
    json.remove(QStringLiteral("subtitle"));
    json.insert(QStringLiteral("english"), entity.english);
    json.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(entity.aliases));
    if (!entity.layNames.isEmpty())
        json.insert(QStringLiteral("lay-names"), QJsonArray::fromStringList(entity.layNames));
    if (!entity.symptomWords.isEmpty())
        json.insert(QStringLiteral("symptom-words"), QJsonArray::fromStringList(entity.symptomWords));
    json.insert(QStringLiteral("summary"), entity.summary);
    QJsonArray department;
    for (const auto &d : entity.departmentPath)
        department.append(refToJson(d));
    json.insert(QStringLiteral("department"), department);
    QJsonObject fields;
    for (const auto &[key, value] : entity.fields)
        fields.insert(key, value);
    json.insert(QStringLiteral("fields"), fields);

    QJsonArray sections;
    for (const auto &section : entity.sections) {
        QJsonObject s{{QStringLiteral("key"), section.key}, {QStringLiteral("text"), paragraphs(section.body)}};
        QJsonArray items;
        for (const auto &item : section.items) {
            QJsonObject i{{QStringLiteral("title"), item.title}, {QStringLiteral("text"), paragraphs(item.body)}};
            if (!item.type.isEmpty())
                i.insert(QStringLiteral("type"), item.type);
            items.append(i);
        }
        if (!items.isEmpty())
            s.insert(QStringLiteral("items"), items);
        sections.append(s);
    }
    json.insert(QStringLiteral("sections"), sections);

    QJsonArray related;
    for (const auto &relation : entity.relations) {
        QJsonObject r = refToJson(relation.other);
        r.insert(QStringLiteral("relation"), relationTypeName(relation.type));
        r.insert(QStringLiteral("direction"), relation.incoming ? QStringLiteral("in") : QStringLiteral("out"));
        related.append(r);
    }
    json.insert(QStringLiteral("related"), related);
    if (entity.source.isValid())
        json.insert(QStringLiteral("source"), entity.source.name);
    if (!entity.updated.isEmpty())
        json.insert(QStringLiteral("updated"), entity.updated);
    // The review date and reviewer only for reviewed text: nothing unreviewed
    // reads as reviewed, whatever a damaged or hand-made database holds.
    if (entity.status == QLatin1String("reviewed")) {
        if (!entity.reviewed.isEmpty())
            json.insert(QStringLiteral("reviewed"), entity.reviewed);
        if (!entity.reviewer.isEmpty())
            json.insert(QStringLiteral("reviewer"), entity.reviewer);
    }
    if (!entity.status.isEmpty())
        json.insert(QStringLiteral("status"), entity.status);
    json.insert(QStringLiteral("sample"), sampleContent || entity.status == QLatin1String("sample"));
    return json;
}

} // namespace huanjiao
