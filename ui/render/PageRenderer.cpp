// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageRenderer.h"

#include "ContentSchema.h"
#include "EntityUri.h"
#include "HtmlText.h"
#include "Labels.h"
#include "ProseHtml.h"
#include "RelatedHtml.h"
#include "TextUnits.h"

#include <QMap>
#include <QSet>

namespace huanjiao {

using HtmlText::esc;

namespace {

// Order of related lists on a page: what a reader looks for first.
// An outline pays off only on pages with this many parts.
constexpr int kOutlineMinimum = 4;

struct Part
{
    QString anchor;
    QString title;
    QString html;
};

// Kinds written about conditions, whose `about` is a fact at the top.
bool isAboutCondition(Kind kind)
{
    return kind == Kind::Article || kind == Kind::Qa || kind == Kind::Leaflet;
}

// Relations shown in the facts at the top rather than as lists.
bool shownAsFact(const Entity &entity, const Relation &r)
{
    if (r.incoming)
        return false;
    return (entity.ref.kind == Kind::Doctor && r.type == RelationType::WorksAt)
        || (isAboutCondition(entity.ref.kind) && r.type == RelationType::About);
}

// A list on a page need not repeat the page's own name under every entry
// (the neurology page's conditions are all "神经内科 · ...").
QString withoutName(const QString &subtitle, const QString &name)
{
    QStringList parts = subtitle.split(QStringLiteral(" · "));
    parts.removeAll(name);
    return parts.join(QStringLiteral(" · "));
}

QString relationAnchor(RelationType type, bool incoming, Kind kind)
{
    return QStringLiteral("related-%1-%2-%3")
        .arg(relationTypeName(type), incoming ? QStringLiteral("in") : QStringLiteral("out"), kindName(kind));
}

QString breadcrumb(const Entity &entity, const PageRenderer::Options &options)
{
    QStringList crumbs{QStringLiteral("<a href=\"huanjiao://home\">%1</a>")
                           .arg(esc(QCoreApplication::translate("PageRenderer", "Home")))};
    if (!options.trail.isEmpty()) {
        for (const auto &level : options.trail)
            crumbs.append(HtmlText::link(level));
    } else if (!entity.departmentPath.isEmpty()) {
        for (const auto &level : entity.departmentPath)
            crumbs.append(HtmlText::link(level));
    } else {
        crumbs.append(esc(Labels::kindPlural(entity.ref.kind)));
    }
    crumbs.append(HtmlText::link(entity.ref));
    // The page's "top" is named on the first separator. Qt puts a name on
    // the character after it: on a link's, that link kept only its first
    // letter as a link (Tab, clicks and screen readers got "H" of "Home").
    const QString rest = crumbs.mid(1).join(QStringLiteral(" &gt; "));
    return QStringLiteral("<p class=\"crumbs\">%1<a name=\"top\"> &gt; </a>%2</p>").arg(crumbs.first(), rest);
}

QString factRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td class=\"label\" valign=\"baseline\">%1</td><td valign=\"baseline\">%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString facts(const Entity &entity)
{
    auto linksOf = [&entity](RelationType type) {
        QStringList links;
        for (const auto &r : entity.relations) {
            if (!r.incoming && r.type == type)
                links.append(HtmlText::link(r.other));
        }
        return links.join(QStringLiteral("、"));
    };
    QStringList rows;
    qsizetype afterTitles = 0;
    for (const auto &[key, value] : entity.fields) {
        const QString html = ContentSchema::proseFields().contains(key)
            ? ProseHtml(entity.mentionsIn(key)).unit(value)
            : esc(value);
        rows.append(factRow(Labels::field(key), html));
        if (key.endsWith(QLatin1String("-title")))
            afterTitles = rows.size();
    }
    // A doctor's hospital and department read best right after the titles.
    if (entity.ref.kind == Kind::Doctor) {
        if (!entity.departmentPath.isEmpty())
            rows.insert(afterTitles, factRow(Labels::kindSingular(Kind::Department),
                                             HtmlText::link(entity.departmentPath.last())));
        rows.insert(afterTitles, factRow(Labels::kindSingular(Kind::Hospital), linksOf(RelationType::WorksAt)));
    }
    if (isAboutCondition(entity.ref.kind)) {
        const QString about = linksOf(RelationType::About);
        if (!about.isEmpty())
            rows.append(factRow(Labels::relation(RelationType::About, false, Kind::Condition), about));
    }
    return rows.isEmpty() ? QString()
                          : QStringLiteral("<table class=\"facts\" cellpadding=\"3\">%1</table>").arg(rows.join(QString()));
}

QString sectionHtml(const Entity &entity, const Section &section)
{
    // Units in the order TextUnits::ofSection() numbers them.
    ProseHtml prose(entity.mentionsIn(section.key));
    QString html = prose.blocks(section.body);
    const bool seekCare = section.key == QLatin1String("seek-care");
    for (int i = 0; i < section.items.size(); ++i) {
        const auto &item = section.items.at(i);
        QString title = prose.unit(item.title);
        if (section.key == QLatin1String("causes"))
            title = QStringLiteral("%1. %2").arg(i + 1).arg(title);
        if (seekCare && item.type == QLatin1String("emergency")) {
            // Signs that need 120 now: a bordered box with its own heading,
            // found at a glance in every theme and in greyscale print.
            const QString body = prose.blocks(item.body);
            html += QStringLiteral("<table class=\"emergency\" width=\"100%\" border=\"2\" cellspacing=\"0\""
                                   " cellpadding=\"10\"><tr><td><p class=\"emergency-heading\">%1</p>"
                                   "<h3>%2</h3>%3</td></tr></table>")
                        .arg(esc(Labels::emergencyHeading()), title, body);
            continue;
        }
        if (!item.type.isEmpty()) {
            const QString label = seekCare ? Labels::urgency(item.type) : Labels::treatmentType(item.type);
            title += QStringLiteral(" <span class=\"badge\">[%1]</span>").arg(esc(label));
        }
        html += QStringLiteral("<h3>%1</h3>").arg(title) + prose.blocks(item.body);
    }
    return html;
}

QList<Part> relationParts(const Entity &entity)
{
    QList<Part> parts;
    for (bool incoming : {false, true}) {
        for (RelationType type : allRelationTypes()) {
            // Incoming lists are grouped by the other side's kind: a condition
            // sees articles and questions through the same `about` relation.
            QMap<int, QList<Relation>> byKind;
            for (const auto &r : entity.relations) {
                if (r.type == type && r.incoming == incoming && !shownAsFact(entity, r)) {
                    Relation shown = r;
                    shown.other.subtitle = withoutName(r.other.subtitle, entity.ref.name);
                    byKind[int(r.other.kind)].append(shown);
                }
            }
            for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
                const Kind kind = Kind(it.key());
                const QString title = Labels::relation(type, incoming, kind);
                const QString anchor = relationAnchor(type, incoming, kind);
                const QString note = incoming && entity.moreIncoming.contains(type)
                    ? QCoreApplication::translate("PageRenderer", "Showing the first %n.", nullptr,
                                                  int(it.value().size()))
                    : QString();
                parts.append({anchor, title, RelatedHtml::relations(title, anchor, it.value(), note)});
            }
        }
    }
    return parts;
}

QString backlinksHtml(const Entity &entity, const PageRenderer::Options &options)
{
    // Pages already listed as related are not repeated.
    QSet<qint64> shown;
    for (const auto &r : entity.relations)
        shown.insert(r.other.rowid);
    QList<EntityRef> refs;
    for (EntityRef ref : options.backlinks) {
        if (shown.contains(ref.rowid))
            continue;
        ref.subtitle = Labels::kindSingular(ref.kind);
        refs.append(ref);
    }
    const QString note = options.moreBacklinks
        ? QCoreApplication::translate("PageRenderer", "Showing the first %n pages.", nullptr,
                                      int(options.backlinks.size()))
        : QString();
    return RelatedHtml::refs(QCoreApplication::translate("PageRenderer", "Mentioned in"),
                             PageRenderer::backlinksAnchor(), refs, note);
}

QString meta(const Entity &entity)
{
    QStringList meta;
    if (entity.source.isValid())
        meta << esc(QCoreApplication::translate("PageRenderer", "Source: %1")).arg(HtmlText::link(entity.source));
    const QString review = Labels::reviewLine(entity);
    if (!review.isEmpty())
        meta << esc(review);
    if (!entity.status.isEmpty())
        meta << esc(Labels::status(entity.status));
    return meta.isEmpty() ? QString()
                          : QStringLiteral("<p class=\"meta\"><br/>%1</p>").arg(meta.join(QStringLiteral(" · ")));
}

} // namespace

