// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A content database opened as the program opens it, with a Repository over
// it: the fixture of the tests that read content, the bundled database or one
// they built. Header-only; open it from initTestCase:
//     QString error;
//     QVERIFY2(m_bundled.openBundled(&error), qPrintable(error));

#include "ContentDatabase.h"
#include "Repository.h"

#include <memory>
#include <optional>

namespace huanjiao::test {

class TestDatabase
{
public:
    // False, with the reason in *error, when the database does not open.
    bool open(const QString &path, QString *error)
    {
        OpenError openError;
        m_database = ContentDatabase::open(path, &openError);
        if (!m_database) {
            *error = openError.message();
            return false;
        }
        m_repository.emplace(m_database->database());
        return true;
    }

    // The content the build bundles (HUANJIAO_TEST_DATABASE).
    bool openBundled(QString *error) { return open(QStringLiteral(HUANJIAO_TEST_DATABASE), error); }

    QSqlDatabase database() const { return m_database->database(); }
    const ContentInfo &info() const { return m_database->info(); }
    const Repository &repo() const { return *m_repository; }

private:
    std::unique_ptr<ContentDatabase> m_database;
    std::optional<Repository> m_repository;
};

} // namespace huanjiao::test
