// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageAccessible.h"

#include "PageView.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>

#include <utility>

namespace huanjiao {

namespace {

QString plain(QString text)
{
    // Qt's paragraph and line separators, as a screen reader expects them.
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    return text;
}

QString textBetween(QTextDocument *document, int start, int end)
{
    QTextCursor cursor(document);
    cursor.setPosition(qBound(0, start, document->characterCount() - 1));
    cursor.setPosition(qBound(0, end, document->characterCount() - 1), QTextCursor::KeepAnchor);
    return plain(cursor.selectedText());
}

// Deleting through the cache keeps it from holding a dangling pointer; a
// part never asked for is registered only to be deleted at once.
void release(QAccessibleInterface *part)
{
    QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(part));
}

} // namespace

PageAccessible::PageAccessible(PageView *view)
    : QAccessibleWidget(view, QAccessible::Document)
{
}

PageAccessible::~PageAccessible()
{
    clearParts();
}

QAccessibleInterface *PageAccessible::factory(const QString &className, QObject *object)
{
    if (className == QLatin1String(PageView::staticMetaObject.className()) && object && object->isWidgetType())
        return new PageAccessible(static_cast<PageView *>(object));
    return nullptr;
}

PageView *PageAccessible::view() const
{
    return static_cast<PageView *>(widget());
}

void *PageAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::Role PageAccessible::role() const
{
    return QAccessible::Document;
}

QString PageAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name) {
        // The topic's name: the page's first main heading.
        for (const PagePartAccessible *part : parts()) {
            if (part->role() == QAccessible::Heading && part->level() == 1)
                return part->text(QAccessible::Name);
        }
        const QString title = view()->document()->metaInformation(QTextDocument::DocumentTitle);
        if (!title.isEmpty())
            return title;
        return widget()->accessibleName().isEmpty() ? tr("Page") : widget()->accessibleName();
    }
    if (t == QAccessible::Value)
        return {};
    return QAccessibleWidget::text(t);
}

void PageAccessible::clearParts() const
{
    const QVector<PagePartAccessible *> parts = std::exchange(m_parts, {});
    for (PagePartAccessible *part : parts)
        release(part);
}

const QVector<PagePartAccessible *> &PageAccessible::parts() const
{
    QTextDocument *document = view()->document();
    if (document == m_document && document->revision() == m_revision)
        return m_parts;
    clearParts();
    m_document = document;
    m_revision = document->revision();
    auto *self = const_cast<PageAccessible *>(this);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QString text = plain(block.text()).trimmed();
        if (text.isEmpty())
            continue;
        const int level = block.blockFormat().headingLevel();
        auto *part = new PagePartAccessible(self, nullptr, level > 0 ? QAccessible::Heading : QAccessible::Paragraph,
                                            block.position(), block.position() + block.length() - 1, text, {}, level);
        m_parts.append(part);
        // The block's links: runs of text with one target (a link may be
        // split into fragments by a change of style inside it).
        int linkStart = -1;
        int linkEnd = -1;
        QString href;
        const auto closeLink = [&] {
            if (linkStart >= 0) {
                const QString name = textBetween(document, linkStart, linkEnd).trimmed();
                part->addLink(new PagePartAccessible(self, part, QAccessible::Link, linkStart, linkEnd, name, href));
            }
            linkStart = -1;
            href.clear();
        };
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const QString target = format.isAnchor() ? format.anchorHref() : QString();
            if (target.isEmpty() || target != href)
                closeLink();
            if (target.isEmpty())
                continue;
            if (linkStart < 0) {
                linkStart = fragment.position();
                href = target;
            }
            linkEnd = fragment.position() + fragment.length();
        }
        closeLink();
    }
    return m_parts;
}

int PageAccessible::childCount() const
{
    return int(parts().size()) + QAccessibleWidget::childCount();
}

QAccessibleInterface *PageAccessible::child(int index) const
{
    const auto &all = parts();
    if (index >= 0 && index < all.size())
        return all.at(index);
    return QAccessibleWidget::child(index - int(all.size()));
}

int PageAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto &all = parts();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i) == child)
            return i;
    }
    const int widgetIndex = QAccessibleWidget::indexOfChild(child);
    return widgetIndex < 0 ? -1 : widgetIndex + int(all.size());
}

