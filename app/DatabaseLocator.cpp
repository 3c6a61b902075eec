// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseLocator.h"

#include "InterfaceSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace huanjiao {

namespace {
const QString kFileName = QStringLiteral("huanjiao.sqlite");
}

QString DatabaseLocator::choose(const QString &commandLineDatabase, const QSettings &settings)
{
    if (!commandLineDatabase.isEmpty())
        return commandLineDatabase;
    const QString chosen = InterfaceSettings::load(settings).databasePath;
    return chosen.isEmpty() ? defaultPath() : chosen;
}

QStringList DatabaseLocator::candidates()
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

QString DatabaseLocator::defaultPath()
{
    const QStringList list = candidates();
    for (const QString &path : list) {
        if (QFileInfo::exists(path))
            return path;
    }
    return list.value(0);
}

} // namespace huanjiao
