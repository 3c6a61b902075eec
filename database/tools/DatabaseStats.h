// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentDatabase.h"
#include "Kind.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace huanjiao {

// `huanjiao-content stats FILE`: what a content database holds - records by
// kind, relations and sections - and which content it is: versions of its
// layers, build date, schema.
class DatabaseStats
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseStats)

public:
    struct Result
    {
        QString error;
        QString path;
        qint64 bytes = 0;
        ContentInfo info;
        QList<QPair<Kind, qint64>> kinds; // every kind, in allKinds order
        qint64 relations = 0;
        qint64 sections = 0;
        // Coverage: per department with conditions, its conditions, and the
        // drugs, tests and Q&A linked to them (a drug used in two departments
        // counts in both); `total` counts each record once.
        struct Coverage
        {
            QString department; // "parent › name" below the top level
            qint64 conditions = 0;
            qint64 drugs = 0;
            qint64 tests = 0;
            qint64 qa = 0;
        };
        QList<Coverage> coverage;
        Coverage total;
        bool ok() const { return error.isEmpty(); }
        // The file's size over its conditions (0 with none): what the index
        // costs as the content grows.
        qint64 bytesPerCondition() const;
        QString sizeLine() const; // N bytes per condition (M conditions, K KiB)
        QString toText() const;
        // The coverage as a Markdown table (README.md carries it).
        QString coverageTable() const;
    };

    static Result run(const QString &path);
};

} // namespace huanjiao
