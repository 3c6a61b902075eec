#include "ContentSources.h"

#include "ContentValidator.h"
#include "SourceParser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <algorithm>

namespace huanjiao {

QStringList ContentSources::files(const QString &directory)
{
    QStringList list;
    QDirIterator it(directory, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        list.append(it.next());
    std::sort(list.begin(), list.end());
    return list;
}

ContentSet ContentSources::load(const QString &directory, Diagnostics *diagnostics)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        diagnostics->append({directory, 0, QStringLiteral("content folder not found")});
        return {};
    }
    const QDir base(QFileInfo(dir.absolutePath()).absolutePath());
    QList<SourceRecord> records;
    for (const QString &path : files(directory)) {
        const QString shown = base.relativeFilePath(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            diagnostics->append({shown, 0, QStringLiteral("cannot read: %1").arg(file.errorString())});
            continue;
        }
        records += SourceParser::parse(shown, file.readAll(), diagnostics);
    }
    Diagnostics validation;
    ContentSet set = ContentValidator::validate(records, &validation);
    *diagnostics += validation;
    return set;
}

} // namespace huanjiao
