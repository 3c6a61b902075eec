// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace huanjiao {

// The "did you mean" of validation messages: the candidate nearest to what
// was written (an id, a field or section name, a title), by edit distance,
// when it is near enough to be a slip rather than another word.
namespace NearestName {
// Empty when no candidate is within a quarter of the word's length (at least 1, at most 2 edits).
QString find(const QString &written, const QStringList &candidates);
int distance(const QString &a, const QString &b);
} // namespace NearestName

} // namespace huanjiao
