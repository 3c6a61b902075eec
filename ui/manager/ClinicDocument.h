// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentLayers.h"
#include "Kind.h"

#include <QObject>

namespace huanjiao {

// What the content manager edits: the clinic's own records (its layer), over
// the pristine base content that it never changes. Every change can be taken
// back with undo(); save() writes the layer to its folder.
class ClinicDocument : public QObject
{
    Q_OBJECT

public:
    // `layer`: the clinic's records, its @content record first.
    ClinicDocument(ContentLayer base, QList<SourceRecord> layer, QObject *parent = nullptr);

    const ContentLayer &base() const { return m_base; }
    // The clinic's @content record (made when the layer had none).
    const SourceRecord &meta() const { return m_meta; }
    // The clinic's records, without the @content record.
    const QList<SourceRecord> &layer() const { return m_layer; }

    // The clinic's records of one kind, in their order.
    QList<SourceRecord> records(Kind kind) const;
    const SourceRecord *record(Kind kind, const QString &id) const;
    // Whether base or layer has a record of this kind and id.
    bool hasId(Kind kind, const QString &id) const;
    // Ids and names of every record of a kind, the clinic's first, then the base's
    // (a record the clinic overrides is listed once).
    struct Entry
    {
        QString id;
        QString name;
        bool clinic = false;
    };
    QList<Entry> entries(Kind kind) const;

    // Adds the record, or replaces the clinic's record of the same kind and id in its place.
    void put(const SourceRecord &record);
    bool remove(Kind kind, const QString &id);
    bool canUndo() const { return !m_undo.isEmpty(); }
    // What undo() would take back, for the action's text.
    QString undoText() const { return m_undo.isEmpty() ? QString() : m_undo.last().text; }
    void undo();

signals:
    // The layer changed (a put, a remove or an undo).
    void changed();

private:
    struct Step
    {
        QList<SourceRecord> layer;
        QString text;
    };
    void remember(const QString &text);

    ContentLayer m_base;
    SourceRecord m_meta;
    QList<SourceRecord> m_layer;
    QList<Step> m_undo;
};

} // namespace huanjiao
