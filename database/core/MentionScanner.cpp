// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentionScanner.h"

namespace huanjiao {

namespace {
quint64 edgeKey(int node, char16_t unit)
{
    return (quint64(node) << 16) | unit;
}

size_t slotOf(quint64 key, int bits)
{
    return size_t((key * 0x9E3779B97F4A7C15ull) >> (64 - bits)); // Fibonacci hashing
}
} // namespace

int MentionScanner::child(int node, char16_t unit) const
{
    if (node == 0)
        return m_first[unit];
    const quint64 key = edgeKey(node, unit);
    const size_t mask = m_edges.size() - 1;
    for (size_t slot = slotOf(key, m_edgeBits);; slot = (slot + 1) & mask) {
        const Edge &edge = m_edges[slot];
        if (edge.key == key)
            return edge.node;
        if (edge.key == 0)
            return -1;
    }
}

void MentionScanner::grow()
{
    std::vector<Edge> old(m_edges.size() * 2);
    old.swap(m_edges);
    ++m_edgeBits;
    const size_t mask = m_edges.size() - 1;
    for (const Edge &edge : old) {
        if (edge.key == 0)
            continue;
        size_t slot = slotOf(edge.key, m_edgeBits);
        while (m_edges[slot].key != 0)
            slot = (slot + 1) & mask;
        m_edges[slot] = edge;
    }
}

// The child of `node` by `unit`, made if it is new.
int MentionScanner::addChild(int node, char16_t unit)
{
    if (node == 0) {
        int &first = m_first[unit];
        if (first < 0) {
            m_nodes.push_back(Node{});
            first = int(m_nodes.size()) - 1;
        }
        return first;
    }
    if (const int existing = child(node, unit); existing >= 0)
        return existing;
    if ((m_edgeCount + 1) * 4 > qsizetype(m_edges.size()) * 3) // at most three quarters full
        grow();
    m_nodes.push_back(Node{});
    const int created = int(m_nodes.size()) - 1;
    const quint64 key = edgeKey(node, unit);
    const size_t mask = m_edges.size() - 1;
    size_t slot = slotOf(key, m_edgeBits);
    while (m_edges[slot].key != 0)
        slot = (slot + 1) & mask;
    m_edges[slot] = Edge{key, created};
    ++m_edgeCount;
    return created;
}

void MentionScanner::add(const QString &name, qint64 target, int priority)
{
    if (name.size() < kMinimumLength || target == 0)
        return;
    int node = 0;
    for (const QChar c : name)
        node = addChild(node, c.unicode());
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
