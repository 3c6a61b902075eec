// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentSet.h"
#include "Diagnostic.h"
#include "Progress.h"

#include <QCoreApplication>

namespace huanjiao {

// `huanjiao-content diff OLD NEW`: which records were added, removed or
// changed between two versions of the content (databases, folders or
// interchange files), and what changed in each: the fields and sections.
class DatabaseDiff
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseDiff)

public:
    struct Change
    {
        enum Type { Added, Removed, Changed };
        Type type;
        Kind kind;
        QString id;
        QString name;
        QStringList parts; // Changed: the fields and sections that differ
    };

    struct Result
    {
        Diagnostics diagnostics; // OLD or NEW could not be read
        QList<ContentMeta> oldLayers;
        QList<ContentMeta> newLayers;
        QList<Change> changes; // kind by kind, then by id
        bool ok() const { return diagnostics.isEmpty(); }
        int count(Change::Type type) const;
        // What the command prints: one line per change, then a summary.
        QString toText() const;
    };

    static Result run(const QString &oldLocation, const QString &newLocation, const Progress &progress = {});
    static QList<Change> compare(const ContentSet &before, const ContentSet &after);
};

} // namespace huanjiao
