// SPDX-License-Identifier: GPL-3.0-or-later
#include "Kind.h"

namespace huanjiao {

namespace {
struct KindName
{
    Kind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {Kind::Department, "department"}, {Kind::Hospital, "hospital"}, {Kind::Source, "source"},
    {Kind::Doctor, "doctor"},         {Kind::Condition, "condition"}, {Kind::Drug, "drug"},
    {Kind::Test, "test"},             {Kind::Article, "article"},   {Kind::Qa, "qa"},
    {Kind::Leaflet, "leaflet"},
};
} // namespace

QString kindName(Kind kind)
{
    for (const auto &k : kKindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

bool kindFromName(const QString &name, Kind *kind)
{
    for (const auto &k : kKindNames) {
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

const QList<Kind> &allKinds()
{
    static const QList<Kind> kinds = [] {
        QList<Kind> list;
        for (const auto &k : kKindNames)
            list.append(k.kind);
        return list;
    }();
    return kinds;
}

bool isTopic(Kind kind)
{
    switch (kind) {
    case Kind::Condition:
    case Kind::Drug:
    case Kind::Test:
    case Kind::Article:
    case Kind::Qa:
    case Kind::Leaflet:
        return true;
    default:
        return false;
    }
}

} // namespace huanjiao
