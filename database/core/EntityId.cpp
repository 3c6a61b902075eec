// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityId.h"

#include <QRegularExpression>

namespace huanjiao::EntityId {

bool isValid(const QString &id)
{
    // Anchored at the very end: `$` lets a final newline through (y\n).
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]+(-[a-z0-9]+)*")));
    return id.size() <= 100 && re.match(id).hasMatch();
}

} // namespace huanjiao::EntityId
