// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentLayers.h"
#include "ContentSet.h"
#include "Diagnostic.h"
#include "Progress.h"

#include <QCoreApplication>
#include <QDateTime>

namespace huanjiao {

// `huanjiao-content build`: reads the base content and any overlays, validates
// the merged set, writes a new database beside the target, checks it
// (DatabaseVerifier), and only then replaces the target atomically, keeping
// the previous file as FILE.bak. On any failure the target is untouched and
// nothing is left beside it.
class ContentBuild
{
    Q_DECLARE_TR_FUNCTIONS(ContentBuild)

public:
    struct Result
    {
        Diagnostics diagnostics; // problems in the content, file:line
        QString error;           // a problem with the files themselves
        QStringList notes;       // what each overlay changed
        ContentSet content;      // what was built
        bool ok() const { return diagnostics.isEmpty() && error.isEmpty(); }
    };

    // What is checked before anything is written: the format always; the
    // writing standard of patient text (ContentLint) when asked, as the
    // command line and the bundled content's build do.
    enum class Checks { Format, FormatAndLint };

    // `layers`: the base first, then overlays, each a folder, a .jsonl file or a database.
    static Result run(const QStringList &layers, const QString &output, const Progress &progress = {},
                      const QDateTime &buildDate = {}, Checks checks = Checks::Format);
    // The same with the layers already read (the clinic's layer, held in memory
    // by ClinicLayer, is built this way).
    static Result run(const QList<ContentLayer> &layers, const QString &output, const Progress &progress = {},
                      const QDateTime &buildDate = {}, Checks checks = Checks::Format);
    // Whether `output` may be replaced: missing, or a content database (even a damaged one).
    static bool replaceable(const QString &output, QString *error);

private:
    static Result run(const QList<ContentLayer> &layers, const QString &output, const Progress &progress,
                      const QDateTime &buildDate, Checks checks, Result result);
};

} // namespace huanjiao
