// SPDX-License-Identifier: GPL-3.0-or-later
#include "Prose.h"

#include "TextJoin.h"

namespace huanjiao {

QList<ProseBlock> proseBlocks(const QString &text)
{
    QList<ProseBlock> blocks;
    bool open = false; // the last block still takes wrapped lines
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            open = false;
            continue;
        }
        if (line.startsWith(QLatin1String("- ")) || line == QLatin1String("-")) {
            blocks.append({ProseBlock::Bullet, line.mid(2).trimmed()});
            open = true;
            continue;
        }
        if (open) {
            blocks.last().text = joinWrapped(blocks.last().text, line);
            continue;
        }
        blocks.append({ProseBlock::Paragraph, line});
        open = true;
    }
    return blocks;
}

QString proseText(const QString &text)
{
    QStringList lines;
    for (const auto &block : proseBlocks(text))
        lines.append(block.text);
    return lines.join(QLatin1Char('\n'));
}

} // namespace huanjiao
