// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entity.h"
#include "Kind.h"
#include "RelationType.h"

#include <QString>

namespace huanjiao {

// Words the interface shows for the keys of the content model (section keys,
// relation types, field names, kinds). Translated; the content itself is not.
namespace Labels {
QString kindPlural(Kind kind);
QString kindSingular(Kind kind);
QString section(const QString &key);
// A section's heading on a page of `kind` (a leaflet's body is its instructions, not an article).
QString section(Kind kind, const QString &key);
QString field(const QString &key);
QString treatmentType(const QString &type);
// The heading of a list of related items, seen from the page that shows it.
QString relation(RelationType type, bool incoming, Kind otherKind);
QString status(const QString &status);
// How urgent a part of "when to see a doctor" is: emergency, soon, routine.
QString urgency(const QString &type);
// The heading of an emergency part, on screen and on paper.
QString emergencyHeading();
// What patients call it, "also known as ...".
QString layNames(const QStringList &names);
// The honest line about review: "Reviewed by X, date" for reviewed text only;
// "Updated date" for sample and draft text, which never reads as reviewed.
QString reviewLine(const Entity &entity);
// `text` for a tab, button or menu, where & marks a mnemonic: every & shown
// as itself ("Q&A" would otherwise show as "QA" with the A underlined).
QString literal(const QString &text);
} // namespace Labels

} // namespace huanjiao
