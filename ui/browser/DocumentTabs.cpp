// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentTabs.h"

#include "HtmlText.h"
#include "DocumentTab.h"
#include "FocusRing.h"
#include "PageSource.h"
#include "PageView.h"

#include <QTabBar>

namespace huanjiao {

namespace {
constexpr int kClosedLimit = 20;
constexpr int kTitleChars = 18;

QString shortTitle(const QString &title)
{
    return title.size() > kTitleChars ? title.left(kTitleChars - 1) + QChar(0x2026) : title;
}
} // namespace

DocumentTabs::DocumentTabs(const PageSource &pages, QWidget *parent)
    : QTabWidget(parent)
    , m_pages(pages)
{
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setElideMode(Qt::ElideRight);
    setAccessibleName(tr("Open pages"));
    FocusRing::attach(tabBar());
    connect(this, &QTabWidget::tabCloseRequested, this, &DocumentTabs::closeDocument);
    connect(this, &QTabWidget::currentChanged, this, [this] { emit currentDocumentChanged(currentDocument()); });
}

DocumentTab *DocumentTabs::currentDocument() const
{
    return qobject_cast<DocumentTab *>(currentWidget());
}

DocumentTab *DocumentTabs::document(int index) const
{
    return qobject_cast<DocumentTab *>(widget(index));
}

void DocumentTabs::openUrl(const QUrl &url, bool newTab)
{
    if (newTab || !currentDocument()) {
        openInNewTab(url, !newTab || !currentDocument());
        return;
    }
    currentDocument()->open(url);
}

DocumentTab *DocumentTabs::createTab(int position)
{
    auto *tab = new DocumentTab(m_pages, this);
    tab->view()->setZoom(m_zoom);
    connect(tab->view(), &PageView::zoomStepRequested, this, &DocumentTabs::zoomStepRequested);
    connect(tab, &DocumentTab::titleChanged, this, [this, tab](const QString &title) {
        const int index = indexOf(tab);
        if (index >= 0) {
            setTabText(index, shortTitle(title));
            setTabToolTip(index, HtmlText::toolTip(title));
        }
    });
    connect(tab, &DocumentTab::pageShown, this, &DocumentTabs::pageShown);
    connect(tab, &DocumentTab::linkActivated, this, [this](const QUrl &link, bool) { openInNewTab(link, false); });
    connect(tab, &DocumentTab::historyChanged, this, [this, tab] {
        if (tab == currentDocument())
            emit currentDocumentChanged(tab);
    });
    insertTab(position, tab, QString());
    return tab;
}

DocumentTab *DocumentTabs::openInNewTab(const QUrl &url, bool makeCurrent)
{
    // New tabs open next to the current one, as browsers do.
    DocumentTab *tab = createTab(currentIndex() + 1);
    if (makeCurrent)
        setCurrentWidget(tab);
    tab->open(url);
    return tab;
}

void DocumentTabs::tabInserted(int index)
{
    QTabWidget::tabInserted(index);
    updateCloseButtons();
}

void DocumentTabs::tabRemoved(int index)
{
    QTabWidget::tabRemoved(index);
    updateCloseButtons();
}

void DocumentTabs::updateCloseButtons()
{
    // Closing the only tab would just open the home page again: no button that seems to do nothing.
    const bool closable = count() > 1;
    for (int i = 0; i < count(); ++i) {
        for (auto side : {QTabBar::LeftSide, QTabBar::RightSide}) {
            if (QWidget *button = tabBar()->tabButton(i, side))
                button->setVisible(closable);
        }
    }
}

void DocumentTabs::closeDocument(int index)
{
    DocumentTab *tab = document(index);
    if (!tab || (m_keepLastTab && count() == 1))
        return;
    if (!tab->history().isEmpty()) {
        m_closed.append(tab->snapshot());
        if (m_closed.size() > kClosedLimit)
            m_closed.removeFirst();
    }
    removeTab(index);
    tab->deleteLater();
    if (count() == 0)
        openInNewTab(PageSource::homeUrl());
}

bool DocumentTabs::reopenClosed()
{
    if (m_closed.isEmpty())
        return false;
    DocumentTab *tab = createTab(currentIndex() + 1);
    setCurrentWidget(tab);
    tab->restore(m_closed.takeLast());
    return true;
}

void DocumentTabs::setZoom(int percent)
{
    m_zoom = percent;
    for (int i = 0; i < count(); ++i) {
        if (DocumentTab *tab = document(i))
            tab->view()->setZoom(percent);
    }
}

void DocumentTabs::clearAll()
{
    while (count() > 0) {
        QWidget *w = widget(0);
        removeTab(0);
        w->deleteLater();
    }
    m_closed.clear();
}

void DocumentTabs::resetForNextVisitor()
{
    clearAll();
    openInNewTab(PageSource::homeUrl());
}

} // namespace huanjiao
