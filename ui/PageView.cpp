#include "PageView.h"

#include "EntityUri.h"
#include "PageRenderer.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextFrame>

namespace huanjiao {

namespace {
// A comfortable line holds about 36 Chinese characters.
constexpr int kMeasureEms = 38;
} // namespace

PageView::PageView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDefaultStyleSheet(PageRenderer::styleSheet());
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        activate(url, m_pressModifiers.testFlag(Qt::ControlModifier));
    });
}

void PageView::setPage(const QString &html)
{
    setHtml(html);
    updateMargins();
}

QVariant PageView::loadResource(int, const QUrl &)
{
    // Content is never trusted as markup; even if an <img> slipped through,
    // nothing is fetched from disk or network.
    return {};
}

void PageView::activate(const QUrl &url, bool newTab)
{
    if (url.scheme() != EntityUri::scheme())
        return;
    emit linkActivated(url, newTab);
}

void PageView::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressModifiers = event->modifiers();
    if (event->button() == Qt::MiddleButton) {
        const QString anchor = anchorAt(event->position().toPoint());
        if (!anchor.isEmpty()) {
            activate(QUrl(anchor), true);
            event->accept();
            return;
        }
    }
    QTextBrowser::mouseReleaseEvent(event);
    m_pressModifiers = {};
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void PageView::updateMargins()
{
    // Keep the measure readable on wide screens by centring a column of text.
    const int em = fontMetrics().horizontalAdvance(QChar(0x4E2D));
    const int measure = em * kMeasureEms;
    const int available = viewport()->width();
    const int side = qMax(em, (available - measure) / 2);
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (format.leftMargin() == side && format.rightMargin() == side)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    root->setFrameFormat(format);
}

} // namespace huanjiao
