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
class HandoutFont
{
public:
    // A font of `pointSize` in the chosen family (resolved once per process).
    static QFont font(qreal pointSize, bool bold = false);
    static QString family();
    // True when text set in `family` extracts from a PDF as it was written.
    static bool extractsCleanly(const QString &family);
};

} // namespace huanjiao
