// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace huanjiao::Icons {

namespace {

// Each glyph is a path on a 24 x 24 grid, stroked (outline) or filled.
struct Glyph
{
    QPainterPath stroke;
    QPainterPath fill;
};

class GlyphIconEngine : public QIconEngine
{
public:
    explicit GlyphIconEngine(Glyph glyph)
        : m_glyph(std::move(glyph))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        const QColor colour = mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::WindowText)
                              : mode == QIcon::Selected ? palette.color(QPalette::HighlightedText)
                                                        : palette.color(QPalette::WindowText);
        const qreal side = qMin(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        painter->setPen(QPen(colour, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_glyph.stroke);
        painter->fillPath(m_glyph.fill, colour);
        painter->restore();
    }

    // QIconEngine's own leaves the pixmap uninitialised under the glyph.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new GlyphIconEngine(m_glyph); }
    QString key() const override { return QStringLiteral("huanjiao-glyph"); }

private:
    Glyph m_glyph;
};

QIcon make(Glyph glyph)
{
    return QIcon(new GlyphIconEngine(std::move(glyph)));
}

QPainterPath polyline(std::initializer_list<QPointF> points)
{
    QPainterPath path;
    auto it = points.begin();
    path.moveTo(*it);
    for (++it; it != points.end(); ++it)
        path.lineTo(*it);
    return path;
}

Glyph arrow(bool left)
{
    const qreal s = left ? 1 : -1;
    const auto x = [s](qreal v) { return 12 + s * (v - 12); };
    QPainterPath path = polyline({{x(19), 12}, {x(5), 12}});
    path.addPath(polyline({{x(11), 6}, {x(5), 12}, {x(11), 18}}));
    return {path, {}};
}

Glyph chevron(bool up)
{
    const qreal y0 = up ? 15 : 9;
    const qreal y1 = up ? 8 : 16;
    return {polyline({{6, y0}, {12, y1}, {18, y0}}), {}};
}

} // namespace

QIcon back()
{
    return make(arrow(true));
}

QIcon forward()
{
    return make(arrow(false));
}

QIcon home()
{
    QPainterPath path = polyline({{3, 11.5}, {12, 4}, {21, 11.5}});
    path.addPath(polyline({{6, 10}, {6, 20}, {18, 20}, {18, 10}}));
    path.addPath(polyline({{10, 20}, {10, 14}, {14, 14}, {14, 20}}));
    return make({path, {}});
}

QIcon print()
{
    QPainterPath path = polyline({{7, 9}, {7, 3.5}, {17, 3.5}, {17, 9}});
    path.addRoundedRect(QRectF(3.5, 9, 17, 8), 1.5, 1.5);
    path.addRect(QRectF(7, 14, 10, 6.5));
    return make({path, {}});
}

QIcon exportPdf()
{
    QPainterPath path = polyline({{14, 3}, {5.5, 3}, {5.5, 21}, {18.5, 21}, {18.5, 7.5}, {14, 3}, {14, 7.5}, {18.5, 7.5}});
    path.addPath(polyline({{12, 10}, {12, 17.5}}));
    path.addPath(polyline({{9, 14.5}, {12, 17.5}, {15, 14.5}}));
    return make({path, {}});
}

QIcon addToBasket()
{
    QPainterPath path = polyline({{3, 9}, {21, 9}, {19, 20}, {5, 20}, {3, 9}});
    path.addPath(polyline({{8, 9}, {11, 3.5}}));
    path.addPath(polyline({{16, 9}, {13, 3.5}}));
    path.addPath(polyline({{12, 11.5}, {12, 17.5}}));
    path.addPath(polyline({{9, 14.5}, {15, 14.5}}));
    return make({path, {}});
}

QIcon bookmark()
{
    // A five-pointed star: 收藏 as readers know it.
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 ? 4.2 : 9.5;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF point(12 + radius * qCos(angle), 12.6 + radius * qSin(angle));
        i ? path.lineTo(point) : path.moveTo(point);
    }
    path.closeSubpath();
    return make({path, {}});
}

QIcon moveUp()
{
    return make(chevron(true));
}

QIcon moveDown()
{
    return make(chevron(false));
}

QIcon clear()
{
    // A filled disc with a cross cut out of it, as line edits show.
    QPainterPath disc;
    disc.addEllipse(QPointF(12, 12), 8, 8);
    QPainterPath cross;
    cross.addPath(polyline({{9, 9}, {15, 15}}));
    cross.addPath(polyline({{15, 9}, {9, 15}}));
    QPainterPathStroker stroker;
    stroker.setWidth(2.0);
    stroker.setCapStyle(Qt::RoundCap);
    return make({{}, disc.subtracted(stroker.createStroke(cross))});
}

QIcon play()
{
    return make({{}, polyline({{7, 4.5}, {19, 12}, {7, 19.5}, {7, 4.5}})});
}

QIcon pause()
{
    QPainterPath bars;
    bars.addRoundedRect(QRectF(6, 5, 4, 14), 1, 1);
    bars.addRoundedRect(QRectF(14, 5, 4, 14), 1, 1);
    return make({{}, bars});
}

QIcon stop()
{
    QPainterPath square;
    square.addRoundedRect(QRectF(6, 6, 12, 12), 1.5, 1.5);
    return make({{}, square});
}

QIcon moreRight()
{
    QPainterPath path = polyline({{6, 6}, {12, 12}, {6, 18}});
    path.addPath(polyline({{12, 6}, {18, 12}, {12, 18}}));
    return make({path, {}});
}

QIcon moreDown()
{
    QPainterPath path = polyline({{6, 6}, {12, 12}, {18, 6}});
    path.addPath(polyline({{6, 12}, {12, 18}, {18, 12}}));
    return make({path, {}});
}

QIcon close()
{
    QPainterPath path = polyline({{7, 7}, {17, 17}});
    path.addPath(polyline({{17, 7}, {7, 17}}));
    return make({path, {}});
}

QIcon undock()
{
    QPainterPath path;
    path.addRect(QRectF(4, 9, 11, 11));
    path.addPath(polyline({{9, 9}, {9, 4}, {20, 4}, {20, 15}, {15, 15}}));
    return make({path, {}});
}

} // namespace huanjiao::Icons
