// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentSet.h"

namespace huanjiao {

SourceRecord metaRecord(const ContentMeta &meta, const QString &file)
{
    SourceRecord record;
    record.file = file;
    record.kind = QStringLiteral("content");
    record.id = meta.id;
    record.fields.append({QStringLiteral("name"), meta.name, 0});
    record.fields.append({QStringLiteral("version"), meta.version, 0});
    record.fields.append({QStringLiteral("sample"), meta.sample ? QStringLiteral("yes") : QStringLiteral("no"), 0});
    if (!meta.replaces.isEmpty())
        record.fields.append({QStringLiteral("replaces"), meta.replaces.join(QStringLiteral(", ")), 0});
    if (!meta.removes.isEmpty())
        record.fields.append({QStringLiteral("removes"), meta.removes.join(QStringLiteral(", ")), 0});
    return record;
}

} // namespace huanjiao
