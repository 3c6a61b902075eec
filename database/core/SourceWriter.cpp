// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceWriter.h"

#include "ContentSchema.h"

namespace huanjiao {

namespace {

void writeFields(QString *out, const SourceRecord &record, const QStringList &order)
{
    for (const QString &key : order) {
        const QString value = record.value(key);
        if (!value.isEmpty())
            *out += key + QStringLiteral(": ") + value + QLatin1Char('\n');
    }
    // Keys the schema does not know are kept (after the known ones) so that
    // nothing is lost silently; the validator reports them.
    for (const auto &f : record.fields) {
        if (!order.contains(f.key) && !f.value.isEmpty())
            *out += f.key + QStringLiteral(": ") + f.value + QLatin1Char('\n');
    }
}

void writeSection(QString *out, const SourceSection &section)
{
    *out += QStringLiteral("\n## ") + section.key + QLatin1Char('\n');
    if (!section.body.isEmpty())
        *out += section.body + QLatin1Char('\n');
    for (const auto &item : section.items) {
        // Items are set apart by a blank line, but follow a bare heading directly.
        if (&item != &section.items.first() || !section.body.isEmpty())
            *out += QLatin1Char('\n');
        *out += QStringLiteral("### ");
        if (!item.type.isEmpty())
            *out += QLatin1Char('[') + item.type + QStringLiteral("] ");
        *out += item.title + QLatin1Char('\n');
        if (!item.body.isEmpty())
            *out += item.body + QLatin1Char('\n');
    }
}

} // namespace

QString SourceWriter::record(Kind kind, const SourceRecord &record)
{
    QString out = QLatin1Char('@') + kindName(kind) + QLatin1Char(' ') + record.id + QLatin1Char('\n');
    QStringList order;
    for (const auto &spec : ContentSchema::fields(kind))
        order.append(spec.key);
    writeFields(&out, record, order);
    QStringList written;
    for (const auto &spec : ContentSchema::sections(kind)) {
        for (const auto &section : record.sections) {
            if (section.key == spec.key) {
                writeSection(&out, section);
                written.append(section.key);
            }
        }
    }
    for (const auto &section : record.sections) {
        if (!written.contains(section.key))
            writeSection(&out, section);
    }
    return out;
}

QString SourceWriter::meta(const ContentMeta &meta, const QStringList &comments)
{
    QString out;
    for (const QString &comment : comments)
        out += QStringLiteral("#! ") + comment + QLatin1Char('\n');
    const SourceRecord record = metaRecord(meta);
    out += QStringLiteral("@content ") + record.id + QLatin1Char('\n');
    writeFields(&out, record, {});
    return out;
}

} // namespace huanjiao
