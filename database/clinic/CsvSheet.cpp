// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvSheet.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace huanjiao {

namespace {

QList<QStringList> splitRecords(const QString &text, QChar separator)
{
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    bool any = false; // the record has begun
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
            any = true;
        } else if (c == separator) {
            record.append(cell);
            cell.clear();
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !cell.isEmpty()) {
                record.append(cell);
                records.append(record);
            } else {
                records.append(QStringList()); // a blank line: kept, so row numbers stay true
            }
            record.clear();
            cell.clear();
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.isEmpty()) {
        record.append(cell);
        records.append(record);
    }
    return records;
}

} // namespace

bool CsvSheet::parse(const QByteArray &bytes, SheetTable *table, QString *error, Encoding *encoding)
{
    QString text;
    Encoding found = Encoding::Utf8;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        found = Encoding::Utf8Bom;
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8.decode(bytes.mid(3));
        if (utf8.hasError()) {
            *error = tr("the file says it is UTF-8 but is not; save it again as CSV UTF-8");
            return false;
        }
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8.decode(bytes);
        if (utf8.hasError()) {
            // Not UTF-8: a Chinese Windows' "CSV" is GBK, which GB18030 extends.
            QStringDecoder gb18030("GB18030");
            if (!gb18030.isValid()) {
                *error = tr("the file is neither UTF-8 nor readable as GB18030 here; save it as CSV UTF-8");
                return false;
            }
            text = gb18030.decode(bytes);
            if (gb18030.hasError()) {
                *error = tr("the file is neither UTF-8 nor GB18030 text; save it as CSV UTF-8");
                return false;
            }
            found = Encoding::Gb18030;
        }
    }
    if (encoding)
        *encoding = found;
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = text.left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar separator = firstLine.contains(QLatin1Char('\t')) && !firstLine.contains(QLatin1Char(','))
        ? QLatin1Char('\t')
        : QLatin1Char(',');
    QList<QStringList> records = splitRecords(text, separator);
    if (records.isEmpty() || records.first().isEmpty()) {
        *error = tr("the file has no header row");
        return false;
    }
    table->header = records.takeFirst();
    for (QString &name : table->header)
        name = name.trimmed();
    // Trailing blank rows (a spreadsheet's "used range") carry nothing.
    while (!records.isEmpty() && records.last().isEmpty())
        records.removeLast();
    table->rows = records;
    return true;
}

QByteArray CsvSheet::write(const SheetTable &table, Encoding encoding)
{
    const auto line = [](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells) {
            if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
                || cell.contains(QLatin1Char('\r')))
                quoted.append(QLatin1Char('"') + QString(cell).replace(QLatin1String("\""), QLatin1String("\"\""))
                              + QLatin1Char('"'));
            else
                quoted.append(cell);
        }
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString text = line(table.header);
    for (const QStringList &row : table.rows)
        text += line(row);
    if (encoding == Encoding::Gb18030) {
        QStringEncoder gb18030("GB18030");
        return gb18030.encode(text);
    }
    QByteArray bytes = text.toUtf8();
    if (encoding == Encoding::Utf8Bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace huanjiao
