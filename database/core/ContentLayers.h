// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentSet.h"
#include "Diagnostic.h"

namespace huanjiao {

// One content source as read, before merging: a folder of text sources, an
// interchange file or a content database.
struct ContentLayer
{
    QString location;                // as given on the command line
    QString metaFile;                // where a missing @content record is reported
    QList<SourceRecord> records;     // its @content record included
    QList<ContentMeta> mergedLayers; // a database built with overlays: those overlays
    bool readable = true;            // false: missing or not readable at all
};

// Merges a base layer and clinic overlays (docs/content-format.md, "Overlays"),
// then validates the result as a whole:
// - a later layer wins: a record with the kind and id of an earlier one
//   replaces it whole, in its place; a new id is added after the earlier
//   records of its kind;
// - an overlay's @content may drop earlier records: `replaces: doctor` drops
//   every earlier doctor, `removes: doctor/ye-lin` one of them; links to
//   dropped records in optional relation fields are dropped with them;
// - every layer's @content (id, name, version) is kept, base first.
class ContentLayers
{
public:
    // `notes` receives one line per overlay saying what it changed.
    static ContentSet merge(const QList<ContentLayer> &layers, Diagnostics *diagnostics,
                            QStringList *notes = nullptr);
};

} // namespace huanjiao
