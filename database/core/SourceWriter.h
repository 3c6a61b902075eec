// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentSet.h"

namespace huanjiao {

// Writes records in the text format of docs/content-format.md: fields and
// sections in schema order, each value on one line, so that the same record
// always gives the same text and SourceParser reads back exactly what was written.
class SourceWriter
{
public:
    // One record, ending with a newline.
    static QString record(Kind kind, const SourceRecord &record);
    // The @content record, with `comments` as #! lines above it.
    static QString meta(const ContentMeta &meta, const QStringList &comments = {});
};

} // namespace huanjiao
