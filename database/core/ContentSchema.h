// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace huanjiao {

// What each kind of record may and must contain. The validator, the database
// writer and the page renderer all read this one table, so adding a field is a
// one-line change here.
namespace ContentSchema {

enum class FieldType {
    Text,     // one line of plain text
    TextList, // "a, b、c" -> list
    Date,     // YYYY-MM-DD
    Status,   // sample | draft | reviewed
    Ref,      // one id of refKind, stored in a column (department, parent, source)
    Relation, // one or more ids of refKind, stored as typed, ordered relations
};

struct FieldSpec
{
    QString key;
    FieldType type;
    bool required;
    Kind refKind = Kind::Department; // for Ref and Relation
    // A relation written on this side but stored as the target's relation of
    // this type: a clinic's doctor says `treats: condition/x` without editing x.
    QString inverseOf = {};
};

struct SectionSpec
{
    QString key;
    bool required;
};

QList<FieldSpec> fields(Kind kind);
const FieldSpec *field(Kind kind, const QString &key);
QList<SectionSpec> sections(Kind kind);
bool sectionAllowed(Kind kind, const QString &key);

// Fields whose value is prose a reader reads (and in which mentions of other
// entities become links), as opposed to short facts like a title or a form.
const QStringList &proseFields();
// The one field a card or a list of related items shows under a name
// (a doctor's specialty, a drug's indications, a test's purpose); empty if none.
QString cardField(Kind kind);

// The current name of a field written under an older one (miswritings, now
// search-terms: it also holds subtypes and loose terms); key itself otherwise.
// The old names are read for one release.
QString currentFieldKey(const QString &key);

// Keys stored in entity columns rather than in the generic field table.
bool isColumnField(const QString &key);

// Fields an Entity carries as members of its own (dates, reviewer, patients'
// vocabulary) rather than in its list of facts shown as a table.
bool isEntityMemberField(const QString &key);

const QStringList &statuses();
const QStringList &treatmentTypes();
// How urgent a part of "when to see a doctor" is: emergency (call 120 now),
// soon, routine. Emergency parts stand out on screen and on paper.
const QStringList &seekCareTypes();
// The [type]s a section's ### items may carry; empty when none may.
const QStringList &itemTypes(const QString &section);
// Treatments must say their type; seek-care items may.
bool itemTypeRequired(const QString &section);

} // namespace ContentSchema
} // namespace huanjiao
