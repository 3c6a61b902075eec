// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentLayers.h"

#include <QCoreApplication>

namespace huanjiao {

// Builds what publishing would build, with a record as the form has it, into
// a database of the preview's own: the real page and handout can then be
// drawn from it. Pure files in and out, so it runs on a worker thread.
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
    static Result run(const QString &baseLocation, const SourceRecord &layerMeta, QList<SourceRecord> layer,
                      const SourceRecord &record, const QString &folder);
};

} // namespace huanjiao
