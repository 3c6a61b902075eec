// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxSheet.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QXmlStreamReader>

#include <cstdio>

#include <minizip/unzip.h>
#include <xlsxwriter.h>

namespace huanjiao {

namespace {

constexpr qint64 kMaxPartBytes = 256 * 1024 * 1024; // a sheet of 1,000,000 cells stays far below

class Zip
{
public:
    explicit Zip(const QString &path)
        : m_file(unzOpen64(QFile::encodeName(path).constData()))
    {
    }
    ~Zip()
    {
        if (m_file)
            unzClose(m_file);
    }
    Zip(const Zip &) = delete;
    Zip &operator=(const Zip &) = delete;

    bool isOpen() const { return m_file != nullptr; }

    // The part's bytes; false when it is missing or unreadable.
    bool part(const QString &name, QByteArray *data)
    {
        data->clear();
        if (unzLocateFile(m_file, name.toUtf8().constData(), 1) != UNZ_OK)
            return false;
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(m_file, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
            || info.uncompressed_size > quint64(kMaxPartBytes))
            return false;
        if (unzOpenCurrentFile(m_file) != UNZ_OK)
            return false;
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(m_file, buffer, sizeof buffer)) > 0) {
            data->append(buffer, n);
            if (data->size() > kMaxPartBytes)
                break;
        }
        const int closed = unzCloseCurrentFile(m_file);
        return n == 0 && closed == UNZ_OK;
    }

private:
    unzFile m_file;
};

// The text of an <si> or <is>: its <t>, or the <t>s of its rich-text runs
// (phonetic <rPh> runs, the pinyin some programs add, left out).
QString stringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("rPh"))
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == QLatin1String("rPh"))
            --phonetic;
        else if (xml.isStartElement() && xml.name() == QLatin1String("t") && phonetic == 0)
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text;
}

QStringList sharedStrings(const QByteArray &data)
{
    QStringList strings;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(stringItem(xml));
    }
    return strings;
}

// The first worksheet's part name, from the workbook and its relationships.
QString firstSheetPart(Zip &zip)
{
    QByteArray workbook, relations;
    if (!zip.part(QStringLiteral("xl/workbook.xml"), &workbook))
        return {};
    QString relationId;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd() && relationId.isEmpty()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            for (const auto &attribute : xml.attributes()) {
                if (attribute.name() == QLatin1String("id"))
                    relationId = attribute.value().toString();
            }
        }
    }
    if (relationId.isEmpty() || !zip.part(QStringLiteral("xl/_rels/workbook.xml.rels"), &relations))
        return QStringLiteral("xl/worksheets/sheet1.xml");
    QXmlStreamReader rels(relations);
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == QLatin1String("Relationship")
            && rels.attributes().value(QLatin1String("Id")) == relationId) {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QDir::cleanPath(QStringLiteral("xl/") + target);
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

// "C12" -> column 2 (0-based), row 12 (1-based).
bool cellPosition(QStringView reference, int *column, int *row)
{
    int c = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i)
        c = c * 26 + (reference.at(i).toUpper().unicode() - u'A' + 1);
    bool ok = false;
    *row = reference.mid(i).toInt(&ok);
    *column = c - 1;
    return ok && c > 0 && c <= 16384;
}

} // namespace

bool XlsxSheet::read(const QString &path, SheetTable *table, QString *error)
{
    Zip zip(path);
    if (!zip.isOpen()) {
        *error = tr("not an Excel workbook (.xlsx); save the sheet as an Excel workbook or as CSV UTF-8");
        return false;
    }
    QByteArray data;
    QStringList strings;
    if (zip.part(QStringLiteral("xl/sharedStrings.xml"), &data))
        strings = sharedStrings(data);
    const QString sheetPart = firstSheetPart(zip);
    if (!zip.part(sheetPart, &data)) {
        *error = tr("the workbook has no readable worksheet");
        return false;
    }
    QHash<int, QStringList> rows; // 1-based row -> cells
    int lastRow = 0;
    QXmlStreamReader xml(data);
    int rowNumber = 0;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            rowNumber = r > 0 ? r : rowNumber + 1;
            nextColumn = 0;
            continue;
        }
        if (xml.name() != QLatin1String("c"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        int column = nextColumn;
        int row = rowNumber;
        const QStringView reference = attributes.value(QLatin1String("r"));
        if (!reference.isEmpty() && !cellPosition(reference, &column, &row)) {
            *error = tr("the worksheet has a cell at '%1', which is not a cell").arg(reference.toString());
            return false;
        }
        nextColumn = column + 1;
        const QString type = attributes.value(QLatin1String("t")).toString();
        QString value;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                value = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                value = stringItem(xml);
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                break;
            }
        }
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= strings.size()) {
                *error = tr("the worksheet names a shared string that is not there");
                return false;
            }
            value = strings.at(index);
        } else if (type == QLatin1String("b")) {
            value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        }
        QStringList &cells = rows[row];
        while (cells.size() <= column)
            cells.append(QString());
        cells[column] = value;
        lastRow = std::max(lastRow, row);
    }
    if (xml.hasError()) {
        *error = tr("the worksheet is damaged: %1").arg(xml.errorString());
        return false;
    }
    if (!rows.contains(1)) {
        *error = tr("the sheet has no header row (row 1)");
        return false;
    }
    table->header = rows.value(1);
    for (QString &name : table->header)
        name = name.trimmed();
    table->rows.clear();
    for (int r = 2; r <= lastRow; ++r)
        table->rows.append(rows.value(r));
    while (!table->rows.isEmpty()
           && std::all_of(table->rows.last().cbegin(), table->rows.last().cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
        table->rows.removeLast();
    return true;
}

bool XlsxSheet::write(const QString &path, const SheetTable &table, const QString &sheetName, QString *error)
{
    // Written beside the target, then renamed over it: never half a workbook.
    QTemporaryFile temporary(path + QStringLiteral(".XXXXXX.tmp"));
    if (!temporary.open()) {
        *error = tr("cannot write beside %1: %2").arg(path, temporary.errorString());
        return false;
    }
    temporary.close();
    const QByteArray name = QFile::encodeName(temporary.fileName());
    lxw_workbook *workbook = workbook_new(name.constData());
    if (!workbook) {
        *error = tr("cannot write %1").arg(path);
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@"); // text: ids and dates stay as typed
    format_set_text_wrap(text);
    for (int c = 0; c < table.header.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), 18, text);
        worksheet_write_string(sheet, 0, lxw_col_t(c), table.header.at(c).toUtf8().constData(), bold);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            if (!row.at(c).isEmpty())
                worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), row.at(c).toUtf8().constData(), text);
        }
    }
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        *error = tr("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    if (std::rename(name.constData(), QFile::encodeName(path).constData()) != 0) {
        *error = tr("cannot write %1").arg(path);
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

QString XlsxSheet::dateFromSerial(const QString &cell)
{
    static const QRegularExpression number(QRegularExpression::anchoredPattern(QStringLiteral("\\d{4,6}(\\.\\d+)?")));
    if (!number.match(cell).hasMatch())
        return {};
    // Day 1 is 1900-01-01, counting Excel's phantom 1900-02-29; from 1900-03-01
    // on that is days since 1899-12-30.
    const qint64 days = qint64(cell.toDouble());
    return QDate(1899, 12, 30).addDays(days).toString(Qt::ISODate);
}

} // namespace huanjiao
