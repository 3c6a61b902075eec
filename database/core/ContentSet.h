#pragma once

#include "Kind.h"
#include "SourceRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace huanjiao {

// The content version record (@content) of a set of sources: one per layer
// (the base content and each clinic overlay).
struct ContentMeta
{
    QString id;
    QString name;
    QString version;
    bool sample = false;
    // Overlays only: kinds whose earlier records are all dropped, and single
    // earlier records ("doctor/ye-lin") that are dropped.
    QStringList replaces = {};
    QStringList removes = {};
};

struct ContentRecord
{
    Kind kind;
    SourceRecord source;
};

// Records that passed validation, ready to be written to a database, kind by
// kind (in allKinds() order) and in source order within a kind.
struct ContentSet
{
    ContentMeta meta;          // the base layer's; sample if any layer is
    QList<ContentMeta> layers; // every layer, base first; empty means just `meta`
    QList<ContentRecord> records;

    QList<ContentMeta> allLayers() const { return layers.isEmpty() ? QList<ContentMeta>{meta} : layers; }
};

// The @content record that states `meta`, as it would be written in content.md.
SourceRecord metaRecord(const ContentMeta &meta, const QString &file = {});

} // namespace huanjiao
