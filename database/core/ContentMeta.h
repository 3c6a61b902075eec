// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace huanjiao {

// The content version record (@content) of a set of sources: one per layer
// (the base content and each clinic overlay). An installed database keeps
// them all (ContentInfo::layers).
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

} // namespace huanjiao
