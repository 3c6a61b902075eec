// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelatedHtml.h"

#include "HtmlText.h"

namespace huanjiao {

using HtmlText::esc;

namespace {

constexpr int kCardsPerRow = 2;

QString heading(const QString &title, const QString &anchor)
{
    return HtmlText::anchorTarget(anchor) + QStringLiteral("<h2>%1</h2>").arg(esc(title));
}

QString line(const QString &cssClass, const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<br/><span class=\"%1\">%2</span>").arg(cssClass, esc(text));
}

} // namespace

QString RelatedHtml::doctorCard(const Relation &doctor)
{
    // The subtitle is "titles · hospital · department", worked out by the builder.
    const QStringList parts = doctor.other.subtitle.split(QStringLiteral(" · "));
    QString html = QStringLiteral("<b>%1</b>").arg(HtmlText::link(doctor.other));
    if (!parts.isEmpty() && !parts.first().isEmpty())
        html += QStringLiteral(" <span class=\"badge\">%1</span>").arg(esc(parts.first()));
    html += line(QStringLiteral("sub"), parts.mid(1).join(QStringLiteral(" · ")));
    if (!doctor.detail.isEmpty())
        html += line(QStringLiteral("detail"), tr("Specialty: %1").arg(doctor.detail));
    return html;
}

QString RelatedHtml::doctorCards(const QList<Relation> &doctors)
{
    QString html = QStringLiteral("<table class=\"cards\" width=\"100%\" cellspacing=\"8\" cellpadding=\"10\">");
    for (int i = 0; i < doctors.size(); i += kCardsPerRow) {
        html += QStringLiteral("<tr>");
        for (int j = i; j < i + kCardsPerRow; ++j) {
            html += j < doctors.size()
                ? QStringLiteral("<td class=\"card\" bgcolor=\"#f2f5f9\" width=\"50%\" valign=\"top\">%1</td>")
                      .arg(doctorCard(doctors.at(j)))
                : QStringLiteral("<td width=\"50%\"></td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString RelatedHtml::relations(const QString &title, const QString &anchor, const QList<Relation> &relations,
                               const QString &note)
{
    if (relations.isEmpty())
        return {};
    const QString noteHtml = note.isEmpty() ? QString() : QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(note));
    const Kind kind = relations.first().other.kind;
    if (kind == Kind::Doctor)
        return heading(title, anchor) + doctorCards(relations) + noteHtml;
    QString html = heading(title, anchor) + QStringLiteral("<ul class=\"related\">");
    for (const auto &r : relations) {
        html += QStringLiteral("<li>") + HtmlText::link(r.other);
        switch (kind) {
        case Kind::Article:
        case Kind::Leaflet:
            html += line(QStringLiteral("detail"), r.summary);
            break;
        case Kind::Drug:
            html += QStringLiteral(" <span class=\"sub\">%1</span>").arg(esc(r.other.subtitle));
            html += line(QStringLiteral("detail"), r.detail);
            break;
        case Kind::Test:
            html += line(QStringLiteral("detail"), r.detail.isEmpty() ? r.summary : r.detail);
            break;
        default:
            if (!r.other.subtitle.isEmpty())
                html += QStringLiteral(" <span class=\"sub\">%1</span>").arg(esc(r.other.subtitle));
        }
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>") + noteHtml;
}

QString RelatedHtml::refs(const QString &title, const QString &anchor, const QList<EntityRef> &refs,
                          const QString &note)
{
    if (refs.isEmpty())
        return {};
    QString html = heading(title, anchor) + QStringLiteral("<ul class=\"related\">");
    for (const auto &ref : refs) {
        html += QStringLiteral("<li>%1").arg(HtmlText::link(ref));
        if (!ref.subtitle.isEmpty())
            html += QStringLiteral(" <span class=\"sub\">%1</span>").arg(esc(ref.subtitle));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    if (!note.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(note));
    return html;
}

} // namespace huanjiao
