// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetTable.h"

#include <QCoreApplication>

namespace huanjiao {

// The first worksheet of an Excel workbook (.xlsx, as Excel, WPS and
// LibreOffice save it). Read with minizip (an .xlsx is a zip of XML parts)
// and QXmlStreamReader: shared and inline strings, numbers, and dates stored
// as day numbers (the caller turns those into dates where a column wants
// one). Written with libxlsxwriter: a bold, frozen header row, every cell
// as text, so ids and dates stay as written.
class XlsxSheet
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheet)

public:
    static bool read(const QString &path, SheetTable *table, QString *error);
    static bool write(const QString &path, const SheetTable &table, const QString &sheetName, QString *error);
    // An Excel day number (1900 date system) as YYYY-MM-DD; empty when `cell` is not one.
    static QString dateFromSerial(const QString &cell);
};

} // namespace huanjiao
