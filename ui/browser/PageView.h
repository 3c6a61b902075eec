// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextBrowser>
#include <QTimer>

class QMenu;
class QMimeData;

namespace huanjiao {

// Shows one page's HTML. It loads nothing from outside (no images, no files,
// no network) and follows no link itself: it reports huanjiao:// links and
// ignores every other scheme.
class PageView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PageView(QWidget *parent = nullptr);

    // Shows the page scrolled to `scroll`, or to `anchor` when one is given.
    // A very long page (a section of many thousand characters) is shown in
    // parts: the first at once, each further one in a later pass of the event
    // loop, so that the window answers while the rest is laid out.
    void setPage(const QString &html, int scroll = 0, const QString &anchor = {});
    // True while parts of the page are still to be added.
    bool isLoading() const { return !m_parts.isEmpty(); }
    // Adds every part still to come now (text wanted whole, such as reading aloud).
    void completePage();
    // Lays the whole page out now; QTextBrowser otherwise does it bit by bit
    // later, and a scroll position set before that would be cut short.
    void finishLayout();
    // Scrolls to a named place on the page (the outline's links), and keeps
    // it in view if the view is resized before the reader scrolls.
    void scrollToPlace(const QString &anchor);
    int scrollPosition() const;
    void setScrollPosition(int value);

    // Type size in percent of the normal reading size.
    void setZoom(int percent);
    int zoom() const { return m_zoom; }

    QVariant loadResource(int type, const QUrl &name) override;
    // The menu for a right click at `pos` (viewport coordinates); the caller owns it.
    QMenu *createContextMenu(const QPoint &pos);
    // Follows a link as a click does (a screen reader's "press" on it).
    void followLink(const QUrl &url) { activate(url, false); }

signals:
    // A huanjiao:// link was activated; newTab for Ctrl+click, middle click
    // and "Open in new tab".
    void linkActivated(const QUrl &url, bool newTab);
    // The mouse's back (-1) or forward (+1) button was pressed over the page.
    void historyStepRequested(int step);
    // Ctrl+wheel: larger (+1) or smaller (-1) type.
    void zoomStepRequested(int step);
    // The last part of a page shown in parts was added.
    void pageCompleted();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Tab and Shift+Tab go from link to link; a screen reader is told which.
    bool focusNextPrevChild(bool next) override;
    // Copied text leaves out the word joiners that keep outline links whole.
    QMimeData *createMimeDataFromSelection() const override;

private:
    void updateMargins();
    void addNextPart();
    void placeReader();
    void setMargins(QTextDocument *page) const;
    void activate(const QUrl &url, bool newTab);
    static bool isFollowable(const QUrl &url);

    Qt::KeyboardModifiers m_pressModifiers;
    QString m_anchor;
    QTextDocument *m_page = nullptr; // the page shown, owned here
    QString m_html;
    QStringList m_parts; // of a long page, still to be added
    QTimer m_partTimer;
    int m_scroll = 0; // where the reader is to be once the page is long enough
    QFont m_baseFont;
    int m_zoom = 100;
};

} // namespace huanjiao
