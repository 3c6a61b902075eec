// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetPackage.h"

#include "ClinicLayer.h"
#include "ClinicValidation.h"
#include "ContentSources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace huanjiao {

QString FleetPackage::packageName(const QString &layerId)
{
    return QStringLiteral("huanjiao-layer-") + layerId;
}

QString FleetPackage::debianVersion(const QString &version)
{
    QString v = version;
    v.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.+~]")), QStringLiteral("."));
    if (v.isEmpty() || !v.at(0).isDigit())
        v.prepend(QStringLiteral("0."));
    return v;
}

bool FleetPackage::build(const Options &options, QString *error, QString *package)
{
    ClinicLayer layer(options.layer);
    Diagnostics diagnostics;
    if (!layer.load(&diagnostics)) {
        *error = diagnostics.value(0).toString();
        return false;
    }
    if (ContentSources::files(options.layer).isEmpty()) {
        *error = tr("%1 holds no clinic content to package").arg(options.layer);
        return false;
    }
    // Checked as every kiosk will publish it: over the bundled content.
    const ClinicValidation validation(options.base);
    if (!validation.ok()) {
        *error = validation.error();
        return false;
    }
    const QList<ClinicProblem> problems = validation.check(layer);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ClinicProblem &p : problems)
            lines.append(QStringLiteral("%1/%2 %3: %4").arg(p.kind, p.id, p.field, p.message));
        *error = tr("the layer has problems; correct them first:\n%1").arg(lines.join(QLatin1Char('\n')));
        return false;
    }
    const ContentMeta meta = layer.meta();
    const QString name = packageName(meta.id);
    QTemporaryDir tree;
    if (!tree.isValid()) {
        *error = tr("cannot make a temporary folder");
        return false;
    }
    const QDir root(tree.path());
    const QString target = QStringLiteral("usr/share/huanjiao/layers/") + meta.id;
    for (const QString &file : ContentSources::files(options.layer)) {
        const QString relative = QDir(options.layer).relativeFilePath(file);
        const QString to = root.filePath(target + QLatin1Char('/') + relative);
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(file, to)) {
            *error = tr("cannot copy %1").arg(file);
            return false;
        }
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    QDir().mkpath(root.filePath(QStringLiteral("DEBIAN")));
    QFile control(root.filePath(QStringLiteral("DEBIAN/control")));
    if (!control.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write the package's control file");
        return false;
    }
    const QString maintainer = options.maintainer.isEmpty()
        ? QStringLiteral("%1 <root@localhost>").arg(meta.name)
        : options.maintainer;
    control.write(QStringLiteral("Package: %1\n"
                                 "Version: %2\n"
                                 "Architecture: all\n"
                                 "Maintainer: %3\n"
                                 "Depends: huanjiao\n"
                                 "Section: misc\n"
                                 "Priority: optional\n"
                                 "Description: %4 (Huanjiao content layer)\n"
                                 " The content layer %5, version %6, for the Huanjiao patient-education\n"
                                 " browser. It is published over the bundled content on every machine\n"
                                 " that installs it.\n")
                      .arg(name, debianVersion(meta.version), maintainer, meta.name, meta.id, meta.version)
                      .toUtf8());
    control.close();
    for (const QString &dir : {QStringLiteral("usr"), QStringLiteral("usr/share"), QStringLiteral("usr/share/huanjiao"),
                               QStringLiteral("usr/share/huanjiao/layers"), target, QStringLiteral("DEBIAN")})
        QFile::setPermissions(root.filePath(dir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QProcess dpkg;
    dpkg.start(QStringLiteral("dpkg-deb"), {QStringLiteral("--root-owner-group"), QStringLiteral("--build"),
                                            tree.path(), options.output});
    if (!dpkg.waitForFinished(120000) || dpkg.exitStatus() != QProcess::NormalExit || dpkg.exitCode() != 0) {
        *error = tr("dpkg-deb failed: %1%2")
                     .arg(dpkg.errorString(), QString::fromLocal8Bit(dpkg.readAllStandardError()));
        return false;
    }
    if (package)
        *package = name;
    return true;
}

} // namespace huanjiao
