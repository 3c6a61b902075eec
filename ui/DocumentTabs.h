#pragma once

#include <QTabWidget>
#include <QUrl>

namespace huanjiao {

class DocumentTab;
class PageSource;

// The document tabs: open a page here or in a new tab, close tabs, and
// reopen the ones closed, like a web browser.
class DocumentTabs : public QTabWidget
{
    Q_OBJECT

public:
    DocumentTabs(const PageSource &pages, QWidget *parent = nullptr);

    DocumentTab *currentDocument() const;
    DocumentTab *document(int index) const;
    void openUrl(const QUrl &url, bool newTab);
    DocumentTab *openInNewTab(const QUrl &url, bool makeCurrent = true);
    void closeDocument(int index);
    bool reopenClosed();
    bool canReopen() const { return !m_closed.isEmpty(); }
    // Closes every tab and forgets what was closed.
    void clearAll();

signals:
    void currentDocumentChanged(huanjiao::DocumentTab *tab);

private:
    const PageSource &m_pages;
    QList<QUrl> m_closed;
};

} // namespace huanjiao
