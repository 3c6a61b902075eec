// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerCheck.h"

#include "FieldLabels.h"
#include "Kind.h"

namespace huanjiao {

namespace {
// Each record of the layer gets lines of its own, so a message's line says
// whose it is: record i starts at line (i + 1) * kStride.
constexpr int kStride = 10000;
const QString kLayerFile = QStringLiteral("<clinic>");
} // namespace

QString LayerCheck::Problem::text() const
{
    Kind k;
    if (!kindFromName(kind, &k))
        return message;
    const QString who = name.isEmpty() ? id : name;
    return tr("%1 “%2”: %3").arg(FieldLabels::kindSingular(k), who, message);
}

QList<LayerCheck::Problem> LayerCheck::run(const ContentLayer &base, const SourceRecord &layerMeta,
                                           const QList<SourceRecord> &layer)
{
    ContentLayer clinic;
    clinic.location = QStringLiteral("clinic");
    clinic.metaFile = kLayerFile;
    SourceRecord meta = layerMeta;
    meta.file = kLayerFile;
    meta.line = 1;
    clinic.records.append(meta);
    for (int i = 0; i < layer.size(); ++i) {
        SourceRecord r = layer.at(i);
        r.file = kLayerFile;
        r.line = (i + 1) * kStride;
        int line = r.line + 1;
        for (auto &f : r.fields)
            f.line = line++;
        for (auto &s : r.sections) {
            s.line = line++;
            for (auto &item : s.items)
                item.line = line++;
        }
        clinic.records.append(r);
    }
    Diagnostics diagnostics;
    ContentLayers::merge({base, clinic}, &diagnostics);

    QList<Problem> problems;
    for (const Diagnostic &d : std::as_const(diagnostics)) {
        Problem p;
        const int index = d.file == kLayerFile ? d.line / kStride - 1 : -1;
        if (index >= 0 && index < layer.size()) {
            const SourceRecord &r = layer.at(index);
            Kind kind;
            p.kind = r.kind;
            p.id = r.id;
            p.name = r.value(QStringLiteral("name"));
            p.message = kindFromName(r.kind, &kind) ? FieldLabels::readable(kind, d.message) : d.message;
        } else {
            p.message = d.toString();
        }
        problems.append(p);
    }
    return problems;
}

} // namespace huanjiao
