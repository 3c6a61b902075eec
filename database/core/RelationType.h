// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace huanjiao {

// The types of relation between entities. Each is named once, in
// RelationType.cpp: the name is the field in sources ("treated-by: ..."), the
// type in the database's relation table and "relation" in --show --json. What
// a reader sees for each comes from Labels::relation().
enum class RelationType {
    TreatedBy,   // condition -> doctor
    TreatedWith, // condition -> drug
    DiagnosedBy, // condition -> test
    About,       // article, question -> condition
    SeeAlso,     // condition -> condition
    WorksAt,     // doctor -> hospital
    AnsweredBy,  // question -> doctor
};

// Every type, in the order a page lists them.
const QList<RelationType> &allRelationTypes();
QString relationTypeName(RelationType type);
// Null for a name that is no relation type.
std::optional<RelationType> relationTypeFromName(const QString &name);

} // namespace huanjiao
