// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionScanner.h"

namespace huanjiao {

namespace {
quint64 edgeKey(int node, char16_t unit)
{
    return (quint64(node) << 16) | unit;
}
} // namespace

int MentionScanner::child(int node, char16_t unit) const
{
    const auto it = m_edges.find(edgeKey(node, unit));
    return it == m_edges.end() ? -1 : it->second;
}

void MentionScanner::add(const QString &name, qint64 target, int priority)
{
    if (name.size() < kMinimumLength || target == 0)
        return;
    int node = 0;
    for (const QChar c : name) {
        const quint64 key = edgeKey(node, c.unicode());
        const auto it = m_edges.find(key);
        if (it != m_edges.end()) {
            node = it->second;
            continue;
        }
        m_nodes.push_back(Node{});
        const int created = int(m_nodes.size()) - 1;
        m_edges.emplace(key, created);
        node = created;
    }
    Node &end = m_nodes[size_t(node)];
    if (end.target == 0)
        ++m_names;
    if (end.target == 0 || priority < end.priority || (priority == end.priority && target < end.target)) {
        end.target = target;
        end.priority = priority;
    }
}

QList<MentionScanner::Match> MentionScanner::scan(const QString &text, qint64 self) const
{
    QList<Match> matches;
    const qsizetype size = text.size();
    const QChar *data = text.constData();
    qsizetype i = 0;
    while (i < size) {
        int node = 0;
        qsizetype bestLength = 0;
        qint64 bestTarget = 0;
        for (qsizetype j = i; j < size; ++j) {
            node = child(node, data[j].unicode());
            if (node < 0)
                break;
            if (m_nodes[size_t(node)].target != 0) {
                bestLength = j - i + 1;
                bestTarget = m_nodes[size_t(node)].target;
            }
        }
        if (bestLength == 0) {
            ++i;
            continue;
        }
        if (bestTarget != self)
            matches.append({int(i), int(bestLength), bestTarget});
        i += bestLength;
    }
    return matches;
}

} // namespace huanjiao
