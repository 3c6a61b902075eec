// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entity.h"

#include <QStringList>

namespace huanjiao {

// The pieces of readable text a mention is located in, as (section key, unit
// index, offset). The builder finds mentions in these units and the page
// renderer links them in the same units, so both must walk text this way.
namespace TextUnits {

// Key under which an entity's summary is located.
inline QString summaryKey() { return QStringLiteral("summary"); }

// A section in reading order: the blocks of its body, then for each item its
// title followed by the blocks of its body.
QStringList ofSection(const Section &section);

// A summary or a field value is a single unit.
inline QStringList ofText(const QString &text) { return {text}; }

} // namespace TextUnits
} // namespace huanjiao
