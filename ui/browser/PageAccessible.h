// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QPointer>
#include <QTextDocument>
#include <QVector>

namespace huanjiao {

class PageView;
class PagePartAccessible;

// What a screen reader sees of a page: a document named for its topic, with
// a child for each heading (with its level) and paragraph, and under each the
// links in it (named for their text, the target in their description, and an
// action that follows them). Qt's own interface for a QTextBrowser is one
// unnamed label with the text and nothing to walk or follow.
//
// The parts are made when first asked for and made anew when the page
// changes; the text interface reads the whole page, as Qt's does.
class PageAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
    Q_DECLARE_TR_FUNCTIONS(PageAccessible)

public:
    explicit PageAccessible(PageView *view);
    ~PageAccessible() override;

    // For QAccessible::installFactory: a PageAccessible for each PageView.
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::Role role() const override;
    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    // "Set focus" from a screen reader also brings the page's window forward.
    void doAction(const QString &actionName) override;

    // The link the text cursor is on (Tab moves it from link to link), or null.
    QAccessibleInterface *currentLink() const;
    // The parts of the page, made anew if the page changed.
    const QVector<PagePartAccessible *> &parts() const;
    PageView *view() const;
    // A part is going (deleted by QAccessible's cache, perhaps before the page).
    void forget(PagePartAccessible *part) const { m_parts.removeAll(part); }
    // `part` (a heading or paragraph) is one of the parts of the page on show.
    bool isCurrentPart(const PagePartAccessible *part) const;

    // QAccessibleTextInterface: the page's text as plain text.
    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    void clearParts() const;

    mutable QVector<PagePartAccessible *> m_parts; // headings and paragraphs; each owns its links
    mutable QPointer<QTextDocument> m_document;    // the page the parts were made from
    mutable int m_revision = -1;
};

// A heading, a paragraph or a link of a page. Its page (or, for a link, its
// paragraph) has it deleted through QAccessible's cache; whichever goes first,
// a part takes itself off its owner's list.
class PagePartAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    PagePartAccessible(PageAccessible *page, PagePartAccessible *parent, QAccessible::Role role, int start, int end,
                       QString text, QString target = {}, int level = 0);
    ~PagePartAccessible() override;

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return m_role; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // Links only: following one opens its page, as Enter or a click does.
    QStringList actionNames() const override;
    QString localizedActionDescription(const QString &name) const override;
    void doAction(const QString &name) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    int start() const { return m_start; }
    int end() const { return m_end; }
    QString target() const { return m_target; }
    int level() const { return m_level; }
    void addLink(PagePartAccessible *link) { m_links.append(link); }
    const QVector<PagePartAccessible *> &links() const { return m_links; }
    void forget(PagePartAccessible *link) { m_links.removeAll(link); }
    // The link has the text cursor on it while the page has the keyboard.
    bool isCurrent() const;

private:
    PageAccessible *m_page;
    PagePartAccessible *m_parent;
    QAccessible::Role m_role;
    int m_start;
    int m_end;
    QString m_text;
    QString m_target;
    int m_level;
    QVector<PagePartAccessible *> m_links;
};

} // namespace huanjiao
