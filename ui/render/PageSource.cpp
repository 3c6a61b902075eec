// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageSource.h"

#include "EntityUri.h"
#include "HtmlText.h"
#include "Labels.h"

namespace huanjiao {

using HtmlText::esc;

namespace {
constexpr int kCommonTopics = 24;
constexpr int kTopicColumns = 3;
} // namespace

PageSource::PageSource(const Repository &repository, const ContentInfo &info)
    : m_repository(repository)
    , m_info(info)
{
}

PageSource::Page PageSource::page(const QUrl &address) const
{
    const QUrl url = address.adjusted(QUrl::RemoveFragment);
    if (url == homeUrl())
        return home();
    EntityUri uri;
    if (EntityUri::parse(url, &uri)) {
        m_repository.clearError();
        auto entity = m_repository.entity(uri.kind, uri.id);
        Page page;
        if (entity)
            page = {entity->ref.name, PageRenderer::render(*entity, options(*entity)), true};
        // A page pieced together from a damaged file is not shown as if whole.
        if (!m_repository.error().isEmpty())
            return {tr("Cannot be read"), PageRenderer::unreadable(m_repository.error()), false};
        if (entity)
            return page;
    }
    return {tr("Not found"), PageRenderer::notFound(url.toString()), false};
}

PageSource::Page PageSource::heading(const QUrl &address) const
{
    const QUrl url = address.adjusted(QUrl::RemoveFragment);
    if (url == homeUrl())
        return {tr("Home"), {}, true};
    EntityUri uri;
    if (EntityUri::parse(url, &uri)) {
        const EntityRef ref = m_repository.ref(uri.kind, uri.id);
        if (ref.rowid)
            return {ref.name, {}, true};
    }
    return {tr("Not found"), {}, false};
}

QString PageSource::departmentCounts(qint64 department) const
{
    return tr("%n condition(s)", nullptr, m_repository.listSize(Kind::Condition, department)) + QStringLiteral(" · ")
        + tr("%n doctor(s)", nullptr, m_repository.listSize(Kind::Doctor, department));
}

PageRenderer::Options PageSource::options(const Entity &entity) const
{
    PageRenderer::Options options;
    options.sampleContent = m_info.sample;
    const qint64 rowid = entity.ref.rowid;

    // Articles, questions and leaflets sit under their (first) condition in the breadcrumb.
    if (entity.ref.kind == Kind::Article || entity.ref.kind == Kind::Qa || entity.ref.kind == Kind::Leaflet) {
        const QList<EntityRef> about = entity.related(RelationType::About);
        if (!about.isEmpty()) {
            options.trail = m_repository.departmentPath(m_repository.departmentOf(about.first().rowid));
            options.trail.append(about.first());
        }
    }

    if (entity.ref.kind == Kind::Department) {
        QList<EntityRef> children = m_repository.childDepartments(rowid);
        for (auto &child : children)
            child.subtitle = departmentCounts(child.rowid);
        options.extraLists.append({tr("Sub-departments"), QStringLiteral("departments"), children, {}});
        for (Kind kind : {Kind::Condition, Kind::Doctor}) {
            const int total = m_repository.listSize(kind, rowid);
            const QString note = total > kMemberLimit
                ? tr("Showing the first %1 of %2. The %3 list, filtered by this department, shows them all.")
                      .arg(kMemberLimit)
                      .arg(total)
                      .arg(Labels::kindPlural(kind))
                : QString();
            options.extraLists.append({Labels::kindPlural(kind), kindName(kind),
                                       m_repository.listRange(kind, rowid, 0, kMemberLimit), note});
        }
    }

    options.backlinks = m_repository.backlinks(rowid, kBacklinkLimit + 1);
    options.moreBacklinks = options.backlinks.size() > kBacklinkLimit;
    if (options.moreBacklinks)
        options.backlinks.removeLast();
    return options;
}

PageSource::Page PageSource::home() const
{
    QString html = QStringLiteral("<html><body><h1>%1</h1><p class=\"lead\">%2</p>")
                       .arg(esc(tr("Huanjiao patient education")),
                            esc(tr("Read about conditions, tests and medicines, and find the right department.")));
    if (m_info.sample) {
        html += PageRenderer::sampleNotice(tr("This is sample content for demonstration (version %1). It has not "
                                              "been reviewed for use with patients.")
                                               .arg(m_info.contentVersion));
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Common topics")));
    // A grid rather than running text: Chinese lines may break anywhere,
    // which would split a name over two lines.
    const QList<EntityRef> topics = m_repository.commonTopics(kCommonTopics);
    html += QStringLiteral("<table class=\"topics\" width=\"100%\" cellpadding=\"4\">");
    for (int i = 0; i < topics.size(); i += kTopicColumns) {
        html += QStringLiteral("<tr>");
        for (int j = i; j < i + kTopicColumns; ++j)
            html += QStringLiteral("<td width=\"%1%\">%2</td>")
                        .arg(100 / kTopicColumns)
                        .arg(j < topics.size() ? HtmlText::link(topics.at(j)) : QString());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2><table class=\"departments\" cellpadding=\"5\">")
                .arg(esc(Labels::kindPlural(Kind::Department)));
    for (const auto &top : m_repository.childDepartments(0)) {
        QStringList children;
        for (const auto &child : m_repository.childDepartments(top.rowid))
            children.append(HtmlText::link(child));
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td valign=\"top\">%2</td></tr>")
                    .arg(HtmlText::link(top), children.join(QStringLiteral("　")));
    }
    html += QStringLiteral("</table>");

    QStringList totals;
    for (Kind kind : {Kind::Condition, Kind::Drug, Kind::Test, Kind::Doctor, Kind::Hospital, Kind::Article,
                      Kind::Qa})
        totals << QStringLiteral("%1 %2").arg(m_repository.listSize(kind)).arg(Labels::kindPlural(kind));
    QString footer = esc(tr("In this content: %1.").arg(totals.join(QStringLiteral(", ")))) + QStringLiteral("<br/>")
        + esc(tr("Content: %1, version %2, built %3")
                  .arg(m_info.contentName, m_info.contentVersion, m_info.buildDate.left(10)));
    // A clinic's overlays (its own doctors, its own topics) and their versions.
    for (const auto &layer : m_info.layers.mid(1))
        footer += QStringLiteral("<br/>") + esc(tr("With %1, version %2").arg(layer.name, layer.version));
    html += QStringLiteral("<p class=\"meta\"><br/>%1</p>").arg(footer);
    html += QStringLiteral("</body></html>");
    return {tr("Home"), html, true};
}

} // namespace huanjiao
