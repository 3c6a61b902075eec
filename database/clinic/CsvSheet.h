// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetTable.h"

#include <QByteArray>
#include <QCoreApplication>

namespace huanjiao {

// CSV as Chinese spreadsheet programs save it: UTF-8 with or without a byte
// order mark (Excel's "CSV UTF-8", WPS, LibreOffice), or GB18030 (Excel's
// plain "CSV" on a Chinese Windows, whose GBK it extends); comma separated
// (a tab when the header has tabs and no commas), RFC 4180 quoting, cells
// over several lines. Written as UTF-8 with a byte order mark and CRLF,
// which every one of them opens as Chinese text.
class CsvSheet
{
    Q_DECLARE_TR_FUNCTIONS(CsvSheet)

public:
    enum class Encoding { Utf8Bom, Utf8, Gb18030 };

    static bool parse(const QByteArray &bytes, SheetTable *table, QString *error, Encoding *encoding = nullptr);
    static QByteArray write(const SheetTable &table, Encoding encoding = Encoding::Utf8Bom);
};

} // namespace huanjiao
