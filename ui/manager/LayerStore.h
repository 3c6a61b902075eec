// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceRecord.h"

#include <QCoreApplication>

namespace huanjiao {

// The clinic's layer on disk: a content folder of its own with one file,
// written whole and atomically (a crash leaves the old file or the new one).
class LayerStore
{
    Q_DECLARE_TR_FUNCTIONS(LayerStore)

public:
    explicit LayerStore(QString folder);

    const QString &folder() const { return m_folder; }
    QString file() const;
    // The records of the folder, its @content record included; empty for a new
    // folder. `error` says why a folder that exists could not be read.
    QList<SourceRecord> load(QString *error) const;
    // Writes `meta` (a @content record) and `records` in the text format.
    bool save(const SourceRecord &meta, const QList<SourceRecord> &records, QString *error) const;

    // The text save() writes, for a folder of one's own (the preview's).
    static QString text(const SourceRecord &meta, const QList<SourceRecord> &records);

private:
    QString m_folder;
};

} // namespace huanjiao
