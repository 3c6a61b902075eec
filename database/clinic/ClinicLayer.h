// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentLayers.h"
#include "ContentMeta.h"
#include "Diagnostic.h"
#include "Kind.h"
#include "SourceRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace huanjiao {

// The clinic's own records: a folder of text sources (ClinicPaths::layer)
// that is an overlay of the bundled content (docs/content-format.md,
// "Overlays"). Changes are made in memory and written by save(), one file at
// a time with QSaveFile, so a file is always the old text or the new.
//
// The content manager keeps one ClinicLayer open: it lists records by kind
// for its tables, calls put() when a form is accepted and remove() when staff
// delete a record, then save(); undo() (then save()) takes back the last
// change. Removing a record the clinic overrides, or one that exists only in
// the base, lists it under `removes:` in the layer's @content record so that
// patients no longer see it once published. Records the layer holds but the
// text format cannot hold (a field given twice, an unreadable file) make
// load() fail: nothing is saved over text it could not read whole.
class ClinicLayer
{
    Q_DECLARE_TR_FUNCTIONS(ClinicLayer)

public:
    explicit ClinicLayer(const QString &folder);

    QString folder() const { return m_folder; }

    // Reads every *.md below the folder; a missing folder is an empty layer.
    // False with *diagnostics when a file cannot be read or parsed whole.
    bool load(Diagnostics *diagnostics);
    // Writes the files whose text changed (and the @content record), creating
    // the folder. False with *error when anything could not be written.
    bool save(QString *error);
    // Whether there are changes that save() has not written.
    bool modified() const;

    ContentMeta meta() const { return m_state.meta; }
    void setMeta(const ContentMeta &meta);

    QList<SourceRecord> records(Kind kind) const;
    std::optional<SourceRecord> record(Kind kind, const QString &id) const;
    bool contains(Kind kind, const QString &id) const;
    // Every record, @content first, as an overlay to merge over the base.
    ContentLayer layer() const;

    // The base's records as "kind/id", so that remove() knows when a record
    // must also be listed under `removes:` (ClinicValidation::baseKeys()).
    void setBaseKeys(const QSet<QString> &keys) { m_baseKeys = keys; }

    // Adds the record, or replaces the layer's record of that kind and id in
    // its place. `record.id` must be set; `record.kind` is set from `kind`.
    void put(Kind kind, SourceRecord record);
    // Several records at once (a spreadsheet's rows), as one change to undo.
    void putAll(Kind kind, const QList<SourceRecord> &records, const QString &description);
    // Removes the layer's record and, when the base has one of that id, drops
    // the base's too. False (and nothing changes) when neither has it.
    bool remove(Kind kind, const QString &id);
    // Records of the base this layer drops (`removes:`), as "kind/id".
    QStringList removed() const { return m_state.meta.removes; }

    // One step back: the state before the last put(), remove() or setMeta().
    bool canUndo() const { return m_previous.has_value(); }
    QString undoText() const { return m_previousText; }
    bool undo();

    // An id for a new record of `kind` named `name`: its pinyin, words joined
    // by hyphens ("赵磊" -> "zhao-lei"), with -2, -3 ... when taken in the
    // layer or the base.
    QString suggestId(Kind kind, const QString &name) const;

    static QString defaultFileName(Kind kind);

private:
    struct Entry
    {
        Kind kind;
        SourceRecord record;
        QString file; // relative to the folder
    };
    struct State
    {
        ContentMeta meta;
        QList<Entry> entries;
    };

    void remember(const QString &text);
    qsizetype indexOf(Kind kind, const QString &id) const;
    QHash<QString, QString> render(const State &state) const;
    QString shownFile(const QString &relative) const;

    QString m_folder;
    State m_state;
    std::optional<State> m_previous;
    QString m_previousText;
    QHash<QString, QString> m_baseline; // file -> its text as last read or written, rendered
    QSet<QString> m_onDisk;              // files of the folder
    bool m_loaded = true;
    QSet<QString> m_baseKeys;
    bool m_hadMetaFile = false;
};

} // namespace huanjiao
