// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClinicValidation.h"

#include "ClinicLayer.h"
#include "ContentInput.h"
#include "ContentLint.h"

#include <QMap>

namespace huanjiao {

namespace {

const QString kLayerFile = QStringLiteral("\x01" "clinic");
const QString kBaseFile = QStringLiteral("\x01" "base");

struct Place
{
    int record = -1; // index into the numbered records
    QString field;
};

// Gives every line a record can be reported at (the record, each field, each
// section and its prose, each item and its prose) a number of its own in one
// made-up file, and remembers what each number stands for.
class Numbering
{
public:
    explicit Numbering(const QString &file)
        : m_file(file)
    {
    }

    void number(QList<SourceRecord> *records)
    {
        for (int i = 0; i < records->size(); ++i) {
            SourceRecord &record = (*records)[i];
            record.file = m_file;
            record.line = take(i, {}, 1);
            for (SourceField &field : record.fields)
                field.line = take(i, field.key, 1);
            for (SourceSection &section : record.sections) {
                section.line = take(i, section.key, 1 + int(section.body.count(QLatin1Char('\n'))) + 1);
                for (SourceItem &item : section.items)
                    item.line = take(i, section.key, 1 + int(item.body.count(QLatin1Char('\n'))) + 1);
            }
        }
    }

    bool find(const Diagnostic &d, Place *place) const
    {
        if (d.file != m_file || d.line <= 0)
            return false;
        auto it = m_places.upperBound(d.line);
        if (it == m_places.begin())
            return false;
        --it;
        *place = it.value();
        return true;
    }

private:
    int take(int record, const QString &field, int lines)
    {
        const int line = m_next;
        m_places.insert(line, {record, field});
        m_next += lines;
        return line;
    }

    QString m_file;
    int m_next = 1;
    QMap<int, Place> m_places; // first line -> what it and the lines up to the next belong to
};

} // namespace

ClinicValidation::ClinicValidation(const QString &baseDatabase, const QStringList &fleetLayers)
    : m_location(baseDatabase)
{
    Diagnostics diagnostics;
    m_base = ContentInput::read(baseDatabase, &diagnostics);
    if (!m_base.readable || !diagnostics.isEmpty()) {
        m_error = diagnostics.isEmpty() ? tr("cannot read the bundled content %1").arg(baseDatabase)
                                        : diagnostics.first().toString();
        m_base = {};
        return;
    }
    if (!m_base.mergedLayers.isEmpty()) {
        // The old trap: a database built over is no base; the clinic's
        // records in it would stack under the layer's.
        m_error = tr("%1 already has clinic content built into it; the clinic's layer is checked and "
                     "published over the bundled content as installed, which stays untouched")
                      .arg(baseDatabase);
        m_base = {};
        return;
    }
    if (!fleetLayers.isEmpty()) {
        // The chain's layers are part of what the clinic's layer is put over.
        QList<ContentLayer> layers{m_base};
        for (const QString &folder : fleetLayers)
            layers.append(ContentInput::read(folder, &diagnostics));
        const ContentSet merged = ContentLayers::merge(layers, &diagnostics);
        if (!diagnostics.isEmpty()) {
            m_error = diagnostics.first().toString();
            m_base = {};
            return;
        }
        const SourceRecord meta = m_base.records.value(0);
        m_base.records = {meta};
        for (const ContentRecord &record : merged.records)
            m_base.records.append(record.source);
    }
    for (SourceRecord &record : m_base.records) {
        m_keys.insert(record.kind + QLatin1Char('/') + record.id);
        // The base passed every check when it was built: its prose need not
        // be read again, only stand in for "there is a section".
        for (SourceSection &section : record.sections) {
            section.body = QStringLiteral("x");
            section.items.clear();
        }
    }
    m_keys.remove(QStringLiteral("content/") + m_base.records.value(0).id);
}

QList<SourceRecord> ClinicValidation::baseRecords(Kind kind) const
{
    QList<SourceRecord> list;
    const QString name = kindName(kind);
    for (const SourceRecord &record : m_base.records) {
        if (record.kind == name)
            list.append(record);
    }
    return list;
}

QList<ClinicProblem> ClinicValidation::check(const ClinicLayer &clinic, Checks checks) const
{
    QList<ClinicProblem> problems;
    if (!ok()) {
        problems.append({QStringLiteral("content"), clinic.meta().id, {}, m_error});
        return problems;
    }
    ContentLayer base = m_base;
    Numbering baseLines(kBaseFile);
    baseLines.number(&base.records);
    base.metaFile = kBaseFile;

    ContentLayer layer = clinic.layer();
    Numbering layerLines(kLayerFile);
    layerLines.number(&layer.records);
    layer.metaFile = kLayerFile;

    Diagnostics diagnostics;
    const ContentSet merged = ContentLayers::merge({base, layer}, &diagnostics);
    if (diagnostics.isEmpty() && checks == Checks::FormatAndLint) {
        ContentSet own;
        own.meta = merged.meta;
        for (const ContentRecord &record : merged.records) {
            if (record.source.file == kLayerFile)
                own.records.append(record);
        }
        diagnostics = ContentLint::check(own);
    }
    for (const Diagnostic &d : std::as_const(diagnostics)) {
        Place place;
        ClinicProblem problem;
        problem.message = d.message;
        if (layerLines.find(d, &place)) {
            const SourceRecord &record = layer.records.at(place.record);
            problem.kind = record.kind;
            problem.id = record.id;
            problem.field = place.field;
        } else if (baseLines.find(d, &place)) {
            const SourceRecord &record = base.records.at(place.record);
            problem.kind = record.kind;
            problem.id = record.id;
            problem.field = place.field;
            problem.inBase = true;
        } else {
            problem.kind = QStringLiteral("content");
            problem.id = clinic.meta().id;
        }
        if (problem.field.isEmpty())
            problem.field = d.field;
        problems.append(problem);
    }
    return problems;
}

QList<ClinicProblem> ClinicValidation::problemsOf(const QList<ClinicProblem> &problems, Kind kind, const QString &id)
{
    QList<ClinicProblem> list;
    for (const ClinicProblem &problem : problems) {
        if (problem.kind == kindName(kind) && problem.id == id)
            list.append(problem);
    }
    return list;
}

} // namespace huanjiao
