// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

class QPalette;

namespace huanjiao::Pictogram {

// The pictograms of the kiosk home (resources/kiosk/pictograms/NAME.svg),
// line drawings in one colour. The files draw in #000000; that colour is
// swapped for `colour` before they are rendered. Null when there is no such file.
QPixmap render(const QString &name, const QColor &colour, int pixelSize, qreal devicePixelRatio = 1.0);
// The colour they are drawn in under this palette: the link colour when it
// stands out from the page at 3:1 (WCAG's minimum for graphics), else the text colour.
QColor colour(const QPalette &palette);
// WCAG 2 contrast ratio of two colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace huanjiao::Pictogram
