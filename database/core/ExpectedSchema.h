// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace huanjiao::ExpectedSchema {

// What SQLite's schema table holds for a database made with DatabaseSchema's
// statements, as huanjiao-schema read it off an empty database in memory at
// build time (ExpectedSchema.cpp in the build tree). Opening a database then
// compares its schema with this instead of making that database again
// (which was a sixth of a command-line search).
struct Object
{
    const char *type; // table or index
    const char *name;
    const char *table; // the table an index is on; a table's own name
    const char *sql; // as SQLite stores it
    const char *columns; // comma-separated, in order
};

extern const Object objects[]; // by name
extern const std::size_t objectCount;

} // namespace huanjiao::ExpectedSchema
