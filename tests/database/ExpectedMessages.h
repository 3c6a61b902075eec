// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

namespace huanjiao::test {

// A fixture folder's expected.txt: the messages the builder must print for
// it, one per line; empty when the file is missing or empty.
inline QStringList expectedMessages(const QString &folder)
{
    QFile file(folder + QStringLiteral("/expected.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace huanjiao::test
