#pragma once

#include "Kind.h"
#include "SourceRecord.h"

#include <QList>
#include <QString>

namespace huanjiao {

// The content version record (@content) of a set of sources.
struct ContentMeta
{
    QString id;
    QString name;
    QString version;
    bool sample = false;
};

struct ContentRecord
{
    Kind kind;
    SourceRecord source;
};

// Records that passed validation, ready to be written to a database.
struct ContentSet
{
    ContentMeta meta;
    QList<ContentRecord> records;
};

} // namespace huanjiao
