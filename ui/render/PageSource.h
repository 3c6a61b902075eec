// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentDatabase.h"
#include "PageRenderer.h"
#include "Repository.h"

#include <QCoreApplication>
#include <QUrl>

namespace huanjiao {

// Produces the page for any huanjiao:// address: the home page, an entity's
// page (with a department's members and every page's backlinks), or a clear
// not-found page. Every query it makes is bounded, so a page opens as fast
// with 100,000 topics as with 100.
class PageSource
{
    Q_DECLARE_TR_FUNCTIONS(PageSource)

public:
    PageSource(const Repository &repository, const ContentInfo &info);

    struct Page
    {
        QString title;
        QString html;
        bool found = false;
    };
    // The fragment of the address, if any, is a place on the page and is ignored here.
    Page page(const QUrl &url) const;
    // The page's title and whether it exists, without making the page: one
    // lookup, for a tab whose page is made when it comes on screen.
    Page heading(const QUrl &url) const;
    const ContentInfo &contentInfo() const { return m_info; }

    static QUrl homeUrl() { return QUrl(QStringLiteral("huanjiao://home")); }
    // Home and department pages list this many members; the kind tabs list all.
    static constexpr int kMemberLimit = 60;
    static constexpr int kBacklinkLimit = 50;

private:
    Page home() const;
    PageRenderer::Options options(const Entity &entity) const;
    QString departmentCounts(qint64 department) const;

    const Repository &m_repository;
    ContentInfo m_info;
};

} // namespace huanjiao
