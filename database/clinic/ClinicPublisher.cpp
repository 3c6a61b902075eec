// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClinicPublisher.h"

#include "ClinicLayer.h"
#include "ContentInput.h"
#include "ContentLint.h"
#include "ContentSources.h"
#include "ContentValidator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace huanjiao {

namespace {

// `removes:` naming a base record that a newer base no longer has would stop
// every publish after an upgrade; the record is gone either way, so the
// entry is left out (and said so) rather than reported as an error.
ContentLayer withoutStaleRemoves(const ContentLayer &layer, const QSet<QString> &baseKeys, QStringList *notes)
{
    ContentLayer result = layer;
    for (SourceRecord &record : result.records) {
        if (record.kind != QLatin1String("content"))
            continue;
        for (SourceField &field : record.fields) {
            if (field.key != QLatin1String("removes"))
                continue;
            QStringList kept;
            for (const QString &key : ContentValidator::splitList(field.value)) {
                if (baseKeys.contains(key))
                    kept.append(key);
                else
                    notes->append(ClinicPublisher::tr("%1 is no longer in the bundled content; nothing to remove")
                                      .arg(key));
            }
            field.value = kept.join(QStringLiteral(", "));
        }
        record.fields.erase(std::remove_if(record.fields.begin(), record.fields.end(),
                                           [](const SourceField &f) {
                                               return f.key == QLatin1String("removes") && f.value.isEmpty();
                                           }),
                            record.fields.end());
    }
    return result;
}

ClinicPublisher::Result buildLayers(const QString &base, const QStringList &fleet, const ContentLayer &clinic,
                                    const QString &output, const Progress &progress)
{
    ClinicPublisher::Result result;
    ContentLayer baseLayer = ContentInput::read(base, &result.diagnostics, progress);
    if (!baseLayer.readable || !result.diagnostics.isEmpty())
        return result;
    QList<ContentLayer> fleetLayers;
    for (const QString &folder : fleet) {
        fleetLayers.append(ContentInput::read(folder, &result.diagnostics, progress));
        if (!result.diagnostics.isEmpty())
            return result;
    }
    if (!baseLayer.mergedLayers.isEmpty()) {
        result.error = ClinicPublisher::tr("%1 already has clinic content built into it; publish over the bundled "
                                           "content as installed (/usr/share/huanjiao/huanjiao.sqlite)")
                           .arg(base);
        return result;
    }
    if (QFileInfo(base).canonicalFilePath() == QFileInfo(output).canonicalFilePath() && QFileInfo::exists(output)) {
        result.error = ClinicPublisher::tr("the published database cannot be its own base");
        return result;
    }
    QSet<QString> keys;
    for (const SourceRecord &record : std::as_const(baseLayer.records))
        keys.insert(record.kind + QLatin1Char('/') + record.id);
    for (const ContentLayer &fleetLayer : std::as_const(fleetLayers)) {
        for (const SourceRecord &record : fleetLayer.records)
            keys.insert(record.kind + QLatin1Char('/') + record.id);
    }
    QStringList notes;
    const ContentLayer layer = withoutStaleRemoves(clinic, keys, &notes);
    QList<ContentLayer> layers = QList<ContentLayer>{baseLayer} + fleetLayers;
    // An empty layer (nothing added, nothing removed) is left out rather
    // than named on the home page.
    const bool emptyLayer = std::none_of(layer.records.cbegin(), layer.records.cend(), [](const SourceRecord &r) {
        return r.kind != QLatin1String("content") || r.field(QStringLiteral("removes"));
    });
    if (!emptyLayer)
        layers.append(layer);

    // The clinic's own topics meet the writing standard before patients read them.
    Diagnostics diagnostics;
    const ContentSet merged = ContentLayers::merge(layers, &diagnostics);
    if (diagnostics.isEmpty()) {
        QSet<QString> ownKeys;
        for (const ContentLayer &own : layers.mid(1)) {
            for (const SourceRecord &record : own.records)
                ownKeys.insert(record.kind + QLatin1Char('/') + record.id);
        }
        ContentSet own;
        own.meta = merged.meta;
        for (const ContentRecord &record : merged.records) {
            if (ownKeys.contains(record.source.kind + QLatin1Char('/') + record.source.id))
                own.records.append(record);
        }
        diagnostics = ContentLint::check(own);
    }
    if (!diagnostics.isEmpty()) {
        result.diagnostics = diagnostics;
        return result;
    }
    result = ContentBuild::run(layers, output, progress);
    result.notes = notes + result.notes;
    return result;
}

} // namespace

ClinicPublisher::Result ClinicPublisher::build(const QString &base, const ClinicLayer &layer, const QString &output,
                                               const Progress &progress)
{
    return buildLayers(base, ClinicPaths::fleetLayersOf(base), layer.layer(), output, progress);
}

ClinicPublisher::Result ClinicPublisher::publish(const ClinicPaths &paths, const ClinicLayer &layer,
                                                 const Progress &progress)
{
    QDir().mkpath(QFileInfo(paths.published).absolutePath());
    Result result = buildLayers(paths.base, paths.fleetLayers, layer.layer(), paths.published, progress);
    if (!result.ok())
        return result;
    QSaveFile stamp(paths.stamp());
    if (!stamp.open(QIODevice::WriteOnly) || stamp.write(baseStamp(paths).toUtf8()) < 0 || !stamp.commit())
        result.error = tr("published, but cannot write %1: %2").arg(paths.stamp(), stamp.errorString());
    else
        QFile::setPermissions(paths.stamp(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return result;
}

ClinicPublisher::Result ClinicPublisher::publish(const ClinicPaths &paths, const Progress &progress)
{
    ClinicLayer layer(paths.layer);
    Diagnostics diagnostics;
    if (!layer.load(&diagnostics)) {
        Result result;
        result.diagnostics = diagnostics;
        return result;
    }
    return publish(paths, layer, progress);
}

QString ClinicPublisher::baseStamp(const ClinicPaths &paths)
{
    // The base and every fleet layer's files: a package upgrade of any of
    // them changes a size or a time.
    QString stamp;
    const auto add = [&stamp](const QFileInfo &info) {
        stamp += QStringLiteral("%1\n%2\n%3\n")
                     .arg(info.absoluteFilePath())
                     .arg(info.size())
                     .arg(info.lastModified().toMSecsSinceEpoch());
    };
    add(QFileInfo(paths.base));
    for (const QString &folder : paths.fleetLayers) {
        for (const QString &file : ContentSources::files(folder))
            add(QFileInfo(file));
    }
    return stamp;
}

bool ClinicPublisher::isCurrent(const ClinicPaths &paths)
{
    if (!QFileInfo(paths.published).isFile() || !QFileInfo(paths.base).isFile())
        return false;
    QFile stamp(paths.stamp());
    if (!stamp.open(QIODevice::ReadOnly))
        return false;
    return QString::fromUtf8(stamp.readAll()) == baseStamp(paths);
}

} // namespace huanjiao
