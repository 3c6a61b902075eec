// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"
#include "SheetTable.h"
#include "SourceRecord.h"

#include <QCoreApplication>

namespace huanjiao {

class ClinicLayer;
class ClinicValidation;

// One problem of a sheet, where a spreadsheet program shows it: row 1 is the
// header, the first record is row 2; columns count from 0 (A).
struct SheetProblem
{
    int row = 0;     // 0: not a row of the sheet (a record it breaks elsewhere)
    int column = -1; // -1: the row as a whole
    QString header;  // the column's header as written
    QString message;
    QString toString() const;
};

// Spreadsheets of the clinic's records: one sheet per kind (doctors,
// hospitals, departments and every kind of topic), one row per record, a
// column per field and per section, with Chinese headers (姓名, 职称, 所在医院
// ...; the English keys of docs/content-format.md are read too). Links may
// be written as names (面肌痉挛) or ids; an empty 编号 gets an id made from
// the name's pinyin. Reading checks every row with the builder's own rules
// over the base and the layer, and reports every problem by row and column;
// the layer changes only when the whole sheet is valid (one undo step).
//
// The content manager calls importFile() for 导入表格 (showing problems as a
// list, or applying and saving), exportFile() for 导出表格 and templateFile()
// for 下载模板; `huanjiao-content import-sheet` / `export-sheet` call the same.
class ClinicSheet
{
    Q_DECLARE_TR_FUNCTIONS(ClinicSheet)

public:
    struct Import
    {
        QList<SourceRecord> records;
        QList<SheetProblem> problems;
        QString error; // the file itself could not be read
        bool ok() const { return error.isEmpty() && problems.isEmpty(); }
    };

    // Keys of the columns of a kind's sheet: "id", then fields and sections in schema order.
    static QStringList columns(Kind kind);
    static QString header(Kind kind, const QString &key);
    // The sheet's name in a workbook and its file name stem (医生, 医院 ...).
    static QString sheetName(Kind kind);

    static SheetTable blank(Kind kind);
    // `records` as a sheet; links written as names where the name is unique.
    static SheetTable table(Kind kind, const QList<SourceRecord> &records, const ClinicLayer &layer,
                            const ClinicValidation &validation);
    // Checks the sheet as records of `kind` put into `layer`; changes nothing.
    static Import read(Kind kind, const SheetTable &sheet, const ClinicLayer &layer,
                       const ClinicValidation &validation);

    // .csv or .xlsx, by the file's suffix.
    static bool readFile(const QString &path, SheetTable *sheet, QString *error);
    static bool writeFile(const QString &path, const SheetTable &sheet, const QString &sheetName, QString *error);

    // Reads and checks the file; when `apply` and all is well, puts the
    // records into the layer (one undo step) and saves it.
    static Import importFile(const QString &path, Kind kind, ClinicLayer *layer, const ClinicValidation &validation,
                             bool apply);
    static bool exportFile(const QString &path, Kind kind, const ClinicLayer &layer,
                           const ClinicValidation &validation, QString *error);
    static bool templateFile(const QString &path, Kind kind, QString *error);
};

} // namespace huanjiao
