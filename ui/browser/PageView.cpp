// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageView.h"

#include "PageAccessible.h"

#include "ChineseFont.h"

#include "EntityUri.h"
#include "FocusRing.h"
#include "HtmlText.h"
#include "PageRenderer.h"
#include "Themes.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QContextMenuEvent>
#include <QMimeData>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QWheelEvent>

namespace huanjiao {

namespace {
// A comfortable line holds about 36 Chinese characters.
constexpr int kMeasureEms = 38;
constexpr qreal kReadingScale = 1.15;
constexpr int kDocumentMargin = 16;
// Pages longer than kLongPage characters of HTML (several times the longest
// written page) are shown in parts of about kPartLength: each is parsed and
// laid out in a few milliseconds.
constexpr int kLongPage = 80000;
constexpr int kPartLength = 4000;

// A top-level paragraph longer than a part (a section pasted as one
// paragraph) would be one block, parsed and laid out in one go: it is cut
// into paragraphs of about kPartLength after a sentence's end (and any
// closing quote or bracket), with no spacing where it was cut, so that it
// comes in parts and reads as one paragraph with a line break at each cut.
// Only where no inline element (a link, bold type) is open; after a space,
// or else any character but inside an entity or a surrogate pair, if no
// sentence ends for a while.
QString cutLongParagraphs(const QString &html)
{
    static const QString open = QStringLiteral("<p>");
    static const QString close = QStringLiteral("</p>");
    QString out;
    qsizetype copied = 0;
    for (qsizetype at = html.indexOf(open); at >= 0; at = html.indexOf(open, at + 1)) {
        const qsizetype start = at + open.size();
        const qsizetype end = html.indexOf(close, start);
        if (end < 0)
            break;
        if (end - start <= kPartLength || html.mid(start, end - start).contains(QLatin1String("<p"))) {
            at = end;
            continue;
        }
        if (out.isEmpty())
            out.reserve(html.size() + html.size() / kPartLength * 64);
        out += QStringView(html).mid(copied, at - copied);
        QList<qsizetype> cuts;
        int inline_ = 0; // open inline elements
        bool inTag = false;
        bool inEntity = false;
        qsizetype pieceStart = start;
        qsizetype lastSpace = -1; // after the last space where a cut could go
        static const QString sentenceEnds = QStringLiteral("。！？!?.");
        static const QString closers = QStringLiteral("”’」』）)】》\"'");
        for (qsizetype i = start; i < end; ++i) {
            const QChar c = html.at(i);
            if (inTag) {
                inTag = c != QLatin1Char('>');
                continue;
            }
            if (c == QLatin1Char('<')) {
                inTag = true;
                const bool closing = i + 1 < end && html.at(i + 1) == QLatin1Char('/');
                const qsizetype tagEnd = html.indexOf(QLatin1Char('>'), i);
                const QStringView tag = QStringView(html).mid(i + 1, qMax<qsizetype>(0, tagEnd - i - 1));
                const bool empty = tag.endsWith(u'/') || tag.startsWith(u"br") || tag.startsWith(u"img")
                    || tag.startsWith(u"hr") || tag.startsWith(u"wbr"); // void elements
                if (closing)
                    --inline_;
                else if (!empty)
                    ++inline_;
                continue;
            }
            if (c == QLatin1Char('&'))
                inEntity = true;
            else if (inEntity && c == QLatin1Char(';'))
                inEntity = false;
            if (inline_ != 0 || inEntity || c.isHighSurrogate())
                continue;
            if (c == QLatin1Char(' '))
                lastSpace = i + 1;
            if (i - pieceStart < kPartLength)
                continue;
            qsizetype cut = -1;
            if (sentenceEnds.contains(c) && (c != QLatin1Char('.') || i + 1 == end || html.at(i + 1) == QLatin1Char(' '))) {
                cut = i + 1;
                while (cut < end && closers.contains(html.at(cut)))
                    ++cut;
            } else if (i - pieceStart >= 2 * kPartLength) {
                cut = lastSpace > pieceStart ? lastSpace : i + 1;
            }
            if (cut < 0)
                continue;
            cuts.append(cut);
            pieceStart = cut;
            i = cut - 1;
        }
        if (end - pieceStart < kPartLength / 4 && !cuts.isEmpty())
            cuts.removeLast(); // no short last piece
        qsizetype from = start;
        for (qsizetype k = 0; k <= cuts.size(); ++k) {
            const qsizetype to = k < cuts.size() ? cuts.at(k) : end;
            const bool first = k == 0;
            const bool last = k == cuts.size();
            out += first ? (last ? QStringLiteral("<p>") : QStringLiteral("<p style=\"margin-bottom:0\">"))
                         : (last ? QStringLiteral("<p style=\"margin-top:0\">")
                                 : QStringLiteral("<p style=\"margin-top:0;margin-bottom:0\">"));
            out += QStringView(html).mid(from, to - from);
            out += close;
            from = to;
        }
        copied = end + close.size();
        at = end;
    }
    if (out.isEmpty())
        return html;
    out += QStringView(html).mid(copied);
    return out;
}

// Splits a page's HTML between its top-level blocks (a paragraph, heading,
// list or table: the renderer's output) into parts of about kPartLength.
// The first part is a whole document; the others are the blocks' HTML.
// One part when the page is short or cannot be split.
QStringList pageParts(const QString &page)
{
    if (page.size() <= kLongPage)
        return {page};
    const QString html = cutLongParagraphs(page);
    const QString bodyOpen = QStringLiteral("<body>");
    const QString bodyClose = QStringLiteral("</body></html>");
    const qsizetype bodyStart = html.indexOf(bodyOpen);
    if (bodyStart < 0 || !html.endsWith(bodyClose))
        return {html};
    const qsizetype start = bodyStart + bodyOpen.size();
    const qsizetype end = html.size() - bodyClose.size();
    QStringList parts;
    qsizetype partStart = start;
    int depth = 0; // inside a list or a table
    for (qsizetype i = start; i < end; ++i) {
        if (html.at(i) != QLatin1Char('<'))
            continue;
        const QStringView tag = QStringView(html).mid(i, 8);
        if (tag.startsWith(u"<ul") || tag.startsWith(u"<ol") || tag.startsWith(u"<table"))
            ++depth;
        bool closesBlock = false;
        if (tag.startsWith(u"</ul>") || tag.startsWith(u"</ol>") || tag.startsWith(u"</table>")) {
            --depth;
            closesBlock = depth == 0;
        } else if (depth == 0 && (tag.startsWith(u"</p>") || tag.startsWith(u"</h2>") || tag.startsWith(u"</h3>"))) {
            closesBlock = true;
        }
        if (!closesBlock || i - partStart < kPartLength)
            continue;
        const qsizetype after = html.indexOf(QLatin1Char('>'), i) + 1;
        parts.append(html.mid(partStart, after - partStart));
        partStart = after;
    }
    if (parts.isEmpty())
        return {html};
    parts.append(html.mid(partStart, end - partStart));
    parts.first() = html.left(start) + parts.first() + bodyClose;
    return parts;
}
} // namespace

PageView::PageView(QWidget *parent)
    : QTextBrowser(parent)
{
    // Screen readers get the page as a document of headings, paragraphs and
    // links (PageAccessible), not Qt's single label.
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&PageAccessible::factory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    FocusRing::attach(this);
    // Reading type a step larger than the interface's.
    // Content is Simplified Chinese: its glyphs whatever the locale (ChineseFont).
    QFont reading = ChineseFont::withSimplifiedChinese(font());
    reading.setPointSizeF(reading.pointSizeF() * kReadingScale);
    setFont(reading);
    m_baseFont = reading;
    document()->setDefaultStyleSheet(PageRenderer::styleSheet(Themes::pageColors(palette())));
    document()->setDocumentMargin(kDocumentMargin);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        activate(url, m_pressModifiers.testFlag(Qt::ControlModifier));
    });
    // Once the reader scrolls, a resize no longer brings the anchor back.
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        m_anchor.clear();
        m_scroll = 0;
    });
    // One part a pass: input and painting come between.
    m_partTimer.setSingleShot(true);
    m_partTimer.setInterval(0);
    connect(&m_partTimer, &QTimer::timeout, this, &PageView::addNextPart);
}

