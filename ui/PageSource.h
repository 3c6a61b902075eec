#pragma once

#include "ContentDatabase.h"
#include "Repository.h"

#include <QCoreApplication>
#include <QUrl>

namespace huanjiao {

// Produces the page for any huanjiao:// address: the home page, an entity's
// page (with a department's members), or a clear not-found page.
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
    Page page(const QUrl &url) const;
    const ContentInfo &contentInfo() const { return m_info; }

    static QUrl homeUrl() { return QUrl(QStringLiteral("huanjiao://home")); }

private:
    Page home() const;

    const Repository &m_repository;
    ContentInfo m_info;
};

} // namespace huanjiao
