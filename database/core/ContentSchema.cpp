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
    case Kind::Leaflet:
        // A clinic's short instructions: the title and the text are what
        // matter; the conditions it belongs with are optional.
        list << text("summary") << relation("about", Kind::Condition) << topicFields();
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
    case Kind::Leaflet:
        return required({"body"});
    default:
        return {};
    }
}

bool sectionAllowed(Kind kind, const QString &key)
{
    const auto list = sections(kind);
    return std::any_of(list.begin(), list.end(), [&](const SectionSpec &s) { return s.key == key; });
}

QStringList sectionAliases(Kind kind, const QString &key)
{
    struct Alias
    {
        Kind kind;
        const char *key;
        const char *names; // separated by "|"
    };
    static const Alias table[] = {
        {Kind::Condition, "overview", "概述|简介|概况"},
        {Kind::Condition, "symptoms", "症状|表现|症状表现"},
        {Kind::Condition, "causes", "病因|原因"},
        {Kind::Condition, "diagnosis", "诊断"},
        {Kind::Condition, "treatments", "治疗|治疗方法"},
        {Kind::Condition, "care", "护理|日常护理|自我护理"},
        {Kind::Condition, "seek-care", "何时就医|就医|什么时候看医生"},
        {Kind::Condition, "prevention", "预防"},
        {Kind::Condition, "questions", "问医生的问题|可以问医生的问题"},
        {Kind::Doctor, "profile", "简介|医生简介|个人简介"},
        {Kind::Drug, "usage", "用法|用法用量|使用方法"},
        {Kind::Test, "overview", "概述|简介"},
        {Kind::Test, "procedure", "检查过程|过程|流程"},
        {Kind::Test, "results", "结果|检查结果"},
        {Kind::Article, "body", "正文"},
        {Kind::Qa, "question", "问题|提问"},
        {Kind::Qa, "answer", "回答|解答"},
        {Kind::Leaflet, "body", "正文|内容|须知"},
    };
    for (const Alias &alias : table) {
        if (alias.kind == kind && key == QLatin1String(alias.key))
            return QString::fromUtf8(alias.names).split(QLatin1Char('|'));
    }
    return {};
}

QString sectionKey(Kind kind, const QString &written)
{
    for (const SectionSpec &spec : sections(kind)) {
        if (spec.key == written || sectionAliases(kind, spec.key).contains(written))
            return spec.key;
    }
    return written;
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

const QStringList &allowedValues(const QString &key)
{
    // The titles of China's hospital grading (职称): clinical and academic.
    static const QStringList clinical{QStringLiteral("主任医师"), QStringLiteral("副主任医师"),
                                      QStringLiteral("主治医师"), QStringLiteral("住院医师"),
                                      QStringLiteral("医师")};
    static const QStringList academic{QStringLiteral("教授"), QStringLiteral("副教授"), QStringLiteral("讲师"),
                                      QStringLiteral("助教"), QStringLiteral("研究员"),
                                      QStringLiteral("副研究员")};
    static const QStringList none;
    if (key == QLatin1String("clinical-title"))
        return clinical;
    if (key == QLatin1String("academic-title"))
        return academic;
    return none;
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