void PageView::setPage(const QString &html, int scroll, const QString &anchor)
{
    // The page is built in a document of its own with its margins already
    // set, so that it is laid out once, at the view's width. Parented to the
    // view: a document asks its QTextBrowser parent for resources, and ours
    // loads none (a parentless document would read local files).
    m_html = html;
    m_parts = pageParts(html);
    auto *page = new QTextDocument(this);
    page->setDefaultStyleSheet(PageRenderer::styleSheet(Themes::pageColors(palette())));
    page->setDefaultFont(font());
    page->setDocumentMargin(kDocumentMargin);
    page->setHtml(m_parts.takeFirst());
    setMargins(page);
    QTextDocument *previous = m_page;
    m_page = page;
    setDocument(page);
    // Later: a link click that led here is still being handled by the old page.
    if (previous)
        previous->deleteLater();
    finishLayout();
    m_anchor = anchor;
    m_scroll = anchor.isEmpty() ? scroll : 0;
    placeReader();
    if (isLoading())
        m_partTimer.start();
    else
        m_partTimer.stop();
    if (QAccessible::isActive()) {
        // A new page: a new name and new parts for a screen reader to walk.
        QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&reorder);
        QAccessibleEvent named(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&named);
    }
}

void PageView::placeReader()
{
    if (!m_anchor.isEmpty()) {
        scrollToAnchor(m_anchor);
        return;
    }
    setScrollPosition(m_scroll);
    // Reached, or the whole page is there: later parts leave the reader be.
    if (verticalScrollBar()->value() == m_scroll || !isLoading())
        m_scroll = 0;
}