QAccessibleInterface *PageAccessible::childAt(int x, int y) const
{
    const QPoint point = view()->viewport()->mapFromGlobal(QPoint(x, y));
    if (!view()->viewport()->rect().contains(point))
        return QAccessibleWidget::childAt(x, y);
    const int position = view()->cursorForPosition(point).position();
    for (PagePartAccessible *part : parts()) {
        if (position >= part->start() && position < part->end()) {
            QAccessibleInterface *link = part->childAt(x, y);
            return link ? link : part;
        }
    }
    return nullptr;
}

bool PageAccessible::isCurrentPart(const PagePartAccessible *part) const
{
    // Without making the parts anew: a part asked about may be one of them.
    return m_document == view()->document() && m_revision == view()->document()->revision()
        && m_parts.contains(const_cast<PagePartAccessible *>(part));
}

QAccessibleInterface *PageAccessible::focusChild() const
{
    return currentLink();
}

void PageAccessible::doAction(const QString &actionName)
{
    // Qt's own only sets the widget's focus, which does nothing for the
    // keyboard while another window is active.
    if (actionName == setFocusAction() && widget()->isEnabled()) {
        widget()->activateWindow();
        widget()->setFocus(Qt::OtherFocusReason);
        return;
    }
    QAccessibleWidget::doAction(actionName);
}

QAccessibleInterface *PageAccessible::currentLink() const
{
    for (PagePartAccessible *part : parts()) {
        for (PagePartAccessible *link : part->links()) {
            if (link->isCurrent())
                return link;
        }
    }
    return nullptr;
}

void PageAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    const QTextCursor cursor = view()->textCursor();
    if (selectionIndex == 0 && cursor.hasSelection()) {
        *startOffset = cursor.selectionStart();
        *endOffset = cursor.selectionEnd();
    } else {
        *startOffset = *endOffset = 0;
    }
}

int PageAccessible::selectionCount() const
{
    return view()->textCursor().hasSelection() ? 1 : 0;
}

void PageAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void PageAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor = view()->textCursor();
    cursor.clearSelection();
    view()->setTextCursor(cursor);
}

void PageAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor(view()->document());
    cursor.setPosition(qBound(0, startOffset, characterCount()));
    cursor.setPosition(qBound(0, endOffset, characterCount()), QTextCursor::KeepAnchor);
    view()->setTextCursor(cursor);
}

int PageAccessible::cursorPosition() const
{
    return view()->textCursor().position();
}

void PageAccessible::setCursorPosition(int position)
{
    QTextCursor cursor(view()->document());
    cursor.setPosition(qBound(0, position, characterCount()));
    view()->setTextCursor(cursor);
}

QString PageAccessible::text(int startOffset, int endOffset) const
{
    return textBetween(view()->document(), startOffset, endOffset);
}

int PageAccessible::characterCount() const
{
    return view()->document()->characterCount() - 1; // less the last paragraph's end
}

QRect PageAccessible::characterRect(int offset) const
{
    QTextCursor cursor(view()->document());
    cursor.setPosition(qBound(0, offset, characterCount()));
    QRect rect = view()->cursorRect(cursor);
    if (offset < characterCount()) {
        cursor.movePosition(QTextCursor::NextCharacter);
        const QRect next = view()->cursorRect(cursor);
        if (next.top() == rect.top() && next.left() > rect.left())
            rect.setRight(next.left());
    }
    return QRect(view()->viewport()->mapToGlobal(rect.topLeft()), rect.size());
}

int PageAccessible::offsetAtPoint(const QPoint &point) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(point);
    if (!view()->viewport()->rect().contains(local))
        return -1;
    return view()->cursorForPosition(local).position();
}

void PageAccessible::scrollToSubstring(int startIndex, int)
{
    QTextCursor cursor(view()->document());
    cursor.setPosition(qBound(0, startIndex, characterCount()));
    const QRect rect = view()->cursorRect(cursor);
    if (!view()->viewport()->rect().contains(rect)) {
        QScrollBar *bar = view()->verticalScrollBar();
        bar->setValue(bar->value() + rect.top() - view()->viewport()->height() / 3);
    }
}

QString PageAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    Q_UNUSED(offset);
    *startOffset = 0;
    *endOffset = characterCount();
    return {};
}

