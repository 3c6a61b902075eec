// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentMeta.h"
#include "Kind.h"
#include "SourceRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace huanjiao {

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
