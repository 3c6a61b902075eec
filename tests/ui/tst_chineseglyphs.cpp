// SPDX-License-Identifier: GPL-3.0-or-later
// Chinese text is set in the Simplified Chinese glyphs under any locale (ctest
// runs this under LC_ALL=C, an English one): the full-width comma and colon
// sit low and left in their cell, as Chinese readers expect, not centred as
// in the Japanese and Traditional Chinese cuts of the same font.

#include "ChineseFont.h"
#include "PageView.h"

#include <QFontDatabase>
#include <QGlyphRun>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

using namespace huanjiao;

namespace {

const QString kLine = QStringLiteral("病因：面神经受压，常见。");

struct Glyph
{
    QString family;
    QRectF ink; // relative to the glyph's origin
    qreal advance = 0;
};

// How `font` sets each character of kLine.
QList<Glyph> setLine(const QFont &font)
{
    QTextLayout layout(kLine, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QList<Glyph> glyphs;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        const QRawFont raw = run.rawFont();
        const auto indexes = run.glyphIndexes();
        const auto advances = raw.advancesForGlyphIndexes(indexes);
        for (qsizetype i = 0; i < indexes.size(); ++i)
            glyphs.append({raw.familyName(), raw.boundingRect(indexes.at(i)), advances.at(i).x()});
    }
    return glyphs;
}

// Where the ink of character `index` of kLine sits across its cell, 0 (left) to 1 (right).
qreal inkCentre(const QList<Glyph> &glyphs, int index)
{
    const Glyph &g = glyphs.at(index);
    return g.advance > 0 ? g.ink.center().x() / g.advance : -1;
}

} // namespace

class TestChineseGlyphs : public QObject
{
    Q_OBJECT

private slots:
    void pageTextUsesSimplifiedChineseGlyphs()
    {
        QVERIFY2(!ChineseFont::family().isEmpty(), "no Simplified Chinese font installed (fonts-noto-cjk)");
        PageView view;
        QFont font = view.font();
        font.setPixelSize(40);
        const QList<Glyph> glyphs = setLine(font);
        QCOMPARE(glyphs.size(), kLine.size());
        for (int i = 0; i < kLine.size(); ++i)
            QCOMPARE(glyphs.at(i).family, ChineseFont::family());
        const int colon = int(kLine.indexOf(QChar(0xFF1A)));
        const int comma = int(kLine.indexOf(QChar(0xFF0C)));
        QVERIFY2(inkCentre(glyphs, colon) < 0.4, qPrintable(QString::number(inkCentre(glyphs, colon))));
        QVERIFY2(inkCentre(glyphs, comma) < 0.4, qPrintable(QString::number(inkCentre(glyphs, comma))));

        // The same glyphs, at the same positions, as the Simplified Chinese font named outright.
        QFont reference(ChineseFont::family());
        reference.setPixelSize(40);
        const QList<Glyph> expected = setLine(reference);
        QCOMPARE(expected.size(), glyphs.size());
        for (int i = 0; i < glyphs.size(); ++i) {
            QCOMPARE(glyphs.at(i).ink, expected.at(i).ink);
            QCOMPARE(glyphs.at(i).advance, expected.at(i).advance);
        }
    }

    // The comparison tells the styles apart: the Traditional cut centres them.
    void otherCutsCentreThePunctuation()
    {
        const QString traditional = QStringLiteral("Noto Sans CJK TC");
        if (!QFontDatabase::families().contains(traditional))
            QSKIP("Noto Sans CJK TC is not installed");
        QFont font(traditional);
        font.setPixelSize(40);
        const QList<Glyph> glyphs = setLine(font);
        const int colon = int(kLine.indexOf(QChar(0xFF1A)));
        QVERIFY2(inkCentre(glyphs, colon) > 0.4, qPrintable(QString::number(inkCentre(glyphs, colon))));
    }
};

QTEST_MAIN(TestChineseGlyphs)
#include "tst_chineseglyphs.moc"
