// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterchangeFile.h"

#include "AtomicInstall.h"
#include "ContentValidator.h"
#include "InterchangeReader.h"
#include "InterchangeWriter.h"

#include <QFileInfo>
#include <QTemporaryFile>

namespace huanjiao {

bool InterchangeFile::write(const ContentSet &content, const QString &path, QString *error, const Progress &progress)
{
    if (QFileInfo(path).isDir()) {
        *error = tr("%1 is a folder; give a file name ending in .jsonl").arg(path);
        return false;
    }
    QTemporaryFile file(path + QStringLiteral(".XXXXXX"));
    if (!file.open()) {
        *error = tr("cannot create a file beside %1: %2").arg(path, file.errorString());
        return false;
    }
    const QString stage = tr("Writing %1").arg(path);
    const qint64 total = content.records.size();
    QList<QByteArray> lines;
    lines.reserve(total + 1);
    lines.append(InterchangeWriter::meta(content.meta));
    for (const auto &record : content.records) {
        if (lines.size() % 1024 == 0)
            report(progress, stage, lines.size(), total);
        lines.append(InterchangeWriter::record(record.kind, record.source));
    }
    for (const QByteArray &line : std::as_const(lines)) {
        if (file.write(line) != line.size()) {
            *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    if (!file.flush()) {
        *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    report(progress, stage, total, total);

    // Read back: every line must give the record it was written from.
    file.seek(0);
    Diagnostics diagnostics;
    const QList<SourceRecord> parsed = InterchangeReader::read(file.fileName(), &file, file.size(), &diagnostics);
    if (!diagnostics.isEmpty()) {
        *error = tr("the written file does not read back: %1").arg(diagnostics.first().toString());
        return false;
    }
    if (parsed.size() != lines.size()) {
        *error = tr("the written file reads back as %1 lines instead of %2").arg(parsed.size()).arg(lines.size());
        return false;
    }
    if (InterchangeWriter::meta(ContentValidator::readMeta(parsed.first(), &diagnostics)) != lines.first()) {
        *error = tr("the content line does not read back as it was written");
        return false;
    }
    for (qsizetype i = 1; i < parsed.size(); ++i) {
        const ContentRecord &expected = content.records.at(i - 1);
        if (parsed.at(i).kind != kindName(expected.kind)
            || InterchangeWriter::record(expected.kind, parsed.at(i)) != lines.at(i)) {
            *error = tr("%1/%2 does not read back as it was written").arg(kindName(expected.kind), expected.source.id);
            return false;
        }
    }
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!AtomicInstall::installFile(file.fileName(), path, error))
        return false;
    file.setAutoRemove(false);
    return true;
}

} // namespace huanjiao
