// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentSet.h"
#include "Diagnostic.h"
#include "Progress.h"

#include <QCoreApplication>

namespace huanjiao {

// `huanjiao-content import FILE.jsonl -o DIR`: reads an interchange file,
// validates it - on its own, or as an overlay of `base` layers when the file
// holds a clinic's additions - and writes it as text sources (SourceTree).
// Only the file's own records are written. On any problem DIR is untouched.
class ContentImport
{
    Q_DECLARE_TR_FUNCTIONS(ContentImport)

public:
    struct Result
    {
        Diagnostics diagnostics;
        QString error;
        int records = 0;
        bool ok() const { return diagnostics.isEmpty() && error.isEmpty(); }
    };

    static Result run(const QString &file, const QStringList &base, const QString &directory,
                      const Progress &progress = {});
};

} // namespace huanjiao
