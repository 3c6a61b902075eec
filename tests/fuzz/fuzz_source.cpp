// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the content source format (SourceParser) and the
// validator behind it. Any bytes give records and diagnostics, never a crash.

#include "ContentValidator.h"
#include "SourceParser.h"

using namespace huanjiao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Diagnostics diagnostics;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<SourceRecord> records = SourceParser::parse(QStringLiteral("fuzz.md"), bytes, &diagnostics);
    ContentValidator::validate(records, &diagnostics);
    for (const Diagnostic &diagnostic : std::as_const(diagnostics))
        diagnostic.toString();
    return 0;
}
