// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseFont.h"

#include <QFontDatabase>
#include <QStringList>

namespace huanjiao::ChineseFont {

QString family()
{
    static const QString chosen = [] {
        // Multi-language CJK families in their Simplified Chinese cut, then
        // fonts made for Simplified Chinese only.
        static const QStringList candidates{
            QStringLiteral("Noto Sans CJK SC"),   QStringLiteral("Source Han Sans SC"),
            QStringLiteral("Noto Sans SC"),       QStringLiteral("Droid Sans Fallback"),
            QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"),
        };
        const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        for (const QString &candidate : candidates) {
            if (installed.contains(candidate))
                return candidate;
        }
        return QString();
    }();
    return chosen;
}

QFont withSimplifiedChinese(const QFont &base)
{
    if (family().isEmpty())
        return base;
    QStringList families = base.families();
    if (families.isEmpty())
        families << base.family();
    if (families.contains(family()))
        return base;
    families << family();
    QFont font = base;
    font.setFamilies(families);
    return font;
}

} // namespace huanjiao::ChineseFont
