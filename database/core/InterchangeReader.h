// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "Progress.h"
#include "SourceRecord.h"

#include <QCoreApplication>

class QIODevice;

namespace huanjiao {

// Reads the interchange format (docs/content-format.md, "Interchange format"):
// JSON Lines, one object per line, one line per record of any kind plus one
// {"kind": "content", ...} line. It checks the shape of each line and that the
// text fits the source format; ContentValidator checks what the records mean.
// Every record remembers its line, so all messages read FILE:LINE: message.
class InterchangeReader
{
    Q_DECLARE_TR_FUNCTIONS(InterchangeReader)

public:
    static QList<SourceRecord> read(const QString &path, Diagnostics *diagnostics, const Progress &progress = {});
    // `fileName` is used in messages; `size` (bytes, or 0) for progress.
    static QList<SourceRecord> read(const QString &fileName, QIODevice *device, qint64 size,
                                    Diagnostics *diagnostics, const Progress &progress = {});
};

} // namespace huanjiao
