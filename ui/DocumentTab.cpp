#include "DocumentTab.h"

#include "PageSource.h"
#include "PageView.h"

#include <QScrollBar>
#include <QVBoxLayout>

namespace huanjiao {

DocumentTab::DocumentTab(const PageSource &pages, QWidget *parent)
    : QWidget(parent)
    , m_pages(pages)
    , m_view(new PageView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &PageView::linkActivated, this, [this](const QUrl &url, bool newTab) {
        if (newTab)
            emit linkActivated(url, true);
        else
            open(url);
    });
}

void DocumentTab::open(const QUrl &url)
{
    rememberScroll();
    const PageSource::Page page = m_pages.page(url);
    m_history.visit(url, page.title);
    m_view->setPage(page.html);
    m_view->verticalScrollBar()->setValue(0);
    emit titleChanged(page.title);
    emit historyChanged();
}

void DocumentTab::back()
{
    if (!m_history.canGoBack())
        return;
    rememberScroll();
    show(m_history.goBack());
}

void DocumentTab::forward()
{
    if (!m_history.canGoForward())
        return;
    rememberScroll();
    show(m_history.goForward());
}

void DocumentTab::goToHistory(int index)
{
    rememberScroll();
    show(m_history.goTo(index));
}

void DocumentTab::reload()
{
    if (m_history.isEmpty())
        return;
    rememberScroll();
    show(m_history.current());
}

QUrl DocumentTab::url() const
{
    return m_history.isEmpty() ? QUrl() : m_history.current().url;
}

QString DocumentTab::title() const
{
    return m_history.isEmpty() ? QString() : m_history.current().title;
}

void DocumentTab::show(const NavigationHistory::Entry &entry)
{
    const int scroll = entry.scroll;
    const PageSource::Page page = m_pages.page(entry.url);
    m_history.setCurrentTitle(page.title);
    m_view->setPage(page.html);
    m_view->verticalScrollBar()->setValue(scroll);
    emit titleChanged(page.title);
    emit historyChanged();
}

void DocumentTab::rememberScroll()
{
    m_history.setCurrentScroll(m_view->verticalScrollBar()->value());
}

} // namespace huanjiao
