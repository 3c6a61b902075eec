// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entity.h"

#include <QString>

namespace huanjiao {

// Renders the prose of one section (or of a summary or field) with the
// mentions the builder found in it turned into links. Units are consumed in
// the order TextUnits defines: the body's blocks, then each item's title and
// blocks; the caller renders them in that order.
class ProseHtml
{
public:
    explicit ProseHtml(QList<Mention> mentions);

    // The next unit as escaped text with its mentions linked.
    QString unit(const QString &text);
    // The blocks of `body` as paragraphs and bullet lists, one unit each.
    QString blocks(const QString &body);

    // Blocks of prose without mentions (text from outside the database).
    static QString plain(const QString &body);

private:
    QList<Mention> m_mentions;
    int m_unit = 0;
};

} // namespace huanjiao
