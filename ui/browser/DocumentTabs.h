// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NavigationHistory.h"
#include "VisitorState.h"

#include <QTabWidget>
#include <QUrl>

namespace huanjiao {

class DocumentTab;
class PageSource;

// The document tabs: open a page here or in a new tab, close tabs, and
// reopen the ones closed, like a web browser.
class DocumentTabs : public QTabWidget, public VisitorState
{
    Q_OBJECT

public:
    DocumentTabs(const PageSource &pages, QWidget *parent = nullptr);

    DocumentTab *currentDocument() const;
    DocumentTab *document(int index) const;
    void openUrl(const QUrl &url, bool newTab);
    DocumentTab *openInNewTab(const QUrl &url, bool makeCurrent = true);
    // Closes a tab; it can be reopened with its whole history.
    void closeDocument(int index);
    // Reopens the tab closed last, with its back/forward history and scroll position.
    bool reopenClosed();
    bool canReopen() const { return !m_closed.isEmpty(); }
    // Type size of every page, open now or later, in percent.
    void setZoom(int percent);
    int zoom() const { return m_zoom; }
    // Closes every tab and forgets what was closed.
    void clearAll();
    // Tabs, their history, scroll positions and the closed tabs go; one home tab is left.
    void resetForNextVisitor() override;
    // The kiosk keeps its last tab: closing it does nothing (rather than
    // opening a fresh home tab, which would lose the visitor's history).
    void setKeepLastTab(bool keep) { m_keepLastTab = keep; }

signals:
    void currentDocumentChanged(huanjiao::DocumentTab *tab);
    // Ctrl+wheel over a page.
    void zoomStepRequested(int step);
    // A content page was shown in any tab (DocumentTab::pageShown).
    void pageShown(const QUrl &url, const QString &title);

protected:
    void tabInserted(int index) override;
    void tabRemoved(int index) override;

private:
    void updateCloseButtons();
    const PageSource &m_pages;
    DocumentTab *createTab(int position);

    QList<NavigationHistory> m_closed;
    int m_zoom = 100;
    bool m_keepLastTab = false;
};

} // namespace huanjiao
