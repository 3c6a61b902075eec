// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helpers that read a PageView the way a user sees it: where a link is
// on screen, and a real mouse click on it.

#include "PageView.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace huanjiao::PageProbe {

// Document position of the n-th link to `href` (-1 if there is none).
inline int linkPosition(const PageView *view, const QString &href, int nth = 0)
{
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && fragment.charFormat().anchorHref() == href && nth-- == 0)
                return fragment.position();
        }
    }
    return -1;
}

// Every link target on the page, in document order, each once.
inline QStringList links(const PageView *view)
{
    QStringList list;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !format.anchorHref().isEmpty() && !list.contains(format.anchorHref()))
                list.append(format.anchorHref());
        }
    }
    return list;
}

// Scrolls until the text at `position` is on screen.
inline void reveal(PageView *view, int position)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(position);
    view->setTextCursor(cursor);
    view->ensureCursorVisible();
}

// The middle of the character at `position`, in viewport coordinates.
inline QPoint pointOf(const PageView *view, int position)
{
    QTextCursor before(view->document());
    before.setPosition(position);
    QTextCursor after(view->document());
    after.setPosition(position + 1);
    const QRect a = view->cursorRect(before);
    const QRect b = view->cursorRect(after);
    return {(a.left() + b.left()) / 2, a.center().y()};
}

// Clicks the n-th link to `href` with the mouse, as a user would; false if the link is not there.
inline bool clickLink(PageView *view, const QString &href, Qt::MouseButton button = Qt::LeftButton,
                      Qt::KeyboardModifiers modifiers = {}, int nth = 0)
{
    const int position = linkPosition(view, href, nth);
    if (position < 0)
        return false;
    reveal(view, position + 1);
    const QPoint point = pointOf(view, position);
    if (view->anchorAt(point) != href)
        return false;
    QTest::mouseClick(view->viewport(), button, modifiers, point);
    return true;
}

} // namespace huanjiao::PageProbe
