#pragma once

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
QString field(const QString &key);
QString treatmentType(const QString &type);
// The heading of a list of related items, seen from the page that shows it.
QString relation(RelationType type, bool incoming, Kind otherKind);
QString status(const QString &status);
} // namespace Labels

} // namespace huanjiao
