// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClinicDocument.h"

#include "ClinicValidation.h"

#include <QSet>

namespace huanjiao {

ClinicDocument::ClinicDocument(ClinicLayer layer, const ClinicValidation &validation, QObject *parent)
    : QObject(parent)
    , m_layer(std::move(layer))
    , m_validation(validation)
{
    m_layer.setBaseKeys(validation.baseKeys());
}

QList<ClinicDocument::Entry> ClinicDocument::entries(Kind kind) const
{
    QList<Entry> list;
    QSet<QString> seen;
    for (const auto &r : m_layer.records(kind)) {
        if (!seen.contains(r.id)) {
            seen.insert(r.id);
            list.append({r.id, r.value(QStringLiteral("name")), true});
        }
    }
    const QStringList removed = m_layer.removed();
    for (const auto &r : m_validation.baseRecords(kind)) {
        if (!seen.contains(r.id) && !removed.contains(kindName(kind) + QLatin1Char('/') + r.id)) {
            seen.insert(r.id);
            list.append({r.id, r.value(QStringLiteral("name")), false});
        }
    }
    return list;
}

bool ClinicDocument::put(const SourceRecord &record, QString *error)
{
    Kind kind;
    if (!kindFromName(record.kind, &kind))
        return false;
    m_layer.put(kind, record);
    const bool ok = saved(error);
    emit changed();
    return ok;
}

bool ClinicDocument::remove(Kind kind, const QString &id, QString *error)
{
    if (!m_layer.remove(kind, id))
        return true;
    const bool ok = saved(error);
    emit changed();
    return ok;
}

bool ClinicDocument::undo(QString *error)
{
    if (!m_layer.undo())
        return true;
    const bool ok = saved(error);
    emit changed();
    return ok;
}

ClinicSheet::Import ClinicDocument::importSheet(const QString &path, Kind kind)
{
    ClinicSheet::Import result = ClinicSheet::importFile(path, kind, &m_layer, m_validation, true);
    if (result.ok())
        emit changed();
    return result;
}

bool ClinicDocument::saved(QString *error)
{
    QString message;
    if (m_layer.save(&message))
        return true;
    if (error)
        *error = message;
    return false;
}

} // namespace huanjiao
