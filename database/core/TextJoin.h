// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huanjiao {

// Joins two pieces of a wrapped line: Chinese text wraps without a space,
// Latin text with one.
QString joinWrapped(const QString &left, const QString &right);
bool isCjk(QChar c);

} // namespace huanjiao
