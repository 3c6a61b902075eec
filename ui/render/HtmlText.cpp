// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlText.h"

#include "EntityUri.h"

#include <QTextDocument>

namespace huanjiao::HtmlText {

QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return Qt::convertFromPlainText(InertText::forLayout(text), Qt::WhiteSpaceNormal);
}

QString href(const EntityRef &ref)
{
    return EntityUri{ref.kind, ref.id}.toString();
}

QString link(const EntityRef &ref, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(href(ref)), esc(text.isEmpty() ? ref.name : text));
}

QString anchorLink(const EntityRef &page, const QString &anchor, const QString &text)
{
    return QStringLiteral("<a href=\"%1#%2\">%3</a>").arg(esc(href(page)), esc(anchor), esc(text));
}

QString anchorTarget(const QString &anchor)
{
    return QStringLiteral("<a name=\"%1\"></a>").arg(esc(anchor));
}

} // namespace huanjiao::HtmlText
