// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextUnits.h"

#include "Prose.h"

namespace huanjiao::TextUnits {

QStringList ofSection(const Section &section)
{
    QStringList units;
    for (const auto &block : proseBlocks(section.body))
        units.append(block.text);
    for (const auto &item : section.items) {
        units.append(item.title);
        for (const auto &block : proseBlocks(item.body))
            units.append(block.text);
    }
    return units;
}

} // namespace huanjiao::TextUnits
