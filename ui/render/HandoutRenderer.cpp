// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutRenderer.h"

#include "HandoutFont.h"
#include "InertText.h"
#include "Labels.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

#include <cmath>

namespace huanjiao {

namespace {

const QColor kMuted(0x44, 0x4c, 0x56);
const QColor kRule(0x8a, 0x92, 0x9c);
constexpr qreal kNamePt = 13;
constexpr qreal kSmallPt = 8.5;
constexpr int kMaxHeadingMoves = 1000; // a bound, should a layout ever refuse to settle

// The middle of a line of a block, in document coordinates. Lines moved to
// the top of a page can sit a rounding error above its edge; their middle
// is safely on the page they are painted on.
qreal lineMiddle(const QTextBlock &block, int line)
{
    const QTextLayout *layout = block.layout();
    if (!layout)
        return 0;
    // In document coordinates: a block inside a frame or a table cell (the
    // sample notice, the emergency signs) has its layout placed in the frame.
    const qreal top = block.document()->documentLayout()->blockBoundingRect(block).top();
    if (layout->lineCount() == 0)
        return top;
    const QTextLine l = layout->lineAt(line);
    return top + l.y() + l.height() / 2;
}

} // namespace

HandoutRenderer::HandoutRenderer(QList<Entity> topics, Options options)
    : m_topics(std::move(topics))
    , m_options(std::move(options))
{
    if (!m_options.settings.logoPath.isEmpty())
        m_logo = QImage(m_options.settings.logoPath);
}

HandoutRenderer::~HandoutRenderer() = default;

void HandoutRenderer::layout(QPaintDevice *device)
{
    m_dpi = device->logicalDpiY();
    const auto pt = [this](qreal points) { return points * m_dpi / 72.0; };
    m_pageRect = QRectF(0, 0, device->width(), device->height());

    const qreal headerHeight = pt(kNamePt * 1.45 + kSmallPt * 1.5 + 6);
    const qreal footerHeight = pt(kSmallPt * 1.5 * 2 + 5);
    const qreal gap = pt(8);
    m_headerRect = QRectF(m_pageRect.left(), m_pageRect.top(), m_pageRect.width(), headerHeight);
    m_footerRect = QRectF(m_pageRect.left(), m_pageRect.bottom() - footerHeight, m_pageRect.width(), footerHeight);
    m_bodyRect = QRectF(m_pageRect.left(), m_headerRect.bottom() + gap, m_pageRect.width(),
                        m_footerRect.top() - gap - (m_headerRect.bottom() + gap));

    m_headingsMoved = 0;
    if (m_options.layout == HandoutDocument::Layout::Summary) {
        layoutSummary(device);
        return;
    }
    m_body = std::make_unique<HandoutDocument>(m_topics, documentOptions({}), m_bodyRect.size(), device);
    keepHeadingsWithNext();
    numberContents();
}

HandoutDocument::Options HandoutRenderer::documentOptions(const HandoutDocument::SummaryBudget &budget) const
{
    HandoutDocument::Options options;
    options.settings = m_options.settings;
    options.sampleContent = m_options.sampleContent;
    options.layout = m_options.layout;
    options.note = m_options.note;
    options.noteDate = m_options.printed;
    options.budget = budget;
    options.largePrint = m_options.largePrint;
    return options;
}

void HandoutRenderer::layoutSummary(QPaintDevice *device)
{
    // Each topic gets one page: start generous and give up detail, least
    // needed first, until every topic fits. The emergency signs go last.
    static const QList<HandoutDocument::SummaryBudget> budgets{
        {2, 8, 8}, {1, 8, 8}, {1, 6, 6}, {0, 6, 6}, {0, 5, 5}, {0, 4, 4}, {0, 3, 3}, {0, 2, 2}, {0, 2, 1}, {0, 1, 1}, {0, 1, 0},
    };
    for (const auto &budget : budgets) {
        m_body = std::make_unique<HandoutDocument>(m_topics, documentOptions(budget), m_bodyRect.size(), device);
        if (pageCount() <= m_topics.size())
            return;
    }
}

int HandoutRenderer::pageCount() const
{
    return m_body ? m_body->document()->pageCount() : 0;
}

int HandoutRenderer::pageOfPosition(qreal y) const
{
    const qreal height = m_bodyRect.height();
    return height > 0 ? int(std::floor(y / height)) : 0;
}

int HandoutRenderer::topicStartPage(int topic) const
{
    const int block = m_body->topics().at(topic).titleBlock;
    return pageOfPosition(lineMiddle(m_body->document()->findBlockByNumber(block), 0));
}

void HandoutRenderer::keepHeadingsWithNext()
{
    // QTextDocument breaks pages between lines but knows nothing of keeping a
    // heading with its text. So: lay out, find a heading whose following
    // block starts on a later page, start that heading on the next page, and
    // go on from there. Breaks only push text down, so what was checked
    // above stays as it was.
    QTextDocument *doc = m_body->document();
    doc->pageCount(); // lays out the whole document
    for (QTextBlock block = doc->begin(); block.isValid() && m_headingsMoved < kMaxHeadingMoves;
         block = block.next()) {
        // The text a heading introduces: empty blocks (the one a boxed part
        // such as the emergency signs stands after) do not count.
        QTextBlock next = block.next();
        while (next.isValid() && next.text().isEmpty() && next.next().isValid())
            next = next.next();
        if (!HandoutDocument::isHeading(block) || !next.isValid())
            continue;
        const int headingPage = pageOfPosition(lineMiddle(block, block.layout()->lineCount() - 1));
        if (headingPage == pageOfPosition(lineMiddle(next, 0)))
            continue;
        // Headings directly above this one (a section title over its first
        // item) go with it: the break goes before the first of them.
        QTextBlock first = block;
        while (first.previous().isValid() && HandoutDocument::isHeading(first.previous()))
            first = first.previous();
        if (first.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue; // already at the top of a page: it cannot do better
        QTextBlockFormat breakBefore;
        breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(first).mergeBlockFormat(breakBefore);
        ++m_headingsMoved;
        doc->pageCount();
    }
}

void HandoutRenderer::numberContents()
{
    if (!m_body->hasContents())
        return;
    // Writing the numbers can reflow the contents; repeat until they agree.
    QList<int> written;
    for (int round = 0; round < 3; ++round) {
        QList<int> pages;
        for (int i = 0; i < m_body->topics().size(); ++i)
            pages.append(topicStartPage(i) + 1);
        if (pages == written)
            break;
        m_body->setContentsPages(pages);
        m_body->document()->pageCount();
        written = pages;
    }
}

int HandoutRenderer::topicOfPage(int page) const
{
    int topic = -1;
    for (int i = 0; i < m_body->topics().size(); ++i) {
        if (topicStartPage(i) <= page)
            topic = i;
    }
    return topic;
}

void HandoutRenderer::paintPage(QPainter *painter, int page) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintHeader(painter);

    painter->save();
    const qreal height = m_bodyRect.height();
    painter->translate(m_bodyRect.left(), m_bodyRect.top() - page * height);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * height, m_bodyRect.width(), height);
    context.palette.setColor(QPalette::Text, Qt::black);
    painter->setClipRect(context.clip);
    m_body->document()->documentLayout()->draw(painter, context);
    painter->restore();

