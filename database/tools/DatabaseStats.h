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
        bool ok() const { return error.isEmpty(); }
        QString toText() const;
    };

    static Result run(const QString &path);
};

} // namespace huanjiao
