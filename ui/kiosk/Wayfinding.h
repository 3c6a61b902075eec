// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace huanjiao {

// The kiosk home's ways to a topic without typing, as reviewed data
// (resources/kiosk/wayfinding.txt): a pictogram for each top-level
// department, the body areas with the topics each leads to, and the symptom
// words "ask about a symptom" offers.
struct Wayfinding
{
    struct Topic
    {
        Kind kind = Kind::Condition;
        QString id;
    };
    struct Area
    {
        QString id;
        QString pictogram;
        QString name; // Chinese
        QString english;
        QList<Topic> topics;
    };

    QHash<QString, QString> departmentPictograms; // department id -> pictogram
    QList<Area> areas;
    QStringList symptoms;
    // "line N: what is wrong", one for each line that could not be read.
    QStringList errors;

    static Wayfinding parse(const QString &text);
    // The copy built into the program.
    static Wayfinding bundled();
};

} // namespace huanjiao