QString PageRenderer::styleSheet(const PageColors &colors)
{
    if (colors.dark) {
        // Dark and high contrast: the palette's own text and link colours;
        // high contrast keeps even secondary text at full strength.
        const bool strong = colors.highContrast;
        const QString text = colors.text.name();
        const QString link = colors.link.name();
        const QString muted = strong ? text : QStringLiteral("#aab3bd");
        return QStringLiteral(
                   "body { color: %1; }"
                   "h1 { font-size: xx-large; font-weight: 600; margin-top: 4px; margin-bottom: 4px; }"
                   "h2 { font-size: large; font-weight: 600; color: %1; margin-top: 26px; margin-bottom: 8px; }"
                   "h3 { font-size: medium; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }"
                   "p { line-height: 145%; margin-top: 4px; margin-bottom: 12px; }"
                   "ul { margin-top: 4px; margin-bottom: 10px; }"
                   "li { line-height: 140%; margin-bottom: 8px; }"
                   "a { text-decoration: %4; color: %2; }"
                   ".crumbs, .aka, .outline, .label, .sub, .detail { color: %3; }"
                   ".crumbs { margin-bottom: 10px; } .aka { margin-top: 0px; }"
                   ".lead { font-size: large; }"
                   ".meta { color: %3; font-size: small; }"
                   ".sample { background-color: %5; color: %1; }"
                   ".badge { color: %2; font-weight: normal; }"
                   ".emergency { background-color: %6; border-color: %7; border-style: solid; color: %1; }"
                   ".emergency-heading { font-size: large; font-weight: 700; color: %7; margin-top: 0px; }")
            .arg(text, link, muted, strong ? QStringLiteral("underline") : QStringLiteral("none"),
                 strong ? QStringLiteral("#000000") : QStringLiteral("#4a3b00"),
                 strong ? QStringLiteral("#000000") : QStringLiteral("#4a1414"),
                 strong ? text : QStringLiteral("#ff8a80"));
    }
    return QStringLiteral(
        "body { color: #1f2933; }"
        "h1 { font-size: xx-large; font-weight: 600; margin-top: 4px; margin-bottom: 4px; }"
        "h2 { font-size: large; font-weight: 600; color: #1d4f7a; margin-top: 26px; margin-bottom: 8px; }"
        "h3 { font-size: medium; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }"
        "p { line-height: 145%; margin-top: 4px; margin-bottom: 12px; }"
        "ul { margin-top: 4px; margin-bottom: 10px; }"
        "li { line-height: 140%; margin-bottom: 8px; }"
        "a { text-decoration: none; color: #1a62a8; }"
        ".crumbs { color: #5f6b7a; margin-bottom: 10px; }"
        ".aka { color: #3d4a5a; margin-top: 0px; }"
        ".lead { font-size: large; color: #2b3844; }"
        ".outline { color: #5f6b7a; }"
        ".label { color: #5f6b7a; }"
        ".meta { color: #5f6b7a; font-size: small; }"
        ".sample { background-color: #fff4d6; color: #5c4400; }"
        ".emergency { background-color: #fdecea; border-color: #a61b1b; border-style: solid; color: #1f2933; }"
        ".emergency-heading { font-size: large; font-weight: 700; color: #8c1414; margin-top: 0px; }"
        ".badge { color: #1d5c8f; font-weight: normal; }"
        ".sub { color: #5f6b7a; }"
        ".detail { color: #3d4a5a; }");
}

