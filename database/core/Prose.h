// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace huanjiao {

// The blocks of a piece of content prose: paragraphs and bullet lists. Wrapped
// lines are joined; blank lines separate paragraphs.
struct ProseBlock
{
    enum Type { Paragraph, Bullet };
    Type type;
    QString text;
};

QList<ProseBlock> proseBlocks(const QString &text);
// Plain text of the prose, one block per line (for search, speech and JSON).
QString proseText(const QString &text);

} // namespace huanjiao
