#include "DatabaseStats.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace huanjiao {

DatabaseStats::Result DatabaseStats::run(const QString &path)
{
    Result result;
    result.path = path;
    OpenError openError;
    const auto database = ContentDatabase::open(path, &openError);
    if (!database) {
        result.error = openError.message();
        return result;
    }
    result.info = database->info();
    result.bytes = QFileInfo(path).size();
    QSqlQuery q(database->database());
    QHash<QString, qint64> counts;
    if (!q.exec(QStringLiteral("SELECT kind, count(*) FROM entity GROUP BY kind"))) {
        result.error = tr("cannot read %1: %2").arg(path, q.lastError().text());
        return result;
    }
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    for (Kind kind : allKinds())
        result.kinds.append({kind, counts.value(kindName(kind))});
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM relation), (SELECT count(*) FROM section)")) && q.next()) {
        result.relations = q.value(0).toLongLong();
        result.sections = q.value(1).toLongLong();
    }
    return result;
}

QString DatabaseStats::Result::toText() const
{
    QString out;
    auto line = [&out](const QString &label, const QString &value) {
        out += label.leftJustified(16) + value + QLatin1Char('\n');
    };
    line(tr("database"), QStringLiteral("%1 (%2 KiB)").arg(path).arg((bytes + 1023) / 1024));
    line(tr("content"), QStringLiteral("%1 (%2)").arg(info.contentName, info.contentId));
    line(tr("version"), info.contentVersion);
    line(tr("built"), info.buildDate);
    line(tr("schema"), QString::number(info.schemaVersion));
    line(tr("sample content"), info.sample ? tr("yes") : tr("no"));
    for (int i = 0; i < info.layers.size(); ++i) {
        const ContentMeta &layer = info.layers.at(i);
        line(i == 0 ? tr("base layer") : tr("overlay %1").arg(i),
             QStringLiteral("%1 %2 (%3)").arg(layer.id, layer.version, layer.name));
    }
    qint64 total = 0;
    for (const auto &[kind, count] : kinds) {
        line(kindName(kind), QString::number(count));
        total += count;
    }
    line(tr("records"), QString::number(total));
    line(tr("relations"), QString::number(relations));
    line(tr("sections"), QString::number(sections));
    return out;
}

} // namespace huanjiao
