// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerStore.h"

#include "ContentSources.h"
#include "ContentValidator.h"
#include "Kind.h"
#include "SourceWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace huanjiao {

LayerStore::LayerStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString LayerStore::file() const
{
    return QDir(m_folder).filePath(QStringLiteral("clinic.md"));
}

QList<SourceRecord> LayerStore::load(QString *error) const
{
    if (!QFileInfo::exists(m_folder))
        return {};
    Diagnostics diagnostics;
    QList<SourceRecord> records = ContentSources::parse(m_folder, &diagnostics);
    if (!diagnostics.isEmpty()) {
        QStringList lines;
        for (const auto &d : std::as_const(diagnostics))
            lines.append(d.toString());
        *error = tr("The clinic's content in %1 could not be read:\n%2").arg(m_folder, lines.join(QLatin1Char('\n')));
    }
    return records;
}

QString LayerStore::text(const SourceRecord &meta, const QList<SourceRecord> &records)
{
    Diagnostics ignored;
    QString text = SourceWriter::meta(ContentValidator::readMeta(meta, &ignored));
    for (const auto &r : records) {
        Kind kind;
        if (!kindFromName(r.kind, &kind))
            continue;
        text += QLatin1Char('\n') + SourceWriter::record(kind, r);
    }
    return text;
}

bool LayerStore::save(const SourceRecord &meta, const QList<SourceRecord> &records, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        *error = tr("Could not make the folder %1.").arg(m_folder);
        return false;
    }
    QSaveFile out(file());
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(out.fileName(), out.errorString());
        return false;
    }
    out.write(text(meta, records).toUtf8());
    if (!out.commit()) {
        *error = tr("Could not write %1: %2").arg(out.fileName(), out.errorString());
        return false;
    }
    return true;
}

} // namespace huanjiao
