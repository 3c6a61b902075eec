// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClinicLayer.h"
#include "ClinicSheet.h"
#include "Kind.h"

#include <QObject>

#include <optional>

namespace huanjiao {

class ClinicValidation;

// What the content manager edits: the clinic's layer (ClinicLayer) over the
// pristine base, which it never changes and reads through ClinicValidation.
// Each change is saved to the layer's folder at once and can be taken back
// with undo().
class ClinicDocument : public QObject
{
    Q_OBJECT

public:
    ClinicDocument(ClinicLayer layer, const ClinicValidation &validation, QObject *parent = nullptr);

    const ClinicLayer &layer() const { return m_layer; }
    const ClinicValidation &validation() const { return m_validation; }

    // The clinic's records of one kind, in their order.
    QList<SourceRecord> records(Kind kind) const { return m_layer.records(kind); }
    std::optional<SourceRecord> record(Kind kind, const QString &id) const { return m_layer.record(kind, id); }
    // Ids and names of every record a link may name: the clinic's first, then
    // the base's that the clinic neither overrides nor removed.
    struct Entry
    {
        QString id;
        QString name;
        bool clinic = false;
    };
    QList<Entry> entries(Kind kind) const;
    // An id for a new record named `name`, from its pinyin, unique in layer and base.
    QString suggestId(Kind kind, const QString &name) const { return m_layer.suggestId(kind, name); }

    // Each returns false with *error when the layer could not be saved; the
    // change then stays in memory and the next save tries again.
    bool put(const SourceRecord &record, QString *error);
    bool remove(Kind kind, const QString &id, QString *error);
    bool canUndo() const { return m_layer.canUndo(); }
    QString undoText() const { return m_layer.undoText(); }
    bool undo(QString *error);
    // Reads a spreadsheet of records of `kind` (ClinicSheet); only when every
    // row is valid are they put into the layer (one undo step) and saved.
    ClinicSheet::Import importSheet(const QString &path, Kind kind);

signals:
    // The layer changed (a put, a remove or an undo).
    void changed();

private:
    bool saved(QString *error);

    ClinicLayer m_layer;
    const ClinicValidation &m_validation;
};

} // namespace huanjiao
