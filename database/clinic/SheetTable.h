// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace huanjiao {

// A spreadsheet as read from or written to a file: the first row (the column
// headers) and the rows below it, each a list of cells as text.
struct SheetTable
{
    QStringList header;
    QList<QStringList> rows;
};

// The column letters a spreadsheet program shows: 0 -> A, 25 -> Z, 26 -> AA.
inline QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

} // namespace huanjiao
