// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentInput.h"

#include "ContentSources.h"
#include "DatabaseReader.h"
#include "InterchangeReader.h"

#include <QFileInfo>

#include <algorithm>

namespace huanjiao {

ContentInput::Form ContentInput::form(const QString &location)
{
    const QFileInfo info(location);
    if (!info.exists())
        return Form::Missing;
    if (info.isDir())
        return Form::Folder;
    if (info.suffix().compare(QLatin1String("jsonl"), Qt::CaseInsensitive) == 0)
        return Form::Interchange;
    return Form::Database;
}

ContentLayer ContentInput::read(const QString &location, Diagnostics *diagnostics, const Progress &progress)
{
    ContentLayer layer;
    layer.location = location;
    layer.metaFile = location;
    switch (form(location)) {
    case Form::Missing:
        diagnostics->append({location, 0,
                             tr("not found; give a content folder, an interchange file (.jsonl) or a content "
                                "database")});
        layer.readable = false;
        break;
    case Form::Folder:
        layer.metaFile = ContentSources::metaFile(location);
        layer.records = ContentSources::parse(location, diagnostics, progress);
        break;
    case Form::Interchange:
        layer.records = InterchangeReader::read(location, diagnostics, progress);
        break;
    case Form::Database: {
        ContentSet set;
        QString error;
        if (!DatabaseReader::read(location, &set, &error, nullptr, progress)) {
            diagnostics->append({location, 0, error});
            layer.readable = false;
            break;
        }
        layer.records.reserve(set.records.size() + 1);
        layer.records.append(metaRecord(set.meta, location));
        for (auto &record : set.records)
            layer.records.append(std::move(record.source));
        // The database's own overlays are kept as layers of what is built from it.
        layer.mergedLayers = set.layers.mid(1);
        if (!layer.mergedLayers.isEmpty())
            layer.records.first() = metaRecord(set.layers.first(), location);
        break;
    }
    }
    return layer;
}

ContentSet ContentInput::load(const QStringList &locations, Diagnostics *diagnostics, QStringList *notes,
                              const Progress &progress)
{
    QList<ContentLayer> layers;
    bool readable = true;
    for (const QString &location : locations) {
        layers.append(read(location, diagnostics, progress));
        readable = readable && layers.last().readable;
    }
    if (!readable) // merging without a whole layer would only add misleading errors
        return {};
    ContentSet set = ContentLayers::merge(layers, diagnostics, notes);
    hintForgottenBase(locations, diagnostics);
    return set;
}

void ContentInput::hintForgottenBase(const QStringList &locations, Diagnostics *diagnostics)
{
    if (locations.size() != 1)
        return;
    const auto unresolved = std::count_if(diagnostics->cbegin(), diagnostics->cend(),
                                          [](const Diagnostic &d) { return d.unresolvedLink; });
    if (unresolved == 0)
        return;
    diagnostics->append({locations.first(), 0,
                         tr("%n link(s) name records that are not here. If this is a clinic's overlay, give the "
                            "content it goes over first: huanjiao-content validate "
                            "/usr/share/huanjiao/huanjiao.sqlite --overlay %1",
                            nullptr, int(unresolved))
                             .arg(locations.first())});
}

} // namespace huanjiao
