// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "SourceRecord.h"

#include <QByteArray>
#include <QCoreApplication>

namespace huanjiao {

// Reads the text format of docs/content-format.md into records. It checks only
// the shape of the text; ContentValidator checks what the records mean.
class SourceParser
{
    Q_DECLARE_TR_FUNCTIONS(SourceParser)

public:
    static QList<SourceRecord> parse(const QString &fileName, const QByteArray &data,
                                     Diagnostics *diagnostics);
};

} // namespace huanjiao
