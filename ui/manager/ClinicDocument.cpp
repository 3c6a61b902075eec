// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClinicDocument.h"

#include <QSet>

namespace huanjiao {

namespace {
constexpr int kUndoDepth = 50;

bool isKind(const SourceRecord &record, Kind kind)
{
    return record.kind == kindName(kind);
}
} // namespace

ClinicDocument::ClinicDocument(ContentLayer base, QList<SourceRecord> layer, QObject *parent)
    : QObject(parent)
    , m_base(std::move(base))
{
    for (auto &r : layer) {
        if (r.kind == QLatin1String("content"))
            m_meta = r;
        else
            m_layer.append(std::move(r));
    }
    if (m_meta.kind.isEmpty()) {
        // The clinic's layer names itself: its name is shown on the home page
        // under the base content's.
        m_meta = metaRecord({QStringLiteral("clinic"), tr("This clinic's content"), QStringLiteral("1")},
                            QStringLiteral("content.md"));
    }
}

QList<SourceRecord> ClinicDocument::records(Kind kind) const
{
    QList<SourceRecord> list;
    for (const auto &r : m_layer) {
        if (isKind(r, kind))
            list.append(r);
    }
    return list;
}

const SourceRecord *ClinicDocument::record(Kind kind, const QString &id) const
{
    for (const auto &r : m_layer) {
        if (isKind(r, kind) && r.id == id)
            return &r;
    }
    return nullptr;
}

bool ClinicDocument::hasId(Kind kind, const QString &id) const
{
    if (record(kind, id))
        return true;
    for (const auto &r : m_base.records) {
        if (isKind(r, kind) && r.id == id)
            return true;
    }
    return false;
}

QList<ClinicDocument::Entry> ClinicDocument::entries(Kind kind) const
{
    QList<Entry> list;
    QSet<QString> seen;
    for (const auto &r : m_layer) {
        if (isKind(r, kind) && !seen.contains(r.id)) {
            seen.insert(r.id);
            list.append({r.id, r.value(QStringLiteral("name")), true});
        }
    }
    for (const auto &r : m_base.records) {
        if (isKind(r, kind) && !seen.contains(r.id)) {
            seen.insert(r.id);
            list.append({r.id, r.value(QStringLiteral("name")), false});
        }
    }
    return list;
}

void ClinicDocument::put(const SourceRecord &record)
{
    remember(tr("save %1").arg(record.value(QStringLiteral("name"))));
    for (auto &r : m_layer) {
        if (r.kind == record.kind && r.id == record.id) {
            r = record;
            emit changed();
            return;
        }
    }
    m_layer.append(record);
    emit changed();
}

bool ClinicDocument::remove(Kind kind, const QString &id)
{
    for (qsizetype i = 0; i < m_layer.size(); ++i) {
        const SourceRecord &r = m_layer.at(i);
        if (isKind(r, kind) && r.id == id) {
            remember(tr("remove %1").arg(r.value(QStringLiteral("name"))));
            m_layer.removeAt(i);
            emit changed();
            return true;
        }
    }
    return false;
}

void ClinicDocument::undo()
{
    if (m_undo.isEmpty())
        return;
    m_layer = m_undo.takeLast().layer;
    emit changed();
}

void ClinicDocument::remember(const QString &text)
{
    m_undo.append({m_layer, text});
    if (m_undo.size() > kUndoDepth)
        m_undo.removeFirst();
}

} // namespace huanjiao
