// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the interchange format (JSON Lines) reader and the
// validator behind it. Any bytes give records and diagnostics, never a crash.

#include "ContentValidator.h"
#include "InterchangeReader.h"

#include <QBuffer>

using namespace huanjiao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Diagnostics diagnostics;
    const QList<SourceRecord> records
        = InterchangeReader::read(QStringLiteral("fuzz.jsonl"), &buffer, qint64(size), &diagnostics);
    ContentValidator::validate(records, &diagnostics, QStringLiteral("fuzz.jsonl"));
    return 0;
}
