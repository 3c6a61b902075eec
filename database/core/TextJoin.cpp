// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextJoin.h"

namespace huanjiao {

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF)
        || c.isSurrogate();
}

QString joinWrapped(const QString &left, const QString &right)
{
    if (left.isEmpty())
        return right;
    if (right.isEmpty())
        return left;
    if (isCjk(left.back()) || isCjk(right.front()))
        return left + right;
    return left + QLatin1Char(' ') + right;
}

} // namespace huanjiao
