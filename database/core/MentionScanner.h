// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace huanjiao {

// Finds the names of entities in running text, as the content builder needs
// to turn mentions into links: a trie over every name and alias, walked from
// each position of the text, taking the longest name that starts there and
// moving past it (leftmost-longest, no overlaps). One pass costs about a trie
// step per character, so a build over 100,000 topics stays fast.
class MentionScanner
{
public:
    // Names shorter than this are too ambiguous to link (one character is a word piece).
    static constexpr int kMinimumLength = 2;

    struct Match
    {
        int offset; // in UTF-16 code units, as QString counts
        int length;
        qint64 target;
    };

    // Adds a name of `target`. When two entities share a name, the lower
    // `priority` wins, then the lower target; the same name is kept once.
    void add(const QString &name, qint64 target, int priority);

    // Every name in the text, leftmost-longest. A name of `self` is skipped
    // whole, so that nothing inside the page's own name is linked either.
    QList<Match> scan(const QString &text, qint64 self = 0) const;

    int nameCount() const { return m_names; }

private:
    struct Node
    {
        qint64 target = 0;
        int priority = 0;
    };
    int child(int node, char16_t unit) const;
    int addChild(int node, char16_t unit);
    void grow();

    std::vector<Node> m_nodes{Node{}};
    // The first step from the root, taken at every position of every text, by
    // table: in the hash map it is a cache miss each time once the map
    // outgrows the processor's caches (a million conditions).
    std::vector<int> m_first = std::vector<int>(0x10000, -1);
    // The steps below it, (node << 16 | unit) -> node, in one flat table
    // probed in place (open addressing): a lookup reads one slot, where
    // std::unordered_map reads a bucket and then a node elsewhere.
    struct Edge
    {
        quint64 key = 0; // 0: empty (node 0, the root, is in m_first)
        int node = -1;
    };
    std::vector<Edge> m_edges = std::vector<Edge>(1024);
    int m_edgeBits = 10;
    qsizetype m_edgeCount = 0;
    int m_names = 0;
};

} // namespace huanjiao
