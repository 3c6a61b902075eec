// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a damaged content database. The input is the bytes of a
// database file (the seed is a small built one, so mutations hit its pages);
// it is opened as the program opens it and, if that succeeds, read as the
// program reads it: lists, every page, the department tree, a few searches
// and the full-text check. A bad file must be refused at open or give errors
// the program reports; it must never crash, hang, or read out of bounds.
//
// The seed is the test fixture tests/database/fixtures/valid, built and made
// small (tst_contentdatabase checks that it is still of the current schema):
//   huanjiao-content build tests/database/fixtures/valid -o seed.sqlite
//   sqlite3 seed.sqlite "DELETE FROM search_word WHERE word NOT IN
//     (SELECT word FROM search_word ORDER BY frequency DESC LIMIT 300);
//     PRAGMA page_size=512; VACUUM;"

#include "ContentDatabase.h"
#include "Repository.h"
#include "SchemaCheck.h"
#include "SearchEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace huanjiao;

namespace {

QString scratchPath()
{
    static const QString path =
        QDir::tempPath() + QStringLiteral("/huanjiao-fuzz-database-%1.sqlite").arg(qint64(::getpid()));
    return path;
}

void readAll(const ContentDatabase &database)
{
    const Repository repository(database.database());
    repository.departments();
    repository.commonTopics(12);
    for (Kind kind : allKinds()) {
        const int size = qMin(repository.listSize(kind), 200);
        for (const EntityRef &ref : repository.listRange(kind, 0, 0, size)) {
            if (const auto entity = repository.entity(ref.kind, ref.id))
                repository.backlinks(entity->ref.rowid, 20);
        }
        repository.letters(kind);
    }
    SearchEngine engine(database.database());
    // The seed holds 抽动 and 肌电图; the others search its empty corners.
    for (const char *text : {"抽动", "肌电", "cd", "面肌", "头痛 检查", "a"})
        engine.search(QString::fromUtf8(text));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    {
        QFile file(scratchPath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            return 0;
    }
    OpenError error;
    if (auto database = ContentDatabase::open(scratchPath(), &error)) {
        readAll(*database);
        SchemaCheck::fullTextProblem(scratchPath());
    } else if (error.message().isEmpty()) {
        std::abort(); // refused without saying why
    }
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt Sql needs an application object for its driver plugins.
    static QCoreApplication app(*argc, *argv);
    return 0;
}