PagePartAccessible::PagePartAccessible(PageAccessible *page, PagePartAccessible *parent, QAccessible::Role role,
                                       int start, int end, QString text, QString target, int level)
    : m_page(page)
    , m_parent(parent)
    , m_role(role)
    , m_start(start)
    , m_end(end)
    , m_text(std::move(text))
    , m_target(std::move(target))
    , m_level(level)
{
}

PagePartAccessible::~PagePartAccessible()
{
    const QVector<PagePartAccessible *> links = std::exchange(m_links, {});
    for (PagePartAccessible *link : links)
        release(link);
    if (m_parent)
        m_parent->forget(this);
    else
        m_page->forget(this);
}

bool PagePartAccessible::isValid() const
{
    return m_page->isValid() && m_page->isCurrentPart(m_parent ? m_parent : this);
}

QWindow *PagePartAccessible::window() const
{
    return m_page->window();
}

QAccessibleInterface *PagePartAccessible::childAt(int x, int y) const
{
    for (PagePartAccessible *link : m_links) {
        if (link->rect().contains(x, y))
            return link;
    }
    return nullptr;
}

QAccessibleInterface *PagePartAccessible::parent() const
{
    if (m_parent)
        return m_parent;
    return const_cast<PageAccessible *>(m_page);
}

QAccessibleInterface *PagePartAccessible::child(int index) const
{
    return index >= 0 && index < m_links.size() ? m_links.at(index) : nullptr;
}

int PagePartAccessible::childCount() const
{
    return int(m_links.size());
}

int PagePartAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (int i = 0; i < m_links.size(); ++i) {
        if (m_links.at(i) == child)
            return i;
    }
    return -1;
}

QString PagePartAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
        return m_text;
    case QAccessible::Description:
        // Qt 6.4 passes no heading level or link target over AT-SPI of its
        // own: the description carries them.
        if (m_role == QAccessible::Link)
            return m_target;
        if (m_role == QAccessible::Heading)
            return PageAccessible::tr("Heading level %1").arg(m_level);
        return {};
    default:
        return {};
    }
}

QRect PagePartAccessible::rect() const
{
    if (!isValid())
        return {};
    PageView *view = m_page->view();
    QRect local;
    QTextDocument *document = view->document();
    if (m_role == QAccessible::Link) {
        QTextCursor cursor(document);
        cursor.setPosition(m_start);
        local = view->cursorRect(cursor);
        cursor.setPosition(m_end);
        local = local.united(view->cursorRect(cursor));
    } else {
        const QTextBlock block = document->findBlock(m_start);
        const QRectF box = document->documentLayout()->blockBoundingRect(block);
        local = box.toAlignedRect().translated(-view->horizontalScrollBar()->value(), -view->verticalScrollBar()->value());
    }
    return QRect(view->viewport()->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State PagePartAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    PageView *view = m_page->view();
    state.readOnly = true;
    if (!view->isVisible())
        state.invisible = true;
    const QRect viewport(view->viewport()->mapToGlobal(QPoint(0, 0)), view->viewport()->size());
    if (!viewport.intersects(rect()))
        state.offscreen = true;
    if (m_role == QAccessible::Link) {
        state.focusable = true;
        state.linked = true;
        state.focused = isCurrent();
    }
    return state;
}

bool PagePartAccessible::isCurrent() const
{
    if (m_role != QAccessible::Link || !isValid())
        return false;
    PageView *view = m_page->view();
    const QTextCursor cursor = view->textCursor();
    return view->hasFocus() && cursor.hasSelection() && cursor.selectionStart() >= m_start
        && cursor.selectionEnd() <= m_end;
}

void *PagePartAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface && m_role == QAccessible::Link)
        return static_cast<QAccessibleActionInterface *>(this);
    return nullptr;
}

QStringList PagePartAccessible::actionNames() const
{
    return {pressAction()};
}

QString PagePartAccessible::localizedActionDescription(const QString &name) const
{
    return name == pressAction() ? PageAccessible::tr("Open the linked page") : QString();
}

void PagePartAccessible::doAction(const QString &name)
{
    if (name == pressAction() && isValid())
        m_page->view()->followLink(QUrl(m_target));
}

} // namespace huanjiao
