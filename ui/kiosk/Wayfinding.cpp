// SPDX-License-Identifier: GPL-3.0-or-later
#include "Wayfinding.h"

#include <QFile>
#include <QRegularExpression>

namespace huanjiao {

Wayfinding Wayfinding::parse(const QString &text)
{
    enum class Section { None, Area, Symptoms } section = Section::None;
    Wayfinding out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression department(QRegularExpression::anchoredPattern(QStringLiteral("@department\\s+([a-z0-9-]+)\\s+([a-z0-9-]+)")));
    static const QRegularExpression area(
        QStringLiteral("^@area\\s+([a-z0-9-]+)\\s+([a-z0-9-]+)\\s+([^|]+?)\\s*\\|\\s*(.+)$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto error = [&](const QString &what) {
            out.errors << QStringLiteral("line %1: %2").arg(i + 1).arg(what);
        };
        if (line.startsWith(QLatin1Char('@'))) {
            section = Section::None;
            const auto departmentLine = department.match(line);
            const auto areaLine = area.match(line);
            if (departmentLine.hasMatch()) {
                out.departmentPictograms.insert(departmentLine.captured(1), departmentLine.captured(2));
            } else if (areaLine.hasMatch()) {
                out.areas.append({areaLine.captured(1), areaLine.captured(2), areaLine.captured(3),
                                  areaLine.captured(4), {}});
                section = Section::Area;
            } else if (line == QLatin1String("@symptoms")) {
                section = Section::Symptoms;
            } else {
                error(QStringLiteral("not a heading this file knows: \"%1\"").arg(line));
            }
            continue;
        }
        if (section == Section::Symptoms) {
            out.symptoms << line;
        } else if (section == Section::Area) {
            const qsizetype slash = line.indexOf(QLatin1Char('/'));
            Topic topic;
            if (slash <= 0 || !kindFromName(line.left(slash), &topic.kind)) {
                error(QStringLiteral("not KIND/ID: \"%1\"").arg(line));
                continue;
            }
            topic.id = line.mid(slash + 1);
            out.areas.last().topics.append(topic);
        } else {
            error(QStringLiteral("outside any section: \"%1\"").arg(line));
        }
    }
    return out;
}

Wayfinding Wayfinding::bundled()
{
    QFile file(QStringLiteral(":/huanjiao/kiosk/wayfinding.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        Wayfinding none;
        none.errors << QStringLiteral("the built-in wayfinding.txt is missing");
        return none;
    }
    return parse(QString::fromUtf8(file.readAll()));
}

} // namespace huanjiao
