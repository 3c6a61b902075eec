#include "PageSource.h"

#include "EntityUri.h"
#include "Labels.h"
#include "PageRenderer.h"

namespace huanjiao {

namespace {
// Home and department pages list members up to this many; the kind tabs list all.
constexpr int kMemberLimit = 60;
} // namespace

PageSource::PageSource(const Repository &repository, const ContentInfo &info)
    : m_repository(repository)
    , m_info(info)
{
}

PageSource::Page PageSource::page(const QUrl &url) const
{
    if (url == homeUrl())
        return home();
    EntityUri uri;
    if (EntityUri::parse(url, &uri)) {
        if (auto entity = m_repository.entity(uri.kind, uri.id)) {
            PageRenderer::Options options;
            options.sampleContent = m_info.sample;
            if (uri.kind == Kind::Department) {
                const qint64 rowid = entity->ref.rowid;
                options.extraLists.append({tr("Sub-departments"), m_repository.childDepartments(rowid)});
                options.extraLists.append(
                    {Labels::kindPlural(Kind::Condition), m_repository.page(Kind::Condition, {}, kMemberLimit, rowid)});
                options.extraLists.append(
                    {Labels::kindPlural(Kind::Doctor), m_repository.page(Kind::Doctor, {}, kMemberLimit, rowid)});
            }
            return {entity->ref.name, PageRenderer::render(*entity, options), true};
        }
    }
    return {tr("Not found"), PageRenderer::notFound(url.toString()), false};
}

PageSource::Page PageSource::home() const
{
    QString html = QStringLiteral("<html><body><h1>%1</h1><p class=\"sub\">%2</p>")
                       .arg(tr("Huanjiao patient education").toHtmlEscaped(),
                            tr("Read about conditions, tests and medicines, and find the right department.")
                                .toHtmlEscaped());
    if (m_info.sample) {
        html += QStringLiteral("<table class=\"sample\" width=\"100%\" cellpadding=\"8\"><tr><td>%1</td></tr></table>")
                    .arg(tr("This is sample content for demonstration (version %1). It has not been reviewed for "
                            "use with patients.")
                             .arg(m_info.contentVersion)
                             .toHtmlEscaped());
    }
    html += QStringLiteral("<h2>%1</h2>").arg(Labels::kindPlural(Kind::Department).toHtmlEscaped());
    for (const auto &top : m_repository.childDepartments(0)) {
        QStringList children;
        for (const auto &child : m_repository.childDepartments(top.rowid))
            children.append(PageRenderer::link(child));
        html += QStringLiteral("<p><b>%1</b>").arg(PageRenderer::link(top));
        if (!children.isEmpty())
            html += QStringLiteral("　") + children.join(QStringLiteral("　"));
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<h2>%1</h2><p>").arg(tr("Common topics").toHtmlEscaped());
    QStringList topics;
    for (const auto &ref : m_repository.page(Kind::Condition, {}, kMemberLimit))
        topics.append(PageRenderer::link(ref));
    html += topics.join(QStringLiteral("　")) + QStringLiteral("</p>");
    html += QStringLiteral("<hr/><p class=\"meta\">%1")
                .arg(tr("Content: %1, version %2, built %3")
                         .arg(m_info.contentName, m_info.contentVersion, m_info.buildDate.left(10))
                         .toHtmlEscaped());
    // A clinic's overlays (its own doctors, its own topics) and their versions.
    for (const auto &layer : m_info.layers.mid(1))
        html += QStringLiteral("<br/>%1").arg(tr("With %1, version %2").arg(layer.name, layer.version).toHtmlEscaped());
    html += QStringLiteral("</p>");
    html += QStringLiteral("</body></html>");
    return {tr("Home"), html, true};
}

} // namespace huanjiao
