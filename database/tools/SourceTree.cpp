// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceTree.h"

#include "AtomicInstall.h"
#include "ContentSources.h"
#include "ContentValidator.h"
#include "SourceWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace huanjiao {

namespace {

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.flush()) {
        *error = SourceTree::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// File names for a kind's records, one per record. They must sort in record
// order, because that is the order the folder is read back in; ids that do
// not sort that way get a position prefix.
QStringList fileNames(const QList<const ContentRecord *> &records)
{
    QStringList names;
    for (const auto *record : records)
        names.append(record->source.id + QStringLiteral(".md"));
    if (std::is_sorted(names.begin(), names.end()) && std::adjacent_find(names.begin(), names.end()) == names.end())
        return names;
    const int width = int(QString::number(records.size()).size());
    for (int i = 0; i < names.size(); ++i)
        names[i] = QStringLiteral("%1-%2").arg(i + 1, width, 10, QLatin1Char('0')).arg(names.at(i));
    return names;
}

// Beyond this many topics of a kind (generated content, not hand-written), a
// file per topic costs more in file system work than it helps anyone edit:
// they go into numbered files of kRecordsPerPart records each.
constexpr int kFilePerTopicLimit = 1000;
constexpr int kRecordsPerPart = 500;

bool isContentFolder(const QString &path)
{
    const QDir dir(path);
    return dir.isEmpty() || QFileInfo::exists(dir.filePath(QStringLiteral("content.md")));
}

} // namespace

QString SourceTree::folderName(Kind kind)
{
    return kind == Kind::Qa ? QStringLiteral("qa") : kindName(kind) + QLatin1Char('s');
}

bool SourceTree::replaceable(const QString &directory, QString *error)
{
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir()) {
        *error = tr("%1 exists and is not a folder").arg(directory);
        return false;
    }
    if (info.exists() && !isContentFolder(directory)) {
        *error = tr("%1 exists and is not a content folder (it has no content.md); choose a new or empty folder")
                     .arg(directory);
        return false;
    }
    const QString backup = AtomicInstall::backupPath(directory);
    if (QFileInfo::exists(backup) && (!QFileInfo(backup).isDir() || !isContentFolder(backup))) {
        *error = tr("%1 exists and is not an earlier content folder; move it away first").arg(backup);
        return false;
    }
    return true;
}

bool SourceTree::write(const ContentSet &content, const QString &directory, QString *error,
                       const QStringList &comments, const Progress &progress)
{
    if (!replaceable(directory, error))
        return false;
    const QString target = QDir::cleanPath(QDir::current().absoluteFilePath(directory));
    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath())) {
        *error = tr("cannot create %1").arg(targetInfo.absolutePath());
        return false;
    }
    QTemporaryDir temporary(targetInfo.absolutePath() + QStringLiteral("/.") + targetInfo.fileName()
                            + QStringLiteral(".XXXXXX"));
    if (!temporary.isValid()) {
        *error = tr("cannot create a folder beside %1: %2").arg(target, temporary.errorString());
        return false;
    }
    // QTemporaryDir makes a private folder; the result is an ordinary one.
    QFile::setPermissions(temporary.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const QDir out(temporary.path());
    if (!writeFile(out.filePath(QStringLiteral("content.md")), SourceWriter::meta(content.meta, comments), error))
        return false;

    const QString stage = tr("Writing %1").arg(directory);
    const qint64 total = content.records.size();
    qint64 done = 0;
    for (Kind kind : allKinds()) {
        QList<const ContentRecord *> records;
        for (const auto &record : content.records) {
            if (record.kind == kind)
                records.append(&record);
        }
        if (records.isEmpty())
            continue;
        const QString folder = folderName(kind);
        out.mkdir(folder);
        if (!isTopic(kind) || records.size() > kFilePerTopicLimit) {
            // One file for the kind, or numbered parts: part-0001.md, part-0002.md, ...
            const bool parts = isTopic(kind);
            for (qsizetype first = 0; first < records.size(); first += parts ? kRecordsPerPart : records.size()) {
                const qsizetype end = parts ? qMin(first + kRecordsPerPart, records.size()) : records.size();
                QString text;
                for (qsizetype i = first; i < end; ++i)
                    text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + SourceWriter::record(kind, records.at(i)->source);
                const QString name = parts ? QStringLiteral("part-%1.md").arg(first / kRecordsPerPart + 1, 4, 10, QLatin1Char('0'))
                                           : folder + QStringLiteral(".md");
                if (!writeFile(out.filePath(folder + QLatin1Char('/') + name), text, error))
                    return false;
                done += end - first;
                report(progress, stage, done, total);
            }
            continue;
        }
        const QStringList names = fileNames(records);
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (++done % 512 == 0)
                report(progress, stage, done, total);
            if (!writeFile(out.filePath(folder + QLatin1Char('/') + names.at(i)),
                           SourceWriter::record(kind, records.at(i)->source), error))
                return false;
        }
    }
    report(progress, stage, total, total);

    // Read back what was written: the folder must hold exactly these records,
    // in this order, or it is not installed.
    Diagnostics diagnostics;
    QList<SourceRecord> parsed = ContentSources::parse(temporary.path(), &diagnostics);
    auto metaIt = std::find_if(parsed.begin(), parsed.end(),
                               [](const SourceRecord &r) { return r.kind == QLatin1String("content"); });
    if (metaIt == parsed.end()) {
        *error = tr("the written folder has no @content record");
        return false;
    }
    const ContentMeta meta = ContentValidator::readMeta(*metaIt, &diagnostics);
    parsed.erase(metaIt);
    std::stable_sort(parsed.begin(), parsed.end(), [](const SourceRecord &a, const SourceRecord &b) {
        Kind ka = Kind::Condition, kb = Kind::Condition;
        kindFromName(a.kind, &ka);
        kindFromName(b.kind, &kb);
        return allKinds().indexOf(ka) < allKinds().indexOf(kb);
    });
    if (!diagnostics.isEmpty()) {
        *error = tr("the written sources do not read back: %1").arg(diagnostics.first().toString());
        return false;
    }
    if (parsed.size() != content.records.size() || SourceWriter::meta(meta) != SourceWriter::meta(content.meta)) {
        *error = tr("the written sources read back as %1 records instead of %2")
                     .arg(parsed.size())
                     .arg(content.records.size());
        return false;
    }
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const ContentRecord &expected = content.records.at(i);
        if (parsed.at(i).kind != kindName(expected.kind)
            || SourceWriter::record(expected.kind, parsed.at(i)) != SourceWriter::record(expected.kind, expected.source)) {
            *error = tr("%1/%2 does not read back as it was written (%3)")
                         .arg(kindName(expected.kind), expected.source.id, parsed.at(i).file);
            return false;
        }
    }
    if (!AtomicInstall::installFolder(temporary.path(), target, error))
        return false;
    temporary.setAutoRemove(false); // it is the target now
    return true;
}

} // namespace huanjiao
