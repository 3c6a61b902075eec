// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace huanjiao {

// A clinic chain's layer as a Debian package of its own, for the chain's apt
// repository: `huanjiao-content package -o FILE.deb`. The package installs
// the layer's text sources as /usr/share/huanjiao/layers/ID/ and depends on
// huanjiao; installing or upgrading it fires the huanjiao package's trigger,
// which publishes base + fleet layers + each kiosk's own layer, so every
// kiosk of the chain updates with apt.
class FleetPackage
{
    Q_DECLARE_TR_FUNCTIONS(FleetPackage)

public:
    struct Options
    {
        QString layer;      // the layer folder (checked over the base first)
        QString base;       // the bundled content it is checked over
        QString output;     // FILE.deb
        QString maintainer; // "Name <mail>"; a default names the layer
    };

    // The package name for a layer id: huanjiao-layer-ID.
    static QString packageName(const QString &layerId);
    // A layer's version as a Debian version: digits first, no hyphen.
    static QString debianVersion(const QString &version);

    static bool build(const Options &options, QString *error, QString *package = nullptr);
};

} // namespace huanjiao
