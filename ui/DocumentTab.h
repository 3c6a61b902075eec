#pragma once

#include "NavigationHistory.h"

#include <QWidget>

namespace huanjiao {

class PageSource;
class PageView;

// One document tab: a page view and its own back/forward history.
class DocumentTab : public QWidget
{
    Q_OBJECT

public:
    DocumentTab(const PageSource &pages, QWidget *parent = nullptr);

    void open(const QUrl &url);
    void back();
    void forward();
    void goToHistory(int index);
    void reload();

    QUrl url() const;
    QString title() const;
    const NavigationHistory &history() const { return m_history; }
    PageView *view() const { return m_view; }

signals:
    void titleChanged(const QString &title);
    void historyChanged();
    void linkActivated(const QUrl &url, bool newTab);

private:
    void show(const NavigationHistory::Entry &entry);
    void rememberScroll();

    const PageSource &m_pages;
    PageView *m_view;
    NavigationHistory m_history;
};

} // namespace huanjiao
