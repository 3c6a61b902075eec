// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultDelegate.h"

#include "SearchResultsModel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <QtMath>

namespace huanjiao {

namespace {
constexpr int kPadding = 6;
}

QString SearchResultDelegate::highlighted(const QString &text, const QStringList &terms)
{
    // Mark matched characters, then emit runs, so overlapping terms are fine.
    QList<bool> marked(text.size(), false);
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        qsizetype from = 0;
        while (true) {
            const qsizetype at = text.indexOf(term, from, Qt::CaseInsensitive);
            if (at < 0)
                break;
            for (qsizetype i = at; i < at + term.size(); ++i)
                marked[i] = true;
            from = at + term.size();
        }
    }
    QString html;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype j = i;
        while (j < text.size() && marked.at(j) == marked.at(i))
            ++j;
        const QString run = text.mid(i, j - i).toHtmlEscaped();
        html += marked.at(i) ? QStringLiteral("<b><u>%1</u></b>").arg(run) : run;
        i = j;
    }
    return html;
}

QString SearchResultDelegate::html(const QModelIndex &index, bool selected, const QPalette &palette) const
{
    const QStringList terms = index.data(SearchResultsModel::TermsRole).toStringList();
    const QColor quiet = palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    QString out = QStringLiteral("<div>%1").arg(highlighted(index.data().toString(), terms));
    const QString label = index.data(SearchResultsModel::MatchLabelRole).toString();
    if (!label.isEmpty())
        out += QStringLiteral(" <span style=\"color:%1\">%2</span>").arg(quiet.name(), highlighted(label, terms));
    out += QStringLiteral("</div>");
    const QString subtitle = index.data(SearchResultsModel::SubtitleRole).toString();
    if (!subtitle.isEmpty())
        out += QStringLiteral("<div style=\"color:%1\">%2</div>").arg(quiet.name(), subtitle.toHtmlEscaped());
    const QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
    if (!snippet.isEmpty())
        out += QStringLiteral("<div style=\"color:%1\">%2</div>").arg(quiet.name(), highlighted(snippet, terms));
    return out;
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    if (index.data(SearchResultsModel::IsHeaderRole).toBool()) {
        painter->save();
        QFont font = opt.font;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(opt.rect.adjusted(kPadding, 0, -kPadding, 0), Qt::AlignLeft | Qt::AlignBottom, opt.text);
        painter->restore();
        return;
    }
    const bool selected = opt.state & QStyle::State_Selected;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(opt.rect.width() - kPadding * 4);
    doc.setHtml(html(index, selected, opt.palette));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.left() + kPadding * 2, opt.rect.top() + kPadding);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    if (index.data(SearchResultsModel::IsHeaderRole).toBool())
        return {fm.averageCharWidth() * 20, fm.height() + kPadding * 3};
    // Laid out exactly as paint() draws it: Chinese falls back to a font
    // whose lines are taller than the interface font's.
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    // The list lays rows out before it knows their rect: the viewport's width is the one they get.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int rowWidth = view ? view->viewport()->width() : option.rect.width();
    doc.setTextWidth(qMax(rowWidth > 0 ? rowWidth - kPadding * 4 : 280, 100));
    doc.setHtml(html(index, false, option.palette));
    const QSize size(fm.averageCharWidth() * 20, qCeil(doc.size().height()) + kPadding * 2);
    return size;
}

} // namespace huanjiao