QString PageRenderer::sampleNotice(const QString &text)
{
    return QStringLiteral("<table class=\"sample\" width=\"100%\" cellpadding=\"10\"><tr><td>%1</td></tr></table>")
        .arg(esc(text));
}

QString PageRenderer::render(const Entity &entity, const Options &options)
{
    QString html = QStringLiteral("<html><body>");
    html += breadcrumb(entity, options); // names the page's top
    html += QStringLiteral("<h1>%1</h1>").arg(esc(entity.ref.name));

    QStringList under;
    if (!entity.english.isEmpty())
        under << esc(entity.english);
    if (!entity.aliases.isEmpty())
        under << esc(tr("Also called %1").arg(entity.aliases.join(QStringLiteral("、"))));
    if (!entity.layNames.isEmpty())
        under << esc(Labels::layNames(entity.layNames));
    if (!under.isEmpty())
        html += QStringLiteral("<p class=\"aka\">%1</p>").arg(under.join(QStringLiteral(" · ")));

    const bool sample = options.sampleContent || entity.status == QLatin1String("sample");
    if (sample && isTopic(entity.ref.kind)) {
        html += sampleNotice(tr("Sample content for demonstration. It has not been reviewed for use with "
                                "patients; ask your doctor about your own situation."));
    } else if (entity.status == QLatin1String("draft") && isTopic(entity.ref.kind)) {
        html += sampleNotice(tr("Draft: this text has not been reviewed yet and may change. Ask your doctor "
                                "about your own situation."));
    }

    if (!entity.summary.isEmpty()) {
        html += QStringLiteral("<p class=\"lead\">%1</p>")
                    .arg(ProseHtml(entity.mentionsIn(TextUnits::summaryKey())).unit(entity.summary));
    }
    html += facts(entity);

    QList<Part> parts;
    for (const auto &section : entity.sections) {
        const QString anchor = sectionAnchor(section.key);
        const QString title = Labels::section(entity.ref.kind, section.key);
        parts.append({anchor, title,
                      HtmlText::anchorTarget(anchor) + QStringLiteral("<h2>%1</h2>").arg(esc(title))
                          + sectionHtml(entity, section)});
    }
    parts += relationParts(entity);
    for (const auto &extra : options.extraLists) {
        QList<EntityRef> refs = extra.refs;
        for (auto &ref : refs)
            ref.subtitle = withoutName(ref.subtitle, entity.ref.name);
        const QString list = RelatedHtml::refs(extra.title, extra.anchor, refs, extra.note);
        if (!list.isEmpty())
            parts.append({extra.anchor, extra.title, list});
    }
    const QString backlinks = backlinksHtml(entity, options);
    if (!backlinks.isEmpty())
        parts.append({backlinksAnchor(), tr("Mentioned in"), backlinks});

    if (parts.size() >= kOutlineMinimum) {
        QStringList outline;
        for (const auto &part : parts)
            outline.append(HtmlText::anchorLink(entity.ref, part.anchor, part.title));
        html += QStringLiteral("<p class=\"outline\"><b>%1</b>　%2</p>")
                    .arg(esc(tr("On this page:")), outline.join(QStringLiteral(" · ")));
    }
    for (const auto &part : parts)
        html += part.html;
    html += meta(entity);
    return html + QStringLiteral("</body></html>");
}

QString PageRenderer::unreadable(const QString &message)
{
    return QStringLiteral("<html><body><h1>%1</h1><p>%2</p><p><a href=\"huanjiao://home\">%3</a></p></body></html>")
        .arg(esc(tr("This page cannot be read")), esc(message), esc(tr("Back to the home page")));
}

QString PageRenderer::notFound(const QString &uri)
{
    return QStringLiteral("<html><body><h1>%1</h1><p>%2</p><p><a href=\"huanjiao://home\">%3</a></p></body></html>")
        .arg(esc(tr("Page not found")),
             esc(tr("There is no page for %1 in this content database. It may have been removed in a "
                    "content update.")
                     .arg(uri)),
             esc(tr("Back to the home page")));
}

} // namespace huanjiao
