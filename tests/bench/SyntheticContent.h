// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentSet.h"
#include "Progress.h"

#include <functional>

namespace huanjiao {

// A deterministic content set of any size for benchmarks: realistic Chinese
// condition names built from parts (急性 + 面神经 + 炎), aliases, English
// names, prose, and doctors, drugs, tests, articles and Q&A in proportion.
// The same arguments always give the same content.
struct SyntheticContent
{
    int conditions = 100000;
    // Records of the other kinds; 0 keeps them in proportion (about three for
    // every four conditions).
    int others = 0;
    quint32 seed = 20261126;

    static ContentMeta meta();
    // Reports how many conditions are made, as it goes.
    ContentSet generate(const Progress &progress = {}) const;
    // The same records, handed to `sink` in batches as they are made (a
    // million conditions do not fit in memory at once); stops and returns
    // false when the sink does.
    using Sink = std::function<bool(const QList<ContentRecord> &batch)>;
    bool generate(const Sink &sink, const Progress &progress = {}) const;
    // The same, made on a second thread a few batches ahead of `sink`, which
    // is called on this one: making the records takes about a fifth of
    // writing them, time the writer need not wait.
    bool generateAhead(const Sink &sink) const;
    // How many records generate() makes.
    qint64 recordCount() const;

private:
    bool generateTo(const Sink &sink, const Progress &progress, qint64 *count) const;
    void generateCounting(qint64 *count) const;
};

} // namespace huanjiao
