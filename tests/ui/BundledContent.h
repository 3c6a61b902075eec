// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bundled content as the browser window uses it: the database and its
// repository, the pages made from it and a search service over it.
// Header-only; open it from initTestCase:
//     QString error;
//     QVERIFY2(m_content.open(&error), qPrintable(error));

#include "../database/TestDatabase.h"

#include "PageSource.h"
#include "SearchService.h"

#include <memory>
#include <optional>

namespace huanjiao::test {

class BundledContent
{
public:
    // False, with the reason in *error, when the database does not open.
    bool open(QString *error)
    {
        if (!m_database.openBundled(error))
            return false;
        m_pages.emplace(m_database.repo(), m_database.info());
        m_search = std::make_unique<SearchService>(QStringLiteral(HUANJIAO_TEST_DATABASE));
        return true;
    }

    const ContentInfo &info() const { return m_database.info(); }
    const Repository &repo() const { return m_database.repo(); }
    QSqlDatabase database() const { return m_database.database(); }
    const PageSource &pages() const { return *m_pages; }
    SearchService &search() { return *m_search; }

private:
    TestDatabase m_database;
    std::optional<PageSource> m_pages;
    std::unique_ptr<SearchService> m_search;
};

} // namespace huanjiao::test
