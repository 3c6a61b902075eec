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

    QString toString() const { return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message); }
};

using Diagnostics = QList<Diagnostic>;

} // namespace huanjiao
