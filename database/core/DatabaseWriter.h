#pragma once

#include "ContentSet.h"

#include <QDateTime>
#include <QString>

namespace huanjiao {

// Writes a validated ContentSet into a new SQLite content database. The file
// is built under a temporary name, checked, and only then moved into place,
// so a failed build never leaves a half-written database behind.
class DatabaseWriter
{
public:
    // buildDate is recorded in the database; pass an invalid one for "now"
    // (SOURCE_DATE_EPOCH is honoured for reproducible builds).
    static bool write(const ContentSet &content, const QString &path, QString *error,
                      QDateTime buildDate = {});
};

} // namespace huanjiao
