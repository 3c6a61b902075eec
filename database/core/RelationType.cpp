// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationType.h"

namespace huanjiao {

namespace {

struct Named
{
    RelationType type;
    const char *name;
};

// The one table of names, in page order.
constexpr Named kTypes[] = {
    {RelationType::TreatedBy, "treated-by"}, {RelationType::TreatedWith, "treated-with"},
    {RelationType::DiagnosedBy, "diagnosed-by"}, {RelationType::About, "about"},
    {RelationType::SeeAlso, "see-also"}, {RelationType::WorksAt, "works-at"},
    {RelationType::AnsweredBy, "answered-by"},
};

} // namespace

const QList<RelationType> &allRelationTypes()
{
    static const QList<RelationType> types = [] {
        QList<RelationType> list;
        for (const Named &named : kTypes)
            list.append(named.type);
        return list;
    }();
    return types;
}

QString relationTypeName(RelationType type)
{
    for (const Named &named : kTypes) {
        if (named.type == type)
            return QLatin1String(named.name);
    }
    return {};
}

std::optional<RelationType> relationTypeFromName(const QString &name)
{
    for (const Named &named : kTypes) {
        if (name == QLatin1String(named.name))
            return named.type;
    }
    return std::nullopt;
}

} // namespace huanjiao
