// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace huanjiao {

// How far a long job has got: `done` of `total` units of the step `stage`
// ("Reading sources", "Writing database"). Called often; a receiver that draws
// decides itself how often to redraw. An empty function reports nowhere.
using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

inline void report(const Progress &progress, const QString &stage, qint64 done, qint64 total)
{
    if (progress)
        progress(stage, done, total);
}

} // namespace huanjiao
