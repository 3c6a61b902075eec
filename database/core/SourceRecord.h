// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace huanjiao {

// A record as written in a content source file, before validation. Every part
// remembers its line so that errors can point at it.
struct SourceField
{
    QString key;
    QString value;
    int line = 0;
};

struct SourceItem
{
    QString type; // the [type] of a treatment, empty elsewhere
    QString title;
    QString body;
    int line = 0;
};

struct SourceSection
{
    QString key;
    QString body; // prose before the first ### item
    QList<SourceItem> items;
    int line = 0;
};

struct SourceRecord
{
    QString file;
    int line = 0;
    QString kind;
    QString id;
    QList<SourceField> fields;
    QList<SourceSection> sections;
    // Which layer of a build the record came from (0: the base; set by
    // ContentLayers): a clinic's doctors are listed before the base's.
    int layer = 0;

    const SourceField *field(const QString &key) const
    {
        for (const auto &f : fields) {
            if (f.key == key)
                return &f;
        }
        return nullptr;
    }
    QString value(const QString &key) const
    {
        // Empty rather than null: a null QString binds as SQL NULL.
        const auto *f = field(key);
        return f ? f->value : QStringLiteral("");
    }
};

} // namespace huanjiao
