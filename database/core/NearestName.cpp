// SPDX-License-Identifier: GPL-3.0-or-later
#include "NearestName.h"

#include <QList>

#include <algorithm>

namespace huanjiao::NearestName {

int distance(const QString &a, const QString &b)
{
    // Levenshtein, with a swap of two neighbours counted as one edit (ye-lni).
    const qsizetype n = a.size(), m = b.size();
    QList<int> previous(m + 1), current(m + 1), before(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        before = previous;
        previous = current;
    }
    return previous[m];
}

QString find(const QString &written, const QStringList &candidates)
{
    const int limit = int(std::clamp<qsizetype>(written.size() / 4, 1, 2));
    QString best;
    int bestDistance = limit + 1;
    for (const QString &candidate : candidates) {
        if (candidate == written || std::abs(candidate.size() - written.size()) > limit)
            continue;
        const int d = distance(written, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace huanjiao::NearestName
