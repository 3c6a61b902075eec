// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldLabels.h"

#include "ContentSchema.h"

namespace huanjiao {

QString FieldLabels::field(Kind kind, const QString &key)
{
    if (key == QLatin1String("name")) {
        switch (kind) {
        case Kind::Doctor:
            return tr("Name");
        case Kind::Article:
        case Kind::Leaflet:
            return tr("Title");
        default:
            return tr("Name", "of a hospital, department or source");
        }
    }
    // A leaflet may belong with several conditions, or none.
    if (kind == Kind::Leaflet && key == QLatin1String("about"))
        return tr("Related conditions");
    if (kind == Kind::Leaflet && key == QLatin1String("body"))
        return tr("Instructions");
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("english"), QT_TR_NOOP("English name")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("parent"), QT_TR_NOOP("Parent department")},
        {QStringLiteral("clinical-title"), QT_TR_NOOP("Clinical title")},
        {QStringLiteral("academic-title"), QT_TR_NOOP("Academic title")},
        {QStringLiteral("works-at"), QT_TR_NOOP("Hospital")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("specialty"), QT_TR_NOOP("Specialty")},
        {QStringLiteral("treats"), QT_TR_NOOP("Conditions treated")},
        {QStringLiteral("profile"), QT_TR_NOOP("Profile")},
        {QStringLiteral("about"), QT_TR_NOOP("About the condition")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("updated"), QT_TR_NOOP("Last updated")},
        {QStringLiteral("reviewed"), QT_TR_NOOP("Reviewed on")},
        {QStringLiteral("reviewer"), QT_TR_NOOP("Reviewer")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("conditions"), QT_TR_NOOP("Conditions")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : tr(it.value());
}

QString FieldLabels::kindPlural(Kind kind)
{
    switch (kind) {
    case Kind::Hospital:
        return tr("Hospitals");
    case Kind::Department:
        return tr("Departments");
    case Kind::Doctor:
        return tr("Doctors");
    case Kind::Article:
        return tr("Own topics");
    case Kind::Leaflet:
        return tr("Leaflets");
    case Kind::Source:
        return tr("Sources");
    default:
        return kindName(kind);
    }
}

QString FieldLabels::kindSingular(Kind kind)
{
    switch (kind) {
    case Kind::Hospital:
        return tr("Hospital", "kind");
    case Kind::Department:
        return tr("Department", "kind");
    case Kind::Doctor:
        return tr("Doctor");
    case Kind::Article:
        return tr("Topic");
    case Kind::Leaflet:
        return tr("Leaflet");
    case Kind::Source:
        return tr("Source", "kind");
    default:
        return kindName(kind);
    }
}

QString FieldLabels::readable(Kind kind, QString message)
{
    for (const auto &spec : ContentSchema::fields(kind)) {
        const QString label = field(kind, spec.key);
        message.replace(QStringLiteral("“%1”").arg(spec.key), QStringLiteral("“%1”").arg(label));
        message.replace(QStringLiteral("'%1'").arg(spec.key), QStringLiteral("“%1”").arg(label));
    }
    for (const auto &spec : ContentSchema::sections(kind)) {
        const QString label = field(kind, spec.key);
        message.replace(QStringLiteral("“%1”").arg(spec.key), QStringLiteral("“%1”").arg(label));
        message.replace(QStringLiteral("'%1'").arg(spec.key), QStringLiteral("“%1”").arg(label));
    }
    return message;
}

} // namespace huanjiao
