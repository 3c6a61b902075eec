// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace huanjiao {

// Every kind of content the database holds. The names are the ones used in
// content sources, in huanjiao:// links and in the database itself.
// Leaflet: a clinic's short instructions (术前禁食须知), a light topic: a title,
// a body and optional links to conditions.
enum class Kind { Department, Hospital, Source, Doctor, Condition, Drug, Test, Article, Qa, Leaflet };

QString kindName(Kind kind);
bool kindFromName(const QString &name, Kind *kind);
const QList<Kind> &allKinds();
// Kinds that are patient-education topics: they carry a source, review date and status.
bool isTopic(Kind kind);

} // namespace huanjiao
