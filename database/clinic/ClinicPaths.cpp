// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClinicPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace huanjiao {

namespace {
const QString kFileName = QStringLiteral("huanjiao.sqlite");
}

ClinicPaths ClinicPaths::under(const QString &root, const QString &base)
{
    ClinicPaths paths;
    paths.root = QDir::cleanPath(root);
    paths.layer = QDir(paths.root).filePath(QStringLiteral("clinic"));
    paths.published = QDir(paths.root).filePath(kFileName);
    paths.base = base;
    paths.fleetLayers = fleetLayersOf(base);
    return paths;
}

QStringList ClinicPaths::fleetLayersOf(const QString &base)
{
    QStringList list;
    if (base.isEmpty())
        return list;
    const QDir layers(QFileInfo(base).absoluteDir().filePath(QStringLiteral("layers")));
    for (const QString &name : layers.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        list.append(layers.filePath(name));
    return list;
}

ClinicPaths ClinicPaths::locate()
{
    const QString baseOverride = qEnvironmentVariable("HUANJIAO_BASE_DATABASE");
    const QString base = baseOverride.isEmpty() ? bundledBase() : baseOverride;
    const QString rootOverride = qEnvironmentVariable("HUANJIAO_CLINIC_ROOT");
    if (!rootOverride.isEmpty()) {
        ClinicPaths paths = under(rootOverride, base);
        paths.scope = Scope::Override;
        return paths;
    }
    if (QFileInfo(machineRoot()).isDir()) {
        ClinicPaths paths = under(machineRoot(), base);
        paths.scope = Scope::Machine;
        return paths;
    }
    ClinicPaths paths = under(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), base);
    paths.scope = Scope::User;
    return paths;
}

QStringList ClinicPaths::bundledCandidates()
{
    QStringList list;
    const QDir appDir(QCoreApplication::applicationDirPath());
    list.append(QDir::cleanPath(appDir.filePath(QStringLiteral("../share/huanjiao/") + kFileName)));
    list.append(QDir::cleanPath(appDir.filePath(QStringLiteral("../../share/huanjiao/") + kFileName)));
    for (const QString &dir : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        list.append(QDir(dir).filePath(QStringLiteral("huanjiao/") + kFileName));
    list.removeDuplicates();
    return list;
}

QString ClinicPaths::bundledBase()
{
    const QStringList list = bundledCandidates();
    for (const QString &path : list) {
        if (QFileInfo::exists(path))
            return path;
    }
    return list.value(0);
}

} // namespace huanjiao
