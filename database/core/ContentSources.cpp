// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentSources.h"

#include "ContentLimits.h"
#include "ContentValidator.h"
#include "SourceParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <algorithm>

namespace huanjiao {

namespace {

// Messages are shown relative to the folder's parent: "content/doctors/doctors.md".
QDir shownBase(const QString &directory)
{
    return QDir(QFileInfo(QDir(directory).absolutePath()).absolutePath());
}

} // namespace

QStringList ContentSources::files(const QString &directory)
{
    QStringList list;
    QDirIterator it(directory, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        list.append(it.next());
    std::sort(list.begin(), list.end());
    return list;
}

QString ContentSources::metaFile(const QString &directory)
{
    return shownBase(directory).relativeFilePath(QDir(directory).filePath(QStringLiteral("content.md")));
}

QList<SourceRecord> ContentSources::parse(const QString &directory, Diagnostics *diagnostics,
                                          const Progress &progress)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        diagnostics->append({directory, 0, tr("content folder not found")});
        return {};
    }
    const QDir base = shownBase(directory);
    const QStringList paths = files(directory);
    const QString stage = tr("Reading %1").arg(directory);
    QList<SourceRecord> records;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        report(progress, stage, i, paths.size());
        const QString &path = paths.at(i);
        const QString shown = base.relativeFilePath(path);
        QFile file(path);
        if (file.size() > ContentLimits::kMaxSourceFileBytes) {
            diagnostics->append({shown, 0,
                                 tr("file is %1 MiB, more than the %2 MiB a source file may have; "
                                                "split it into several files")
                                     .arg(file.size() / (1024 * 1024))
                                     .arg(ContentLimits::kMaxSourceFileBytes / (1024 * 1024))});
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            diagnostics->append({shown, 0, tr("cannot read: %1").arg(file.errorString())});
            continue;
        }
        records += SourceParser::parse(shown, file.readAll(), diagnostics);
    }
    report(progress, stage, paths.size(), paths.size());
    return records;
}

ContentSet ContentSources::load(const QString &directory, Diagnostics *diagnostics)
{
    const QList<SourceRecord> records = parse(directory, diagnostics);
    if (!QDir(directory).exists())
        return {};
    Diagnostics validation;
    ContentSet set = ContentValidator::validate(records, &validation, metaFile(directory));
    *diagnostics += validation;
    return set;
}

} // namespace huanjiao
