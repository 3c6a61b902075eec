// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentSet.h"

#include <QByteArray>

namespace huanjiao {

// Writes records as interchange lines (docs/content-format.md, "Interchange
// format"): one JSON object per record, keys in a fixed order (kind, id,
// fields in schema order, sections), list fields as arrays. Each call gives
// one line with its newline.
class InterchangeWriter
{
public:
    static QByteArray meta(const ContentMeta &meta);
    static QByteArray record(Kind kind, const SourceRecord &record);
};

} // namespace huanjiao
