// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewBuild.h"

#include "ContentBuild.h"
#include "LayerStore.h"

#include <QDir>

namespace huanjiao {

PreviewBuild::Result PreviewBuild::run(const QString &baseLocation, const SourceRecord &layerMeta,
                                       QList<SourceRecord> layer, const SourceRecord &record, const QString &folder)
{
    bool replaced = false;
    for (auto &r : layer) {
        if (r.kind == record.kind && r.id == record.id) {
            r = record;
            replaced = true;
        }
    }
    if (!replaced)
        layer.append(record);

    Result result;
    const QString layerFolder = QDir(folder).filePath(QStringLiteral("layer"));
    QString error;
    if (!LayerStore(layerFolder).save(layerMeta, layer, &error)) {
        result.problems.append(error);
        return result;
    }
    const QString database = QDir(folder).filePath(QStringLiteral("preview.sqlite"));
    const ContentBuild::Result build = ContentBuild::run({baseLocation, layerFolder}, database);
    for (const auto &d : build.diagnostics)
        result.problems.append(d.message);
    if (!build.error.isEmpty())
        result.problems.append(build.error);
    if (build.ok())
        result.database = database;
    return result;
}

} // namespace huanjiao
