// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

namespace huanjiao {

class HandoutRenderer;

// Writes a handout as a PDF file. An existing file is replaced only by a
// complete new one, so a full disk or a failure half-way loses nothing.
class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(PdfExport)

public:
    struct Result
    {
        bool ok = false;
        int pages = 0;
        QString message; // for people: what went wrong and what to do
    };

    static Result write(HandoutRenderer &renderer, QPageSize::PageSizeId paper, const QString &path,
                        const QString &title);
};

} // namespace huanjiao
