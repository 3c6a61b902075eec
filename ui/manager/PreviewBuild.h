// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClinicLayer.h"

#include <QCoreApplication>

namespace huanjiao {

// Builds what publishing would build, with a record as the form has it, into
// a database of the preview's own (ClinicPublisher::build): the real page and
// handout are then drawn from it. Files in and out, so it runs on a worker thread.
class PreviewBuild
{
    Q_DECLARE_TR_FUNCTIONS(PreviewBuild)

public:
    struct Result
    {
        QString database; // empty when the build failed
        QStringList problems;
    };
    // `folder`: a folder of the preview's own, written over each time.
    static Result run(const QString &base, ClinicLayer layer, Kind kind, const SourceRecord &record,
                      const QString &folder);
};

} // namespace huanjiao
