// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentImport.h"

#include "ContentInput.h"
#include "ContentValidator.h"
#include "SourceTree.h"

#include <algorithm>

namespace huanjiao {

ContentImport::Result ContentImport::run(const QString &file, const QStringList &base, const QString &directory,
                                         const Progress &progress)
{
    Result result;
    if (ContentInput::form(file) != ContentInput::Form::Interchange) {
        result.error = tr("%1 is not an interchange file; give a .jsonl file").arg(file);
        return result;
    }
    if (!SourceTree::replaceable(directory, &result.error))
        return result;

    QList<ContentLayer> layers;
    bool readable = true;
    for (const QString &location : base) {
        layers.append(ContentInput::read(location, &result.diagnostics, progress));
        readable = readable && layers.last().readable;
    }
    const ContentLayer imported = ContentInput::read(file, &result.diagnostics, progress);
    layers.append(imported);
    if (!readable || !imported.readable)
        return result;

    ContentSet merged = ContentLayers::merge(layers, &result.diagnostics);
    if (base.isEmpty()) {
        for (const auto &record : imported.records) {
            if (record.kind == QLatin1String("content")
                && (record.field(QStringLiteral("replaces")) || record.field(QStringLiteral("removes"))))
                result.diagnostics.append({record.file, record.line,
                                           tr("this file is an overlay (it replaces or removes records); give the "
                                              "content it overlays with --base")});
        }
    }
    if (!result.diagnostics.isEmpty())
        return result;

    // What to write: the file's own records (with an overlay, the merged set
    // holds the base too), kind by kind as the validator orders them.
    ContentSet own;
    own.meta = merged.meta; // standalone: the file's own @content; an overlay's is read below
    for (const auto &record : imported.records) {
        Kind kind;
        if (record.kind == QLatin1String("content")) {
            if (!base.isEmpty())
                own.meta = ContentValidator::readMeta(record, &result.diagnostics);
            continue;
        }
        if (kindFromName(record.kind, &kind))
            own.records.append({kind, record});
    }
    std::stable_sort(own.records.begin(), own.records.end(), [](const ContentRecord &a, const ContentRecord &b) {
        return allKinds().indexOf(a.kind) < allKinds().indexOf(b.kind);
    });
    result.records = int(own.records.size());
    if (!SourceTree::write(own, directory, &result.error, {}, progress))
        result.error = tr("nothing was imported: %1").arg(result.error);
    return result;
}

} // namespace huanjiao