    paintFooter(painter, page);
    painter->restore();
}

void HandoutRenderer::paintHeader(QPainter *painter) const
{
    const auto pt = [this](qreal points) { return points * m_dpi / 72.0; };
    const HandoutSettings &s = m_options.settings;
    QRectF text = m_headerRect.adjusted(0, 0, 0, -pt(6));
    if (!m_logo.isNull()) {
        const QSizeF size = QSizeF(m_logo.size()).scaled(QSizeF(text.height() * 3, text.height()), Qt::KeepAspectRatio);
        painter->drawImage(QRectF(text.topLeft(), size), m_logo);
        text.setLeft(text.left() + size.width() + pt(8));
    }
    const QFont nameFont = HandoutFont::font(kNamePt, true);
    const QFont smallFont = HandoutFont::font(kSmallPt);
    const QString name = s.clinicName.isEmpty() ? tr("Patient education handout") : s.clinicName;
    QStringList contact;
    if (!s.address.isEmpty())
        contact << s.address;
    if (!s.phone.isEmpty())
        contact << tr("Tel. %1").arg(s.phone);

    const qreal nameHeight = pt(kNamePt * 1.45);
    painter->setPen(Qt::black);
    painter->setFont(nameFont);
    painter->drawText(QRectF(text.left(), text.top(), text.width(), nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(nameFont, painter->device()).elidedText(name, Qt::ElideRight, text.width()));
    painter->setPen(kMuted);
    painter->setFont(smallFont);
    const QRectF contactRect(text.left(), text.top() + nameHeight, text.width(), text.height() - nameHeight);
    painter->drawText(contactRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(smallFont, painter->device())
                          .elidedText(contact.join(QStringLiteral("  ·  ")), Qt::ElideRight, text.width()));
    painter->setPen(QPen(kRule, pt(0.6)));
    painter->drawLine(QPointF(m_headerRect.left(), m_headerRect.bottom()),
                      QPointF(m_headerRect.right(), m_headerRect.bottom()));
}

void HandoutRenderer::paintFooter(QPainter *painter, int page) const
{
    const auto pt = [this](qreal points) { return points * m_dpi / 72.0; };
    const QFont font = HandoutFont::font(kSmallPt);
    const QFontMetricsF metrics(font, painter->device());
    const qreal lineHeight = pt(kSmallPt * 1.5);
    const qreal width = m_footerRect.width();

    painter->setPen(QPen(kRule, pt(0.6)));
    painter->drawLine(m_footerRect.topLeft(), m_footerRect.topRight());
    painter->setFont(font);

    QStringList about;
    const int topic = topicOfPage(page);
    if (topic >= 0) {
        const HandoutDocument::Topic &t = m_body->topics().at(topic);
        if (!t.source.isEmpty())
            about << tr("Source: %1").arg(InertText::forLayout(t.source));
        if (!t.review.isEmpty())
            about << t.review;
        if (t.sample)
            about << tr("Sample content");
        else if (t.draft)
            about << tr("Draft, not yet reviewed");
    }
    const QString disclaimer = tr("General information only; it does not replace your doctor's advice. In an "
                                  "emergency, call 120.");
    const QString printed = tr("Printed %1").arg(m_options.printed.toString(Qt::ISODate));
    const QString pageOf = tr("Page %1 of %2").arg(page + 1).arg(pageCount());

    // Two lines: what this topic is and when it was printed; the disclaimer and the page.
    qreal y = m_footerRect.top() + pt(5);
    const auto line = [&](const QString &left, const QString &right) {
        const qreal rightWidth = metrics.horizontalAdvance(right) + pt(12);
        painter->setPen(kMuted);
        painter->drawText(QRectF(m_footerRect.left(), y, width - rightWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(left, Qt::ElideRight, width - rightWidth));
        painter->setPen(Qt::black);
        painter->drawText(QRectF(m_footerRect.left(), y, width, lineHeight), Qt::AlignRight | Qt::AlignVCenter, right);
        y += lineHeight;
    };
    line(about.join(QStringLiteral("  ·  ")), printed);
    line(disclaimer, pageOf);
}

bool HandoutRenderer::render(QPagedPaintDevice *device)
{
    device->setPageMargins(pageMargins(), QPageLayout::Millimeter);
    layout(device);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !device->newPage())
            return false;
        paintPage(&painter, page);
    }
    return painter.end();
}

} // namespace huanjiao
