// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <unordered_map>
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

    std::vector<Node> m_nodes{Node{}};
    std::unordered_map<quint64, int> m_edges; // (node << 16 | unit) -> node
    int m_names = 0;
};

} // namespace huanjiao