void PageView::addNextPart()
{
    if (m_parts.isEmpty() || !m_page)
        return;
    // Parsed in a document of its own with the page's style (parented to the
    // view, which loads no resources), then copied in after the last block.
    QTextDocument part(this);
    part.setDefaultStyleSheet(m_page->defaultStyleSheet());
    part.setDefaultFont(m_page->defaultFont());
    part.setHtml(QStringLiteral("<html><body>") + m_parts.takeFirst() + QStringLiteral("</body></html>"));
    const QTextBlockFormat firstBlock = part.begin().blockFormat();
    QTextCursor cursor(m_page);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(firstBlock, part.begin().charFormat());
    const int start = cursor.position();
    cursor.insertFragment(QTextDocumentFragment(&part));
    // The copy's first paragraph takes the format of the block it lands in:
    // give it back its own (a heading's spacing, a paragraph's margins).
    QTextCursor first(m_page);
    first.setPosition(start);
    first.setBlockFormat(firstBlock);
    finishLayout();
    // A place further down (an outline link, a page come back to) may only now exist.
    if (!m_anchor.isEmpty() || m_scroll > 0)
        placeReader();
    if (isLoading()) {
        m_partTimer.start();
        return;
    }
    emit pageCompleted();
}

void PageView::completePage()
{
    while (isLoading())
        addNextPart();
}

bool PageView::focusNextPrevChild(bool next)
{
    const bool moved = QTextBrowser::focusNextPrevChild(next);
    // The keyboard stayed in the page, on another link: move the screen
    // reader's focus with it (Qt tells it only when a widget takes focus).
    if (moved && hasFocus()) {
        auto *page = static_cast<PageAccessible *>(QAccessible::queryAccessibleInterface(this));
        if (QAccessibleInterface *link = page ? page->currentLink() : nullptr) {
            QAccessibleEvent focus(link, QAccessible::Focus);
            QAccessible::updateAccessibility(&focus);
        }
    }
    return moved;
}

void PageView::scrollToPlace(const QString &anchor)
{
    // An outline link may lead to a part still to come.
    completePage();
    m_anchor = anchor;
    finishLayout();
    scrollToAnchor(anchor);
}

void PageView::finishLayout()
{
    // documentSize() lays out to the end and emits documentSizeChanged, which
    // sets the scroll bar's range before we set its value.
    document()->documentLayout()->documentSize();
}

int PageView::scrollPosition() const
{
    return verticalScrollBar()->value();
}

void PageView::setScrollPosition(int value)
{
    finishLayout();
    verticalScrollBar()->setValue(value);
}

