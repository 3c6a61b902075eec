// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the search query path, from typed text to the FTS5 query.
// Whatever is typed, folding must not crash and the FTS5 query built from it
// must be one SQLite accepts (a syntax error would be a search that fails).

#include "ChineseConverter.h"
#include "SearchEngine.h"
#include "TextNormalizer.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

using namespace huanjiao;

namespace {

// An empty FTS5 table tokenised like the real ones: enough to check syntax.
sqlite3 *searchTable()
{
    static sqlite3 *db = [] {
        sqlite3 *handle = nullptr;
        if (sqlite3_open(":memory:", &handle) != SQLITE_OK
            || sqlite3_exec(handle,
                            "CREATE VIRTUAL TABLE t USING fts5(text, tokenize='unicode61 remove_diacritics 2');"
                            "INSERT INTO t VALUES ('面肌 痉挛 abc 123');",
                            nullptr, nullptr, nullptr) != SQLITE_OK)
            std::abort();
        return handle;
    }();
    return db;
}

void requireValid(const QString &query)
{
    if (query.isEmpty())
        return;
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = query.toUtf8();
    if (sqlite3_prepare_v2(searchTable(), "SELECT rowid FROM t WHERE t MATCH ?1", -1, &statement, nullptr) != SQLITE_OK)
        std::abort();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) {
        std::fprintf(stderr, "FTS5 rejected %s: %s\n", utf8.constData(), sqlite3_errmsg(searchTable()));
        std::abort();
    }
    sqlite3_finalize(statement);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ChineseConverter converter(ChineseConverter::Use::Queries);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // As SearchEngine::search does it.
    const QString folded = TextNormalizer::fold(converter.toSimplified(TextNormalizer::fold(text)));
    if (folded.size() > 256)
        std::abort();
    const QStringList terms = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    TextNormalizer::spaced(folded);
    TextNormalizer::bigrams(folded);
    requireValid(SearchEngine::ftsQuery(terms, 2));
    requireValid(SearchEngine::ftsQuery(terms, 3, SearchEngine::Tokens::Pairs));
    return 0;
}
