// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace huanjiao {

// Builds the `mention` table of a content database from its entity tables:
// every place where prose names another entity (by name or alias, at least
// two characters, longest match first, once per section and target, never
// the page's own name). Pages link these places; backlinks read the table
// the other way round. Done once at build time, so a page costs one indexed
// query however large the database is.
class MentionIndexWriter
{
public:
    static bool build(QSqlDatabase db, QString *error);
};

} // namespace huanjiao
