// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewBuild.h"

#include "ClinicPublisher.h"

#include <QDir>

namespace huanjiao {

PreviewBuild::Result PreviewBuild::run(const QString &base, ClinicLayer layer, Kind kind, const SourceRecord &record,
                                       const QString &folder)
{
    layer.put(kind, record);
    Result result;
    const QString database = QDir(folder).filePath(QStringLiteral("preview.sqlite"));
    const ClinicPublisher::Result build = ClinicPublisher::build(base, layer, database);
    for (const auto &d : build.diagnostics)
        result.problems.append(d.message);
    if (!build.error.isEmpty())
        result.problems.append(build.error);
    if (build.ok())
        result.database = database;
    return result;
}

} // namespace huanjiao
