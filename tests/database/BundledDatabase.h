#pragma once

// The bundled content database (HUANJIAO_TEST_DATABASE), opened as the program
// opens it, with a Repository over it: the fixture of every test that reads
// the shipped content. Header-only; open it from initTestCase:
//     QString error;
//     QVERIFY2(m_bundled.open(&error), qPrintable(error));

#include "ContentDatabase.h"
#include "Repository.h"

#include <memory>
#include <optional>

namespace huanjiao::test {

class BundledDatabase
{
public:
    // False, with the reason in *error, when the database does not open.
    bool open(QString *error)
    {
        OpenError openError;
        m_database = ContentDatabase::open(QStringLiteral(HUANJIAO_TEST_DATABASE), &openError);
        if (!m_database) {
            *error = openError.message();
            return false;
        }
        m_repository.emplace(m_database->database());
        return true;
    }

    QSqlDatabase database() const { return m_database->database(); }
    const ContentInfo &info() const { return m_database->info(); }
    const Repository &repo() const { return *m_repository; }

private:
    std::unique_ptr<ContentDatabase> m_database;
    std::optional<Repository> m_repository;
};

} // namespace huanjiao::test
