// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentSet.h"
#include "Diagnostic.h"

namespace huanjiao {

// Checks parsed records against ContentSchema and against each other (ids,
// references, department tree). Reports every problem, not only the first.
class ContentValidator
{
public:
    // Returns the validated set; when *diagnostics gains entries the set must not be used.
    // `metaFile` is where a missing @content record is reported.
    static ContentSet validate(const QList<SourceRecord> &records, Diagnostics *diagnostics,
                               const QString &metaFile = QStringLiteral("content.md"));
    // Reads and checks one @content record.
    static ContentMeta readMeta(const SourceRecord &record, Diagnostics *diagnostics);

    // Splits a list value ("a, b，c、d") into its trimmed, non-empty items.
    static QStringList splitList(const QString &value);
    // Parses "kind/id" or a bare "id" for a reference whose kind is known.
    static bool parseReference(const QString &text, Kind expected, QString *id);
    // Something Qt would read as a tag: "<", any Unicode space or line break,
    // an optional / ! ?, then a letter.
    static bool containsMarkup(const QString &text);
    // Where the first such tag starts, or -1.
    static qsizetype markupPosition(const QString &text);
};

} // namespace huanjiao
