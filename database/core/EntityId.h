// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huanjiao {

// The rule for an entity's id, the last part of its huanjiao:// address and
// its file name in sources: lowercase ASCII letters and digits in words joined
// by single hyphens, at most 100 characters ("hemifacial-spasm").
namespace EntityId {
bool isValid(const QString &id);
} // namespace EntityId

} // namespace huanjiao
