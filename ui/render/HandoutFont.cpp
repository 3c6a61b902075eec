// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutFont.h"

#include <QFontDatabase>
#include <QRawFont>

namespace huanjiao {

namespace {

// In order of preference. Droid Sans Fallback (fonts-droid-fallback) and
// WenQuanYi Micro Hei cover Simplified Chinese with a clean Unicode map.
const QStringList kCandidates{
    QStringLiteral("Droid Sans Fallback"),
    QStringLiteral("WenQuanYi Micro Hei"),
    QStringLiteral("WenQuanYi Zen Hei"),
    QStringLiteral("Noto Sans CJK SC"),
    QStringLiteral("Noto Sans SC"),
    QStringLiteral("Source Han Sans SC"),
};

// Loaded from their files: a fontconfig setup that hides them (or prefers
// another font for Latin text) must not change the handout.
QString loadFamily(const QStringList &files)
{
    QString family;
    for (const QString &file : files) {
        const int id = QFontDatabase::addApplicationFont(file);
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (family.isEmpty() && !families.isEmpty())
            family = families.first();
    }
    return family;
}

QStringList split(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QString chooseFamily()
{
    loadFamily(split(HUANJIAO_CJK_FONT_FILES));
    const QStringList installed = QFontDatabase::families();
    QString fallback;
    for (const QString &family : kCandidates) {
        if (!installed.contains(family))
            continue;
        if (HandoutFont::extractsCleanly(family))
            return family;
        if (fallback.isEmpty())
            fallback = family; // prints well even if copying text out of it is imperfect
    }
    return fallback.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont).family() : fallback;
}

} // namespace

bool HandoutFont::extractsCleanly(const QString &family)
{
    QFont font(family);
    font.setPixelSize(32);
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    if (!raw.isValid() || !raw.supportsCharacter(QChar(0x9762)))
        return false;
    // Kangxi radicals (U+2F00..U+2FD5) decompose to the ideograph they look like.
    for (char16_t radical = 0x2F00; radical <= 0x2FD5; ++radical) {
        const QString decomposition = QChar(radical).decomposition();
        if (decomposition.size() != 1)
            continue;
        const auto a = raw.glyphIndexesForString(QString(QChar(radical)));
        const auto b = raw.glyphIndexesForString(decomposition);
        if (!a.isEmpty() && !b.isEmpty() && a.first() != 0 && a.first() == b.first())
            return false;
    }
    return true;
}

QString HandoutFont::family()
{
    static const QString chosen = chooseFamily();
    return chosen;
}

QString HandoutFont::latinFamily()
{
    static const QString chosen = loadFamily(split(HUANJIAO_LATIN_FONT_FILES));
    return chosen;
}

QFont HandoutFont::font(qreal pointSize, bool bold)
{
    QFont font(family());
    // Latin text in the Latin font, the rest in the CJK one, character by character.
    if (!latinFamily().isEmpty())
        font.setFamilies({latinFamily(), family()});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Outlines, not hinted bitmaps: the same shapes on paper, in the PDF and in the preview.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Qt 6.4 has no QFont::setFeatures(); any letter spacing switches off
    // ligatures, whose glyphs copy out of a PDF as U+FB01 "ﬁ" instead of "fi".
    // A sixty-fourth of a pixel is the least Qt stores and far below visible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

} // namespace huanjiao
