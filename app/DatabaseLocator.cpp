// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseLocator.h"

#include "ClinicPaths.h"
#include "ClinicPublisher.h"
#include "InterfaceSettings.h"

#include <QSettings>

namespace huanjiao {

QString DatabaseLocator::choose(const QString &commandLineDatabase, const QSettings &settings)
{
    if (!commandLineDatabase.isEmpty())
        return commandLineDatabase;
    const QString chosen = InterfaceSettings::load(settings).databasePath;
    return chosen.isEmpty() ? defaultPath() : chosen;
}

std::optional<ClinicPaths> DatabaseLocator::awaitedClinic(const QString &commandLineDatabase,
                                                          const QSettings &settings, const QString &chosen)
{
    if (!commandLineDatabase.isEmpty() || !InterfaceSettings::load(settings).databasePath.isEmpty())
        return std::nullopt;
    const ClinicPaths clinic = ClinicPaths::locate();
    if (chosen != clinic.base)
        return std::nullopt;
    return clinic;
}

QStringList DatabaseLocator::candidates()
{
    return ClinicPaths::bundledCandidates();
}

QString DatabaseLocator::defaultPath()
{
    // The clinic's published database while it was built from the bundled
    // content as installed now; after an upgrade of that content, the bundled
    // file itself until the clinic's layer is published again (the package's
    // trigger does it at once).
    const ClinicPaths clinic = ClinicPaths::locate();
    if (ClinicPublisher::isCurrent(clinic))
        return clinic.published;
    return clinic.base;
}

} // namespace huanjiao
