// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentTab.h"

#include "PageSource.h"
#include "PageView.h"
#include "WindowExposure.h"

#include <QShowEvent>
#include <QVBoxLayout>
#include <QWindow>

namespace huanjiao {

DocumentTab::DocumentTab(const PageSource &pages, QWidget *parent)
    : QWidget(parent)
    , m_pages(pages)
    , m_view(new PageView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    connect(m_view, &PageView::linkActivated, this, [this](const QUrl &url, bool newTab) {
        if (newTab)
            emit linkActivated(url, true);
        else
            open(url);
    });
    connect(m_view, &PageView::historyStepRequested, this, [this](int step) { step < 0 ? back() : forward(); });
}

void DocumentTab::open(const QUrl &address)
{
    const QUrl url = address.adjusted(QUrl::RemoveFragment);
    const QString anchor = address.fragment();
    if (!m_history.isEmpty() && url == m_history.current().url && !anchor.isEmpty()) {
        if (m_pending)
            m_pending->anchor = anchor;
        else
            m_view->scrollToPlace(anchor);
        return;
    }
    rememberScroll();
    const PageSource::Page page = present(url, 0, anchor);
    m_history.visit(url, page.title);
    emit titleChanged(page.title);
    emit historyChanged();
    if (page.found && url != PageSource::homeUrl())
        emit pageShown(url, page.title);
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
    if (index < 0 || index >= m_history.entries().size() || index == m_history.index())
        return;
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

void DocumentTab::restore(const NavigationHistory &history)
{
    if (history.isEmpty())
        return;
    m_history = history;
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

NavigationHistory DocumentTab::snapshot() const
{
    NavigationHistory history = m_history;
    if (!m_pending)
        history.setCurrentScroll(m_view->scrollPosition());
    return history;
}

void DocumentTab::show(const NavigationHistory::Entry &entry)
{
    const PageSource::Page page = present(entry.url, entry.scroll);
    m_history.setCurrentTitle(page.title);
    emit titleChanged(page.title);
    emit historyChanged();
    if (page.found && entry.url.adjusted(QUrl::RemoveFragment) != PageSource::homeUrl())
        emit pageShown(entry.url.adjusted(QUrl::RemoveFragment), page.title);
}

PageSource::Page DocumentTab::present(const QUrl &url, int scroll, const QString &anchor)
{
    if (!isVisible()) {
        m_pending = PendingPage{url, scroll, anchor};
        return m_pages.heading(url);
    }
    m_pending.reset();
    PageSource::Page page = m_pages.page(url);
    m_view->setPage(page.html, scroll, anchor);
    return page;
}

void DocumentTab::showPending() const
{
    if (!m_pending)
        return;
    const PendingPage page = std::move(*m_pending);
    m_pending.reset();
    m_view->setPage(m_pages.page(page.url).html, page.scroll, page.anchor);
}

PageView *DocumentTab::view() const
{
    showPending();
    return m_view;
}

void DocumentTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_pending)
        return;
    // A window's first show: let it reach the screen first, then lay the page out.
    const QWindow *handle = window()->windowHandle();
    if (handle && handle->isExposed())
        showPending();
    else
        WindowExposure::whenExposed(this, this, [this] { showPending(); });
}

void DocumentTab::rememberScroll()
{
    // A page still waiting to be shown keeps the position it was given.
    if (!m_pending)
        m_history.setCurrentScroll(m_view->scrollPosition());
}

} // namespace huanjiao
