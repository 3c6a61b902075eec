// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace huanjiao::DatabaseSchema {

// PRAGMA user_version of the layout below; bump it on every change of layout.
constexpr int kVersion = 2; // 2: search keys carry popularity and match kinds for patients' words; search_info, search_word
// PRAGMA application_id: tells our databases apart from other programs' files.
constexpr int kApplicationId = 0x484A4442; // "HJDB"

// The statements that create an empty content database.
QStringList createStatements();

} // namespace huanjiao::DatabaseSchema
