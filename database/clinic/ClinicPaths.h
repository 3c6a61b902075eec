// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace huanjiao {

// Where a clinic's own content lives, apart from anything a package owns
// (README, "The clinic's content"):
// - layer: a folder of text sources (docs/content-format.md) that staff edit,
//   through the content manager or by hand;
// - base: the pristine bundled database, /usr/share/huanjiao/huanjiao.sqlite
//   when installed; only ever read;
// - published: base + layer, built by ClinicPublisher; the program opens it
//   while it is current (built from the base as it is now).
// The root is, in order: $HUANJIAO_CLINIC_ROOT (tests, or a clinic that
// keeps it elsewhere); /var/lib/huanjiao when it exists (the machine's, made
// by the huanjiao package and writable by the group huanjiao-staff); else
// the user's QStandardPaths::AppDataLocation (a single-user desktop). The
// base is $HUANJIAO_BASE_DATABASE, else the bundled file beside the program
// or in the standard data folders.
//
// The content manager shows these paths to staff and hands them to
// ClinicLayer, ClinicValidation and ClinicPublisher.
struct ClinicPaths
{
    enum class Scope { Override, Machine, User };

    QString root;
    QString layer;
    QString base;
    QString published;
    // A chain's layers from Debian packages of their own (FleetPackage):
    // folders under layers/ beside the base, applied in name order between
    // the base and the clinic's own layer.
    QStringList fleetLayers;
    Scope scope = Scope::User;

    // The paths of this machine and user, as described above.
    static ClinicPaths locate();
    // The layout under one root folder, with a given base (tests, the fleet package).
    static ClinicPaths under(const QString &root, const QString &base);

    // Where the bundled database may be: beside the program (build tree and
    // installed layout), then the standard data folders.
    static QStringList bundledCandidates();
    // The first candidate that exists, or the first one (for the error message).
    static QString bundledBase();

    static QString machineRoot() { return QStringLiteral("/var/lib/huanjiao"); }
    // The fleet layers beside a base: BASEDIR/layers/*/.
    static QStringList fleetLayersOf(const QString &base);
    // A file beside `published` that says which base it was built from.
    QString stamp() const { return published + QStringLiteral(".base"); }
};

} // namespace huanjiao
