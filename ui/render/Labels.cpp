// SPDX-License-Identifier: GPL-3.0-or-later
#include "Labels.h"

#include <QCoreApplication>

namespace huanjiao::Labels {

namespace {
// lupdate files a free function's tr() under its namespace; this names the
// context the strings are looked up in at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
};
} // namespace

QString kindPlural(Kind kind)
{
    switch (kind) {
    case Kind::Condition: return Text::tr("Conditions");
    case Kind::Department: return Text::tr("Departments");
    case Kind::Doctor: return Text::tr("Doctors");
    case Kind::Drug: return Text::tr("Drugs");
    case Kind::Test: return Text::tr("Tests");
    case Kind::Article: return Text::tr("Articles");
    case Kind::Qa: return Text::tr("Q&A");
    case Kind::Leaflet: return Text::tr("Leaflets");
    case Kind::Hospital: return Text::tr("Hospitals");
    case Kind::Source: return Text::tr("Sources");
    }
    return {};
}

QString kindSingular(Kind kind)
{
    switch (kind) {
    case Kind::Condition: return Text::tr("Condition");
    case Kind::Department: return Text::tr("Department");
    case Kind::Doctor: return Text::tr("Doctor");
    case Kind::Drug: return Text::tr("Drug");
    case Kind::Test: return Text::tr("Test");
    case Kind::Article: return Text::tr("Article");
    case Kind::Qa: return Text::tr("Question");
    case Kind::Leaflet: return Text::tr("Leaflet");
    case Kind::Hospital: return Text::tr("Hospital");
    case Kind::Source: return Text::tr("Source");
    }
    return {};
}

QString section(const QString &key)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("overview"), QT_TRANSLATE_NOOP("Labels", "Overview")},
        {QStringLiteral("symptoms"), QT_TRANSLATE_NOOP("Labels", "Symptoms")},
        {QStringLiteral("causes"), QT_TRANSLATE_NOOP("Labels", "Causes")},
        {QStringLiteral("diagnosis"), QT_TRANSLATE_NOOP("Labels", "Diagnosis and tests")},
        {QStringLiteral("treatments"), QT_TRANSLATE_NOOP("Labels", "Treatment")},
        {QStringLiteral("care"), QT_TRANSLATE_NOOP("Labels", "Living with it and care")},
        {QStringLiteral("seek-care"), QT_TRANSLATE_NOOP("Labels", "When to see a doctor")},
        {QStringLiteral("prevention"), QT_TRANSLATE_NOOP("Labels", "Prevention")},
        {QStringLiteral("profile"), QT_TRANSLATE_NOOP("Labels", "Profile")},
        {QStringLiteral("usage"), QT_TRANSLATE_NOOP("Labels", "How to use it")},
        {QStringLiteral("procedure"), QT_TRANSLATE_NOOP("Labels", "How it is done")},
        {QStringLiteral("results"), QT_TRANSLATE_NOOP("Labels", "Understanding the results")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("Labels", "Article")},
        {QStringLiteral("question"), QT_TRANSLATE_NOOP("Labels", "Question")},
        {QStringLiteral("answer"), QT_TRANSLATE_NOOP("Labels", "Answer")},
        {QStringLiteral("questions"), QT_TRANSLATE_NOOP("Labels", "Questions to ask your doctor")},
    };
    const char *title = titles.value(key);
    return title ? Text::tr(title) : key;
}

QString section(Kind kind, const QString &key)
{
    if (kind == Kind::Leaflet && key == QLatin1String("body"))
        return Text::tr("What to do");
    return section(key);
}

QString field(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("clinical-title"), QT_TRANSLATE_NOOP("Labels", "Clinical title")},
        {QStringLiteral("academic-title"), QT_TRANSLATE_NOOP("Labels", "Academic title")},
        {QStringLiteral("specialty"), QT_TRANSLATE_NOOP("Labels", "Specialty")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("Labels", "City")},
        {QStringLiteral("manufacturer"), QT_TRANSLATE_NOOP("Labels", "Manufacturer")},
        {QStringLiteral("form"), QT_TRANSLATE_NOOP("Labels", "Form")},
        {QStringLiteral("indications"), QT_TRANSLATE_NOOP("Labels", "Indications")},
        {QStringLiteral("cautions"), QT_TRANSLATE_NOOP("Labels", "Cautions")},
        {QStringLiteral("purpose"), QT_TRANSLATE_NOOP("Labels", "What it is for")},
        {QStringLiteral("preparation"), QT_TRANSLATE_NOOP("Labels", "How to prepare")},
    };
    const char *label = labels.value(key);
    return label ? Text::tr(label) : key;
}

