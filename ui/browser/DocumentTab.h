// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NavigationHistory.h"
#include "PageSource.h"

#include <QWidget>

#include <optional>

namespace huanjiao {

class PageView;

// One document tab: a page view and its own back/forward history, which
// remembers where each page was scrolled. A tab that is not on screen lays its
// page out when it first comes on screen, at its real width: a background tab
// costs nothing, and the first window appears before its home page is laid out.
class DocumentTab : public QWidget
{
    Q_OBJECT

public:
    DocumentTab(const PageSource &pages, QWidget *parent = nullptr);

    // Opens a page as a new step in the history. An address with a fragment
    // (#section-causes) scrolls there; on the page already shown it only scrolls.
    void open(const QUrl &url);
    void back();
    void forward();
    void goToHistory(int index);
    void reload();
    // Takes over a history (a reopened tab) and shows its current entry.
    void restore(const NavigationHistory &history);

    QUrl url() const;
    QString title() const;
    // The history with the current page's scroll position brought up to date.
    NavigationHistory snapshot() const;
    const NavigationHistory &history() const { return m_history; }
    // The view, with the current page laid out in it.
    PageView *view() const;

signals:
    void titleChanged(const QString &title);
    void historyChanged();
    void linkActivated(const QUrl &url, bool newTab);
    // A page of the content (not the home page, not "not found") is on show:
    // what "recently viewed" remembers.
    void pageShown(const QUrl &url, const QString &title);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct PendingPage
    {
        QUrl url;
        int scroll = 0;
        QString anchor;
    };

    void show(const NavigationHistory::Entry &entry);
    // The page's title and whether it exists; the page itself is made and laid
    // out now if the tab is on screen, else when it comes on screen.
    PageSource::Page present(const QUrl &url, int scroll, const QString &anchor = {});
    // Lays out a page that was waiting for the tab to come on screen.
    void showPending() const;
    void rememberScroll();

    const PageSource &m_pages;
    PageView *m_view;
    NavigationHistory m_history;
    // Lazily shown: filled by present() while hidden, emptied by showPending().
    mutable std::optional<PendingPage> m_pending;
};

} // namespace huanjiao
