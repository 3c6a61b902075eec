// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationHistory.h"

namespace huanjiao {

void NavigationHistory::visit(const QUrl &url, const QString &title)
{
    if (m_index >= 0 && m_entries.at(m_index).url == url)
        return; // reloading the same page is not a new step
    m_entries.resize(m_index + 1);
    m_entries.append({url, title, 0});
    m_index = m_entries.size() - 1;
}

const NavigationHistory::Entry &NavigationHistory::goBack()
{
    return goTo(int(m_index - 1));
}

const NavigationHistory::Entry &NavigationHistory::goForward()
{
    return goTo(int(m_index + 1));
}

const NavigationHistory::Entry &NavigationHistory::goTo(int index)
{
    m_index = qBound(qsizetype(0), qsizetype(index), m_entries.size() - 1);
    return m_entries.at(m_index);
}

void NavigationHistory::setCurrentScroll(int scroll)
{
    if (m_index >= 0)
        m_entries[m_index].scroll = scroll;
}

void NavigationHistory::setCurrentTitle(const QString &title)
{
    if (m_index >= 0)
        m_entries[m_index].title = title;
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_index = -1;
}

} // namespace huanjiao
