// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace huanjiao {

// One problem found in content sources, reported as "file:line: message" so
// editors and IDEs can jump to it.
struct Diagnostic
{
    QString file;
    int line = 0;
    QString message;
    // The field or section the problem is about, when the line alone does not
    // say (a missing required field is reported at the record's line).
    QString field = {};
    // A link to a record that is not there (the base may have been forgotten).
    bool unresolvedLink = false;

    // Line 0 means the problem is with the file (or database record) as a whole.
    QString toString() const
    {
        return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                        : QStringLiteral("%1: %2").arg(file, message);
    }
};

using Diagnostics = QList<Diagnostic>;

} // namespace huanjiao
