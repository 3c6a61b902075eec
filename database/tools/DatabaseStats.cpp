// SPDX-License-Identifier: GPL-3.0-or-later
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
    // One pass per figure over the relation table, grouped by the condition's
    // department: cheap at any size, and no query per department.
    const QString linked = QStringLiteral(
        "SELECT c.department, count(DISTINCT r.%1) FROM relation r JOIN entity c ON c.rowid = r.%2"
        " JOIN entity o ON o.rowid = r.%1 WHERE r.type = ? AND c.kind = 'condition' AND o.kind = ?"
        " AND c.department IS NOT NULL GROUP BY c.department");
    QHash<qint64, Result::Coverage> rows;
    auto collect = [&](const QString &sql, const QStringList &binds, qint64 Result::Coverage::*member) {
        q.prepare(sql);
        for (const QString &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return;
        while (q.next())
            rows[q.value(0).toLongLong()].*member = q.value(1).toLongLong();
    };
    collect(QStringLiteral("SELECT department, count(*) FROM entity WHERE kind = ? AND department IS NOT NULL"
                           " GROUP BY department"),
            {kindName(Kind::Condition)}, &Result::Coverage::conditions);
    collect(linked.arg(QStringLiteral("target"), QStringLiteral("source")),
            {QStringLiteral("treated-with"), kindName(Kind::Drug)}, &Result::Coverage::drugs);
    collect(linked.arg(QStringLiteral("target"), QStringLiteral("source")),
            {QStringLiteral("diagnosed-by"), kindName(Kind::Test)}, &Result::Coverage::tests);
    collect(linked.arg(QStringLiteral("source"), QStringLiteral("target")),
            {QStringLiteral("about"), kindName(Kind::Qa)}, &Result::Coverage::qa);
    // In the order of the department tree as written, named with their parent.
    if (q.exec(QStringLiteral("SELECT d.rowid, d.name, coalesce(p.name, '') FROM entity d"
                              " LEFT JOIN entity p ON p.rowid = d.parent WHERE d.kind = 'department'"
                              " ORDER BY d.rowid"))) {
        while (q.next()) {
            const auto it = rows.constFind(q.value(0).toLongLong());
            if (it == rows.constEnd() || it->conditions == 0)
                continue;
            Result::Coverage row = *it;
            const QString parent = q.value(2).toString();
            row.department = parent.isEmpty() ? q.value(1).toString()
                                              : parent + QStringLiteral(" › ") + q.value(1).toString();
            result.coverage.append(row);
        }
    }
    result.total = {tr("all departments"), counts.value(kindName(Kind::Condition)), counts.value(kindName(Kind::Drug)),
                    counts.value(kindName(Kind::Test)), counts.value(kindName(Kind::Qa))};
    return result;
}

QString DatabaseStats::Result::coverageTable() const
{
    QString out = QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---:|---:|---:|---:|\n")
                      .arg(tr("department"), tr("conditions"), tr("drugs"), tr("tests"), tr("Q&A"));
    auto row = [&out](const Coverage &c, bool bold) {
        const QString mark = bold ? QStringLiteral("**") : QString();
        out += QStringLiteral("| %1%2%1 | %1%3%1 | %1%4%1 | %1%5%1 | %1%6%1 |\n")
                   .arg(mark, c.department)
                   .arg(c.conditions)
                   .arg(c.drugs)
                   .arg(c.tests)
                   .arg(c.qa);
    };
    for (const auto &c : coverage)
        row(c, false);
    row(total, true);
    return out;
}

qint64 DatabaseStats::Result::bytesPerCondition() const
{
    for (const auto &[kind, count] : kinds) {
        if (kind == Kind::Condition)
            return count > 0 ? bytes / count : 0;
    }
    return 0;
}

QString DatabaseStats::Result::sizeLine() const
{
    qint64 conditions = 0;
    for (const auto &[kind, count] : kinds)
        conditions += kind == Kind::Condition ? count : 0;
    return tr("%1 bytes per condition (%2 conditions, %3 KiB)")
        .arg(bytesPerCondition())
        .arg(conditions)
        .arg((bytes + 1023) / 1024);
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
    line(tr("size"), sizeLine());
    out += QLatin1Char('\n') + tr("Coverage by department:") + QLatin1Char('\n') + coverageTable();
    return out;
}

} // namespace huanjiao
