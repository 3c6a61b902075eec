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
    return QStringLiteral("<a href=\"%1#%2\">%3</a>").arg(esc(href(page)), esc(anchor), unbroken(esc(text)));
}

QString anchorTarget(const QString &anchor)
{
    return QStringLiteral("<a name=\"%1\"></a>").arg(esc(anchor));
}

QString unbroken(const QString &text)
{
    static const QChar joiner(0x2060);
    QString out;
    out.reserve(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        out += text.at(i);
        // Not inside a surrogate pair or an entity (&amp;), not by a space.
        const bool last = i + 1 == text.size();
        if (!last && !text.at(i).isHighSurrogate() && !text.at(i).isSpace() && !text.at(i + 1).isSpace()
            && text.at(i + 1) != QLatin1Char('&') && !out.endsWith(QLatin1Char('&'))
            && text.lastIndexOf(QLatin1Char('&'), i) <= text.lastIndexOf(QLatin1Char(';'), i))
            out += joiner;
    }
    return out;
}

QString withoutJoiners(QString text)
{
    return text.remove(QChar(0x2060));
}

} // namespace huanjiao::HtmlText
