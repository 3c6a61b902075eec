// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entity.h"

#include <QCoreApplication>
#include <QString>

namespace huanjiao {

// The lists of related items on a page: doctors as cards (name, titles,
// hospital and department, specialty), articles with their summaries, drugs
// and tests with what they are for, everything else as linked names.
class RelatedHtml
{
    Q_DECLARE_TR_FUNCTIONS(RelatedHtml)

public:
    // A titled list of related entities, shown the way their kind reads best.
    static QString relations(const QString &title, const QString &anchor, const QList<Relation> &relations,
                             const QString &note = {});
    // A titled list of plain references (name and subtitle).
    static QString refs(const QString &title, const QString &anchor, const QList<EntityRef> &refs,
                        const QString &note = {});
    // Doctors as cards, two to a row.
    static QString doctorCards(const QList<Relation> &doctors);
    static QString doctorCard(const Relation &doctor);
};

} // namespace huanjiao
