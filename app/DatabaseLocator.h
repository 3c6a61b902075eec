#pragma once

#include <QString>
#include <QStringList>

namespace huanjiao {

// Where the bundled content database is looked for when --database is not
// given: beside the program (build tree and installed layout alike:
// bin/../share/huanjiao), then the standard data folders.
class DatabaseLocator
{
public:
    static QStringList candidates();
    // The first candidate that exists, or the first candidate (for the error message).
    static QString defaultPath();
};

} // namespace huanjiao
