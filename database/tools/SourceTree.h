// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentSet.h"
#include "Progress.h"

#include <QCoreApplication>

namespace huanjiao {

// Writes a content set as a folder of text sources, laid out like
// database/content: content.md; one file per kind for departments, hospitals,
// sources and doctors; one file per topic, named by its id (or, for a kind with
// more than a thousand topics, numbered files of 500). The folder is
// written beside the target, read back and compared record by record, and
// only then put in place (the previous folder kept as DIR.bak).
class SourceTree
{
    Q_DECLARE_TR_FUNCTIONS(SourceTree)

public:
    // `comments` go above the @content record as #! lines.
    static bool write(const ContentSet &content, const QString &directory, QString *error,
                      const QStringList &comments = {}, const Progress &progress = {});
    // Whether `directory` may be replaced: missing, empty, or a content folder.
    static bool replaceable(const QString &directory, QString *error);
    static QString folderName(Kind kind);
};

} // namespace huanjiao
