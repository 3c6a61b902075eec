// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentSchema.h"

namespace huanjiao::ContentSchema {

namespace {

FieldSpec text(const char *key, bool required = false)
{
    return {QLatin1String(key), FieldType::Text, required};
}
FieldSpec ref(const char *key, Kind kind, bool required)
{
    return {QLatin1String(key), FieldType::Ref, required, kind};
}
FieldSpec relation(const char *key, Kind kind, bool required = false)
{
    return {QLatin1String(key), FieldType::Relation, required, kind};
}

QList<FieldSpec> topicFields()
{
    // `reviewed` and `reviewer` belong to status `reviewed` only (the validator
    // enforces both ways); sample and draft text carries the date it was
    // last `updated`, so nothing unreviewed can read as reviewed.
    return {ref("source", Kind::Source, true),
            {QStringLiteral("updated"), FieldType::Date, false},
            {QStringLiteral("reviewed"), FieldType::Date, false},
            text("reviewer"),
            {QStringLiteral("status"), FieldType::Status, true}};
}

QList<SectionSpec> required(std::initializer_list<const char *> keys)
{
    QList<SectionSpec> list;
    for (const char *key : keys)
        list.append({QLatin1String(key), true});
    return list;
}

} // namespace

QList<FieldSpec> fields(Kind kind)
{
    QList<FieldSpec> list{text("name", true)};
    const FieldSpec aliases{QStringLiteral("aliases"), FieldType::TextList, false};
    switch (kind) {
    case Kind::Department:
        list << text("english") << ref("parent", Kind::Department, false) << text("summary");
        break;
    case Kind::Hospital:
        list << text("english") << text("city", true) << text("summary");
        break;
    case Kind::Source:
        list << text("summary");
        break;
    case Kind::Doctor:
        list << text("clinical-title", true) << text("academic-title")
             << relation("works-at", Kind::Hospital, true) << ref("department", Kind::Department, true)
             << text("specialty", true)
             << FieldSpec{QStringLiteral("treats"), FieldType::Relation, false, Kind::Condition,
                          QStringLiteral("treated-by")};
        break;
    case Kind::Condition:
        // lay-names: what patients call it (colloquial, abbreviations, old names),
        // shown on the page; search-terms: search only (miswritings, subtypes,
        // loose terms); symptom-words: the
        // complaints it typically presents with, a weaker kind of match.
        list << text("english", true) << aliases
             << FieldSpec{QStringLiteral("lay-names"), FieldType::TextList, false}
             << FieldSpec{QStringLiteral("search-terms"), FieldType::TextList, false}
             << FieldSpec{QStringLiteral("symptom-words"), FieldType::TextList, false}
             << ref("department", Kind::Department, true)
             << text("summary", true) << topicFields() << relation("treated-by", Kind::Doctor)
             << relation("diagnosed-by", Kind::Test) << relation("treated-with", Kind::Drug)
             << relation("see-also", Kind::Condition);
        break;
    case Kind::Drug:
        list << text("english") << aliases << text("manufacturer") << text("form", true)
             << text("indications", true) << text("cautions", true) << text("summary")
             << topicFields();
        break;
    case Kind::Test:
        list << text("english") << aliases << text("summary", true) << text("purpose", true)
             << text("preparation") << topicFields();
        break;
    case Kind::Article:
        list << text("summary", true) << relation("about", Kind::Condition, true) << topicFields();
        break;
    case Kind::Qa:
        list << relation("about", Kind::Condition, true) << relation("answered-by", Kind::Doctor)
             << topicFields();
        break;
    }
    return list;
}

const FieldSpec *field(Kind kind, const QString &key)
{
    // Cached per kind: the validator asks for every header line.
    static const auto table = [] {
        QList<QList<FieldSpec>> t;
        for (Kind k : allKinds())
            t.append(fields(k));
        return t;
    }();
    const auto &list = table.at(allKinds().indexOf(kind));
    for (const auto &spec : list) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QList<SectionSpec> sections(Kind kind)
{
    switch (kind) {
    case Kind::Doctor:
        return {{QStringLiteral("profile"), false}};
    case Kind::Condition:
    {
        auto list = required({"overview", "symptoms", "causes", "diagnosis", "treatments", "care",
                              "seek-care", "prevention"});
        list.append({QStringLiteral("questions"), false}); // questions to ask your doctor
        return list;
    }
    case Kind::Drug:
        return {{QStringLiteral("usage"), false}};
    case Kind::Test:
        return {{QStringLiteral("overview"), true},
                {QStringLiteral("procedure"), false},
                {QStringLiteral("results"), false}};
    case Kind::Article:
        return required({"body"});
    case Kind::Qa:
        return {{QStringLiteral("question"), false}, {QStringLiteral("answer"), true}};
    default:
        return {};
    }
}

bool sectionAllowed(Kind kind, const QString &key)
{
    const auto list = sections(kind);
    return std::any_of(list.begin(), list.end(), [&](const SectionSpec &s) { return s.key == key; });
}

bool isColumnField(const QString &key)
{
    static const QStringList columns{QStringLiteral("name"),     QStringLiteral("english"),
                                     QStringLiteral("aliases"),  QStringLiteral("summary"),
                                     QStringLiteral("department"), QStringLiteral("parent"),
                                     QStringLiteral("source"),   QStringLiteral("reviewed"),
                                     QStringLiteral("status")};
    return columns.contains(key);
}

QString currentFieldKey(const QString &key)
{
    return key == QLatin1String("miswritings") ? QStringLiteral("search-terms") : key;
}

bool isEntityMemberField(const QString &key)
{
    static const QStringList members{QStringLiteral("updated"), QStringLiteral("reviewer"),
                                     QStringLiteral("lay-names"), QStringLiteral("search-terms"),
                                     QStringLiteral("symptom-words")};
    return members.contains(key);
}

const QStringList &proseFields()
{
    static const QStringList list{QStringLiteral("specialty"), QStringLiteral("indications"),
                                  QStringLiteral("cautions"), QStringLiteral("purpose"),
                                  QStringLiteral("preparation")};
    return list;
}

QString cardField(Kind kind)
{
    switch (kind) {
    case Kind::Doctor: return QStringLiteral("specialty");
    case Kind::Drug: return QStringLiteral("indications");
    case Kind::Test: return QStringLiteral("purpose");
    default: return {};
    }
}

const QStringList &statuses()
{
    static const QStringList list{QStringLiteral("sample"), QStringLiteral("draft"),
                                  QStringLiteral("reviewed")};
    return list;
}

const QStringList &seekCareTypes()
{
    static const QStringList list{QStringLiteral("emergency"), QStringLiteral("soon"),
                                  QStringLiteral("routine")};
    return list;
}

const QStringList &itemTypes(const QString &section)
{
    static const QStringList none;
    if (section == QLatin1String("treatments"))
        return treatmentTypes();
    if (section == QLatin1String("seek-care"))
        return seekCareTypes();
    return none;
}

bool itemTypeRequired(const QString &section)
{
    return section == QLatin1String("treatments");
}

const QStringList &treatmentTypes()
{
    static const QStringList list{QStringLiteral("medicine"),  QStringLiteral("injection"),
                                  QStringLiteral("surgery"),   QStringLiteral("procedure"),
                                  QStringLiteral("therapy"),   QStringLiteral("self-care"),
                                  QStringLiteral("lifestyle"), QStringLiteral("observation")};
    return list;
}

} // namespace huanjiao::ContentSchema
