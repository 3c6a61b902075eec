// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pictogram.h"

#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace huanjiao::Pictogram {

namespace {
double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}
} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor colour(const QPalette &palette)
{
    const QColor page = palette.color(QPalette::Base);
    const QColor link = palette.color(QPalette::Link);
    return contrastRatio(link, page) >= 3.0 ? link : palette.color(QPalette::Text);
}

QPixmap render(const QString &name, const QColor &colour, int pixelSize, qreal devicePixelRatio)
{
    QFile file(QStringLiteral(":/huanjiao/kiosk/pictograms/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("#000000", colour.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    const int device = qRound(pixelSize * devicePixelRatio);
    QPixmap pixmap(device, device);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, device, device));
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace huanjiao::Pictogram