QString treatmentType(const QString &type)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("medicine"), QT_TRANSLATE_NOOP("Labels", "Medicine")},
        {QStringLiteral("injection"), QT_TRANSLATE_NOOP("Labels", "Injection")},
        {QStringLiteral("surgery"), QT_TRANSLATE_NOOP("Labels", "Surgery")},
        {QStringLiteral("procedure"), QT_TRANSLATE_NOOP("Labels", "Procedure")},
        {QStringLiteral("therapy"), QT_TRANSLATE_NOOP("Labels", "Therapy")},
        {QStringLiteral("self-care"), QT_TRANSLATE_NOOP("Labels", "Self-care")},
        {QStringLiteral("lifestyle"), QT_TRANSLATE_NOOP("Labels", "Lifestyle")},
        {QStringLiteral("observation"), QT_TRANSLATE_NOOP("Labels", "Watchful waiting")},
    };
    const char *label = labels.value(type);
    return label ? Text::tr(label) : type;
}

QString relation(RelationType type, bool incoming, Kind otherKind)
{
    // A switch with no default: a new type without its labels does not compile quietly.
    if (!incoming) {
        switch (type) {
        case RelationType::TreatedBy: return Text::tr("Related doctors");
        case RelationType::DiagnosedBy: return Text::tr("Related tests");
        case RelationType::TreatedWith: return Text::tr("Related drugs");
        case RelationType::SeeAlso: return Text::tr("Related conditions");
        case RelationType::WorksAt: return Text::tr("Hospital");
        case RelationType::About: return Text::tr("About");
        case RelationType::AnsweredBy: return Text::tr("Answered by");
        }
        return relationTypeName(type);
    }
    switch (type) {
    case RelationType::TreatedBy: return Text::tr("Conditions treated");
    case RelationType::DiagnosedBy: return Text::tr("Used for these conditions");
    case RelationType::TreatedWith: return Text::tr("Used for these conditions");
    case RelationType::SeeAlso: return Text::tr("Mentioned with");
    case RelationType::WorksAt: return Text::tr("Doctors");
    case RelationType::AnsweredBy: return Text::tr("Answers given");
    case RelationType::About:
        if (otherKind == Kind::Qa)
            return Text::tr("Questions and answers");
        return otherKind == Kind::Leaflet ? Text::tr("Leaflets") : Text::tr("Related articles");
    }
    return relationTypeName(type);
}

QString status(const QString &status)
{
    if (status == QLatin1String("sample")) return Text::tr("Sample content");
    if (status == QLatin1String("draft")) return Text::tr("Draft");
    if (status == QLatin1String("reviewed")) return Text::tr("Reviewed");
    return status;
}

QString urgency(const QString &type)
{
    if (type == QLatin1String("emergency")) return Text::tr("Emergency");
    if (type == QLatin1String("soon")) return Text::tr("See a doctor soon");
    if (type == QLatin1String("routine")) return Text::tr("Routine check");
    return type;
}

QString emergencyHeading()
{
    return Text::tr("Emergency: call 120 now");
}

QString layNames(const QStringList &names)
{
    return Text::tr("Also known as %1").arg(names.join(QStringLiteral("、")));
}

QString reviewLine(const Entity &entity)
{
    if (entity.status == QLatin1String("reviewed")) {
        if (entity.reviewer.isEmpty() || entity.reviewed.isEmpty())
            return {}; // the builder refuses this; a damaged database shows nothing rather than half a claim
        return Text::tr("Reviewed by %1, %2").arg(entity.reviewer, entity.reviewed);
    }
    return entity.updated.isEmpty() ? QString() : Text::tr("Updated %1").arg(entity.updated);
}

} // namespace huanjiao::Labels

namespace huanjiao::Labels {

QString literal(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace huanjiao::Labels
