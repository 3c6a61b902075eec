// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Progress.h"

#include <QCoreApplication>

namespace huanjiao {

// `huanjiao-content export FILE -o DIR|OUT.jsonl`: a content database back
// to text sources (or to an interchange file). Building the export again
// gives the same rows. A database built with overlays is exported merged, as
// one layer under the base's @content; its layers are listed in a comment.
class ContentExport
{
    Q_DECLARE_TR_FUNCTIONS(ContentExport)

public:
    static bool run(const QString &database, const QString &output, QString *error, int *records = nullptr,
                    const Progress &progress = {});
};

} // namespace huanjiao
