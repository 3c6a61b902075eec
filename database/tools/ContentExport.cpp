// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentExport.h"

#include "DatabaseReader.h"
#include "InterchangeFile.h"
#include "SourceTree.h"

namespace huanjiao {

bool ContentExport::run(const QString &database, const QString &output, QString *error, int *records,
                        const Progress &progress)
{
    ContentSet content;
    ContentInfo info;
    if (!DatabaseReader::read(database, &content, error, &info, progress))
        return false;
    if (records)
        *records = int(content.records.size());
    if (output.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive))
        return InterchangeFile::write(content, output, error, progress);

    QStringList comments{tr("Exported from %1 (built %2).").arg(database, info.buildDate)};
    if (info.layers.size() > 1) {
        comments.append(tr("That database was built from these layers, merged here into one:"));
        for (const auto &layer : std::as_const(info.layers))
            comments.append(QStringLiteral("  %1 %2 (%3)").arg(layer.id, layer.version, layer.name));
    }
    return SourceTree::write(content, output, error, comments, progress);
}

} // namespace huanjiao
