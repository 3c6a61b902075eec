// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProseHtml.h"

#include "HtmlText.h"
#include "Prose.h"

namespace huanjiao {

using HtmlText::esc;

ProseHtml::ProseHtml(QList<Mention> mentions)
    : m_mentions(std::move(mentions))
{
}

QString ProseHtml::unit(const QString &text)
{
    const int index = m_unit++;
    QString html;
    int done = 0;
    for (const auto &m : m_mentions) {
        // A mention that does not fit the text (content changed since the
        // build, a damaged file) is left unlinked rather than cut wrong.
        if (m.unit != index || m.start < done || m.size <= 0 || m.start + m.size > text.size())
            continue;
        html += esc(text.mid(done, m.start - done));
        html += HtmlText::link(m.target, text.mid(m.start, m.size));
        done = m.start + m.size;
    }
    return html + esc(text.mid(done));
}

QString ProseHtml::blocks(const QString &body)
{
    QString html;
    bool inList = false;
    for (const auto &block : proseBlocks(body)) {
        const bool bullet = block.type == ProseBlock::Bullet;
        if (bullet != inList)
            html += bullet ? QStringLiteral("<ul>") : QStringLiteral("</ul>");
        inList = bullet;
        html += bullet ? QStringLiteral("<li>%1</li>").arg(unit(block.text))
                       : QStringLiteral("<p>%1</p>").arg(unit(block.text));
    }
    if (inList)
        html += QStringLiteral("</ul>");
    return html;
}

QString ProseHtml::plain(const QString &body)
{
    return ProseHtml({}).blocks(body);
}

} // namespace huanjiao
