// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace huanjiao {

// The font handouts are set in. It must be a CJK font whose text survives
// copying out of the PDF: Qt writes each glyph's Unicode value as the lowest
// code point the font maps to it, and fonts that share one glyph between a
// Kangxi radical and its ideograph (Noto Sans CJK: U+2F86 and U+9762 面) make
// pdftotext and screen readers see the radical. So the first installed
// family that keeps them apart is chosen.
//
// Latin letters and digits are set in DejaVu Sans (fonts-dejavu-core, a
// dependency of the package), loaded from its file, not left to whatever
// fontconfig falls back to: set in the CJK fonts, "B12" in 维生素B12 printed
// but lost its digits in the PDF's text layer. Both fonts are the program's
// choice, the same on every machine that has the packages.
class HandoutFont
{
public:
    // A font of `pointSize`: the Latin family first, the CJK one for the rest
    // (resolved once per process).
    static QFont font(qreal pointSize, bool bold = false);
    // The CJK family.
    static QString family();
    // The family Latin letters and digits are set in; empty when its font
    // file is missing (then the CJK family sets them too).
    static QString latinFamily();
    // True when text set in `family` extracts from a PDF as it was written.
    static bool extractsCleanly(const QString &family);
};

} // namespace huanjiao
