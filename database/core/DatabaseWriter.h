// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentSet.h"
#include "Progress.h"

#include <QDateTime>
#include <QString>

#include <functional>

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
    // Writes the database at exactly `path` (replacing any file there), with no
    // checks and no rename: for callers that check and install it themselves.
    static bool create(const ContentSet &content, const QString &path, QString *error,
                       QDateTime buildDate = {}, const Progress &progress = {});

    // Content too large to hold in memory (the benchmarks' synthetic content),
    // written batch by batch as `produce` hands the batches to its sink; a
    // record may refer to records of its batch and of earlier ones. `total`
    // (records to come) is for the progress report. The sink returns false
    // on an error, and `produce` should then stop and return false.
    using Sink = std::function<bool(const QList<ContentRecord> &batch)>;
    using Producer = std::function<bool(const Sink &sink)>;
    static bool create(const ContentMeta &meta, qint64 total, const Producer &produce, const QString &path,
                       QString *error, QDateTime buildDate = {}, const Progress &progress = {});
};

} // namespace huanjiao
