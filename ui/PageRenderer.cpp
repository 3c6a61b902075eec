#include "PageRenderer.h"

#include "EntityUri.h"
#include "Labels.h"
#include "Prose.h"

namespace huanjiao {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString anchorFor(const QString &key)
{
    return QStringLiteral("section-") + key;
}

// Order of related lists on a page: what a reader looks for first.
const QStringList kRelationOrder{
    QStringLiteral("treated-by"), QStringLiteral("treated-with"), QStringLiteral("diagnosed-by"),
    QStringLiteral("about"),      QStringLiteral("see-also"),     QStringLiteral("works-at"),
    QStringLiteral("answered-by"),
};

} // namespace

QString PageRenderer::styleSheet()
{
    return QStringLiteral(
        "body { line-height: 160%; }"
        "h1 { font-size: x-large; margin-bottom: 2px; }"
        "h2 { font-size: large; margin-top: 18px; margin-bottom: 6px; }"
        "h3 { font-size: medium; margin-top: 10px; margin-bottom: 2px; }"
        "p { margin-top: 4px; margin-bottom: 8px; }"
        "li { margin-bottom: 4px; }"
        "a { text-decoration: none; }"
        ".crumbs { color: #5f6b7a; }"
        ".aka { color: #3d4a5a; }"
        ".meta { color: #5f6b7a; font-size: small; }"
        ".sample { background-color: #fff4d6; color: #5c4400; }"
        ".badge { color: #1d5c8f; }"
        ".sub { color: #5f6b7a; }");
}

QString PageRenderer::link(const EntityRef &ref)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(esc(EntityUri{ref.kind, ref.id}.toString()), esc(ref.name));
}

QString PageRenderer::refList(const QString &title, const QList<EntityRef> &refs)
{
    if (refs.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><ul>").arg(esc(title));
    for (const auto &ref : refs) {
        html += QStringLiteral("<li>%1").arg(link(ref));
        if (!ref.subtitle.isEmpty())
            html += QStringLiteral(" <span class=\"sub\">%1</span>").arg(esc(ref.subtitle));
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString PageRenderer::prose(const QString &text)
{
    QString html;
    bool inList = false;
    for (const auto &block : proseBlocks(text)) {
        if (block.type == ProseBlock::Bullet) {
            if (!inList)
                html += QStringLiteral("<ul>");
            inList = true;
            html += QStringLiteral("<li>") + esc(block.text) + QStringLiteral("</li>");
            continue;
        }
        if (inList)
            html += QStringLiteral("</ul>");
        inList = false;
        html += QStringLiteral("<p>") + esc(block.text) + QStringLiteral("</p>");
    }
    if (inList)
        html += QStringLiteral("</ul>");
    return html;
}

QString PageRenderer::render(const Entity &entity, const Options &options)
{
    QString html = QStringLiteral("<html><body>");

    if (!entity.departmentPath.isEmpty()) {
        QStringList crumbs{QStringLiteral("<a href=\"huanjiao://home\">%1</a>").arg(esc(tr("Home")))};
        for (const auto &d : entity.departmentPath)
            crumbs.append(link(d));
        html += QStringLiteral("<p class=\"crumbs\">%1</p>").arg(crumbs.join(QStringLiteral(" &gt; ")));
    }

    html += QStringLiteral("<h1>%1</h1>").arg(esc(entity.ref.name));
    QStringList under;
    if (!entity.english.isEmpty())
        under << esc(entity.english);
    if (!entity.aliases.isEmpty())
        under << esc(tr("Also called %1").arg(entity.aliases.join(QStringLiteral("、"))));
    if (!under.isEmpty())
        html += QStringLiteral("<p class=\"aka\">%1</p>").arg(under.join(QStringLiteral(" · ")));
    if (entity.ref.kind == Kind::Doctor && !entity.ref.subtitle.isEmpty())
        html += QStringLiteral("<p class=\"sub\">%1</p>").arg(esc(entity.ref.subtitle));

    const bool sample = options.sampleContent || entity.status == QLatin1String("sample");
    if (sample && isTopic(entity.ref.kind)) {
        html += QStringLiteral("<table class=\"sample\" width=\"100%\" cellpadding=\"8\"><tr><td>%1</td></tr></table>")
                    .arg(esc(tr("Sample content for demonstration. It has not been reviewed for use with "
                                "patients; ask your doctor about your own situation.")));
    }

    if (!entity.summary.isEmpty() && entity.ref.kind != Kind::Department)
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(entity.summary));

    if (!entity.fields.isEmpty()) {
        html += QStringLiteral("<table cellpadding=\"4\">");
        for (const auto &[key, value] : entity.fields) {
            html += QStringLiteral("<tr><td class=\"sub\" valign=\"top\">%1</td><td>%2</td></tr>")
                        .arg(esc(Labels::field(key)), esc(value));
        }
        html += QStringLiteral("</table>");
    }

    for (const auto &section : entity.sections) {
        html += QStringLiteral("<a name=\"%1\"></a><h2>%2</h2>")
                    .arg(anchorFor(section.key), esc(Labels::section(section.key)));
        html += prose(section.body);
        for (int i = 0; i < section.items.size(); ++i) {
            const auto &item = section.items.at(i);
            QString title = esc(item.title);
            if (section.key == QLatin1String("causes"))
                title = QStringLiteral("%1. %2").arg(i + 1).arg(title);
            if (!item.type.isEmpty())
                title += QStringLiteral(" <span class=\"badge\">[%1]</span>").arg(esc(Labels::treatmentType(item.type)));
            html += QStringLiteral("<h3>%1</h3>").arg(title) + prose(item.body);
        }
    }

    for (bool incoming : {false, true}) {
        for (const QString &type : kRelationOrder) {
            // Incoming lists are grouped by the other side's kind: a condition
            // sees articles and questions through the same `about` relation.
            QMap<int, QList<EntityRef>> byKind;
            for (const auto &r : entity.relations) {
                if (r.type == type && r.incoming == incoming)
                    byKind[int(r.other.kind)].append(r.other);
            }
            for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
                html += refList(Labels::relation(type, incoming, Kind(it.key())), it.value());
        }
    }

    for (const auto &[title, refs] : options.extraLists)
        html += refList(title, refs);

    QStringList meta;
    if (entity.source.isValid())
        meta << esc(tr("Source: %1").arg(entity.source.name));
    if (!entity.reviewed.isEmpty())
        meta << esc(tr("Last reviewed: %1").arg(entity.reviewed));
    if (!entity.status.isEmpty())
        meta << esc(Labels::status(entity.status));
    if (!meta.isEmpty())
        html += QStringLiteral("<hr/><p class=\"meta\">%1</p>").arg(meta.join(QStringLiteral(" · ")));
    html += QStringLiteral("</body></html>");
    return html;
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
