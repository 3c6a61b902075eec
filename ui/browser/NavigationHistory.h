// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace huanjiao {

// Back/forward history of one document tab, like a web browser's: visiting a
// page drops the forward entries; each entry remembers where it was scrolled.
class NavigationHistory
{
public:
    struct Entry
    {
        QUrl url;
        QString title;
        int scroll = 0; // vertical scroll position when the page was left
    };

    void visit(const QUrl &url, const QString &title);
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    // Moves and returns the entry now current; call only when the move is possible.
    const Entry &goBack();
    const Entry &goForward();
    const Entry &goTo(int index);

    bool isEmpty() const { return m_entries.isEmpty(); }
    const Entry &current() const { return m_entries.at(m_index); }
    void setCurrentScroll(int scroll);
    void setCurrentTitle(const QString &title);
    const QList<Entry> &entries() const { return m_entries; }
    int index() const { return int(m_index); }
    void clear();

private:
    QList<Entry> m_entries;
    qsizetype m_index = -1;
};

} // namespace huanjiao
