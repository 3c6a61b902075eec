// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entity.h"

#include <QJsonObject>

namespace huanjiao {

// The machine-readable form of a page, for --show --json and for tools.
QJsonObject entityToJson(const Entity &entity, bool sampleContent);
QJsonObject refToJson(const EntityRef &ref);

} // namespace huanjiao
