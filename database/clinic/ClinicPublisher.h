// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClinicPaths.h"
#include "ContentBuild.h"

#include <QCoreApplication>

namespace huanjiao {

class ClinicLayer;

// Publishing: the pristine bundled base, any fleet layers a chain installed
// as packages (ClinicPaths::fleetLayers), then the clinic's layer, built into
// the published database (ClinicPaths::published) with ContentBuild, which
// writes beside it, checks the new file and renames it into place, so a
// kiosk reading it sees the old database or the new one and picks the new
// one up at its next idle reset (ContentDatabaseReloader). It always starts
// from the base as installed, never from a database already built over, so
// overlays never stack and a record removed from the layer is gone. The
// clinic's own topics are held to the writing standard (ContentLint); the
// base is not checked again. A stamp beside the published file records which
// base it was built from: isCurrent() is false once a package upgrade has
// replaced the base, and the program then opens the base until the next
// publish (the huanjiao package's dpkg trigger publishes again at once).
//
// The content manager calls publish(paths, layer) when staff press 发布, and
// build() into a temporary file for its preview; `huanjiao-content publish`
// calls publish(paths).
class ClinicPublisher
{
    Q_DECLARE_TR_FUNCTIONS(ClinicPublisher)

public:
    using Result = ContentBuild::Result;

    static Result publish(const ClinicPaths &paths, const ClinicLayer &layer, const Progress &progress = {});
    // Reads the layer from paths.layer first.
    static Result publish(const ClinicPaths &paths, const Progress &progress = {});
    // base + layer into any output (a preview); writes no stamp.
    static Result build(const QString &base, const ClinicLayer &layer, const QString &output,
                        const Progress &progress = {});

    // Whether paths.published exists and was built from paths.base as it is now.
    static bool isCurrent(const ClinicPaths &paths);
    // What identifies the base and the fleet layers: paths, sizes and modification times.
    static QString baseStamp(const ClinicPaths &paths);
};

} // namespace huanjiao
