// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftCheck.h"

#include "FieldLabels.h"

namespace huanjiao {

DraftCheck::Result DraftCheck::run(const ContentLayer &base, const SourceRecord &layerMeta, QList<SourceRecord> layer,
                                   const SourceRecord &draft)
{
    QHash<int, QString> keyAtLine;
    for (const auto &f : draft.fields)
        keyAtLine.insert(f.line, f.key);
    for (const auto &s : draft.sections)
        keyAtLine.insert(s.line, s.key);
    bool replaced = false;
    for (auto &r : layer) {
        if (r.kind == draft.kind && r.id == draft.id) {
            r = draft;
            replaced = true;
        }
    }
    if (!replaced)
        layer.append(draft);
    layer.prepend(layerMeta);

    ContentLayer clinic;
    clinic.location = QStringLiteral("clinic");
    clinic.metaFile = layerMeta.file;
    clinic.records = layer;

    Diagnostics diagnostics;
    ContentLayers::merge({base, clinic}, &diagnostics);

    Kind kind = Kind::Doctor;
    kindFromName(draft.kind, &kind);
    Result result;
    for (const Diagnostic &d : std::as_const(diagnostics)) {
        if (d.file != draftFile())
            continue;
        const QString message = FieldLabels::readable(kind, d.message);
        const QString key = keyAtLine.value(d.line);
        if (key.isEmpty())
            result.general.append(message);
        else
            result.byField[key].append(message);
    }
    return result;
}

} // namespace huanjiao
