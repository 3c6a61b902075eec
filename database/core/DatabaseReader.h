// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentDatabase.h"
#include "ContentSet.h"
#include "Progress.h"

#include <QCoreApplication>

namespace huanjiao {

// Reads a content database back into records, as they would be written in
// sources: the inverse of DatabaseWriter. Export, diff and overlays on top of
// an installed database use it. Records come in row order, so writing them
// again gives the same rows.
class DatabaseReader
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseReader)

public:
    // Each record's `file` names the database and the record, for messages.
    static bool read(const QString &path, ContentSet *content, QString *error, ContentInfo *info = nullptr,
                     const Progress &progress = {});
};

} // namespace huanjiao