void PageView::setZoom(int percent)
{
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    QFont sized = m_baseFont;
    sized.setPointSizeF(m_baseFont.pointSizeF() * percent / 100.0);
    setFont(sized);
    // Keep the reader at the same place in the text, which moves as it grows.
    QScrollBar *bar = verticalScrollBar();
    const qreal fraction = bar->maximum() > 0 ? qreal(bar->value()) / bar->maximum() : 0;
    document()->setDefaultFont(sized);
    updateMargins();
    finishLayout();
    bar->setValue(qRound(fraction * bar->maximum()));
}

void PageView::wheelEvent(QWheelEvent *event)
{
    // Ctrl+wheel sizes the type of every page, not just this one: the window decides.
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            emit zoomStepRequested(delta > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

void PageView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // A new theme: the page's colours come from its style sheet, made anew.
    if (event->type() == QEvent::PaletteChange && !m_html.isEmpty())
        setPage(m_html, scrollPosition());
}

QMimeData *PageView::createMimeDataFromSelection() const
{
    QMimeData *data = QTextBrowser::createMimeDataFromSelection();
    if (data && data->hasText())
        data->setText(HtmlText::withoutJoiners(data->text()));
    if (data && data->hasHtml())
        data->setHtml(HtmlText::withoutJoiners(data->html()));
    return data;
}

QVariant PageView::loadResource(int, const QUrl &)
{
    // Content is never trusted as markup; even if an <img> slipped through,
    // nothing is fetched from disk or network.
    return {};
}

bool PageView::isFollowable(const QUrl &url)
{
    return url.scheme() == EntityUri::scheme();
}

void PageView::activate(const QUrl &url, bool newTab)
{
    if (!isFollowable(url))
        return;
    emit linkActivated(url, newTab);
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::BackButton || event->button() == Qt::ForwardButton) {
        emit historyStepRequested(event->button() == Qt::BackButton ? -1 : 1);
        event->accept();
        return;
    }
    QTextBrowser::mousePressEvent(event);
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        const QString anchor = anchorAt(event->position().toPoint());
        if (!anchor.isEmpty()) {
            activate(QUrl(anchor), true);
            event->accept();
            return;
        }
    }
    m_pressModifiers = event->modifiers();
    QTextBrowser::mouseReleaseEvent(event);
    m_pressModifiers = {};
}

QMenu *PageView::createContextMenu(const QPoint &pos)
{
    const QUrl url(anchorAt(pos));
    QMenu *menu = new QMenu(this);
    if (isFollowable(url)) {
        menu->addAction(tr("Open"), this, [this, url] { activate(url, false); });
        menu->addAction(tr("Open in new tab"), this, [this, url] { activate(url, true); });
        menu->addSeparator();
    }
    // Copy and Select all only: the standard menu's "Copy link location"
    // would hand addresses to the outside, which a kiosk must not offer.
    QAction *copy = menu->addAction(tr("Copy"), this, &QTextEdit::copy);
    copy->setEnabled(textCursor().hasSelection());
    menu->addAction(tr("Select all"), this, &QTextEdit::selectAll);
    return menu;
}

void PageView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
    // A page opened at a place before its tab had its final size (a new
    // window, a tab opened behind) is laid out anew: keep the place in view.
    if (!m_anchor.isEmpty()) {
        finishLayout();
        scrollToAnchor(m_anchor);
    }
}

void PageView::updateMargins()
{
    // No page yet (a tab whose page comes when it is on screen): nothing to
    // centre, and measuring a Chinese character would load the Chinese fonts
    // before the window first appears.
    if (m_page)
        setMargins(m_page);
}

void PageView::setMargins(QTextDocument *page) const
{
    // Keep the measure readable on wide screens by centring a column of text.
    const int em = fontMetrics().horizontalAdvance(QChar(0x4E2D));
    const int measure = em * kMeasureEms;
    const int available = viewport()->width();
    const int side = qMax(em, (available - measure) / 2);
    QTextFrame *root = page->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (format.leftMargin() == side && format.rightMargin() == side)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    root->setFrameFormat(format);
}

} // namespace huanjiao
