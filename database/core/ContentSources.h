// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentSet.h"
#include "Diagnostic.h"
#include "Progress.h"

#include <QCoreApplication>

namespace huanjiao {

// A folder of content source files (*.md, read recursively in a stable order).
class ContentSources
{
    Q_DECLARE_TR_FUNCTIONS(ContentSources)

public:
    // Parses and validates everything below `directory`; diagnostics carry paths
    // relative to the folder's parent so messages stay short and clickable.
    static ContentSet load(const QString &directory, Diagnostics *diagnostics);
    // Parses without validating (overlays are validated after merging).
    static QList<SourceRecord> parse(const QString &directory, Diagnostics *diagnostics,
                                     const Progress &progress = {});
    static QStringList files(const QString &directory);
    // Where a missing @content record of the folder is reported.
    static QString metaFile(const QString &directory);
};

} // namespace huanjiao
