// SPDX-License-Identifier: GPL-3.0-or-later
// A page with a very long section opens without freezing the window: its
// first part is on screen while the rest is still to come, the event loop
// runs between the parts, and the page ends up whole, as if shown at once.

#include "Entity.h"
#include "PageRenderer.h"
#include "PageView.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <algorithm>

using namespace huanjiao;

class LongPageTest : public QObject
{
    Q_OBJECT

private:
    // A condition page whose overview holds `characters` of body in
    // paragraphs of about 400 (a pasted guideline, say), then a short section.
    static QString longPage(int characters)
    {
        Entity entity;
        entity.ref.name = QStringLiteral("长篇说明");
        entity.ref.id = QStringLiteral("long-section");
        entity.ref.rowid = 1;
        QString body;
        int paragraph = 0;
        for (int n = 0; body.size() < characters; ++n) {
            body += QStringLiteral("第%1句：患者应当按时服药，定期复查。").arg(n);
            if (body.size() / 400 > paragraph) {
                body += QStringLiteral("\n\n");
                paragraph = int(body.size() / 400);
                // Lists among the paragraphs, as a guideline has them.
                if (paragraph % 7 == 0)
                    body += QStringLiteral("- 每日监测血压。\n- 低盐饮食。\n\n");
            }
        }
        body += QStringLiteral("全文完。");
        entity.sections.append(Section{QStringLiteral("overview"), body, {}});
        entity.sections.append(Section{QStringLiteral("seek-care"), QStringLiteral("胸痛时立即就医。"), {}});
        return PageRenderer::render(entity, {});
    }

private slots:
    void firstPartShowsAtOnceAndTheRestComesBetweenEvents()
    {
        const QString html = longPage(200000);
        PageView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QSignalSpy completed(&view, &PageView::pageCompleted);
        int passes = 0; // event-loop passes between setPage and the last part
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, &view, [&] { passes += view.isLoading() ? 1 : 0; });
        ticker.start();

        view.setPage(html);
        // The top of the page is there to read, the end not yet.
        QVERIFY(view.isLoading());
        QVERIFY(view.toPlainText().left(200).contains(QStringLiteral("长篇说明")));
        QVERIFY(view.toPlainText().contains(QStringLiteral("第0句")));
        QVERIFY(!view.toPlainText().contains(QStringLiteral("全文完")));
        QVERIFY(view.toPlainText().size() < 50000);

        QVERIFY(completed.wait(20000));
        QVERIFY(!view.isLoading());
        QVERIFY2(passes >= 5, qPrintable(QString::number(passes)));

        // Whole, and the same text and paragraphs as the page shown in one go.
        QTextDocument whole;
        whole.setDefaultStyleSheet(view.document()->defaultStyleSheet());
        whole.setHtml(html);
        QCOMPARE(view.toPlainText(), whole.toPlainText());
        QCOMPARE(view.document()->blockCount(), whole.blockCount());
        // Every paragraph looks as it would have: the same spacing and type.
        for (QTextBlock a = view.document()->begin(), b = whole.begin(); a.isValid() && b.isValid();
             a = a.next(), b = b.next()) {
            QCOMPARE(a.blockFormat().topMargin(), b.blockFormat().topMargin());
            QCOMPARE(a.blockFormat().bottomMargin(), b.blockFormat().bottomMargin());
            QCOMPARE(a.charFormat().fontPointSize(), b.charFormat().fontPointSize());
            QCOMPARE(bool(a.textList()), bool(b.textList()));
        }
        // A heading after the parts keeps its heading type.
        const QTextBlock lastHeading = view.document()->findBlock(view.toPlainText().lastIndexOf(QStringLiteral("全文完")))
                                           .next();
        const QTextBlock wholeHeading = whole.findBlock(whole.toPlainText().lastIndexOf(QStringLiteral("全文完"))).next();
        QCOMPARE(lastHeading.text(), wholeHeading.text());
        QCOMPARE(lastHeading.blockFormat().headingLevel(), wholeHeading.blockFormat().headingLevel());
        QCOMPARE(lastHeading.charFormat().fontWeight(), wholeHeading.charFormat().fontWeight());
    }

    void aPlaceFurtherDownIsReachedOnceItsPartArrives()
    {
        const QString html = longPage(200000);
        PageView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy completed(&view, &PageView::pageCompleted);
        // A reader coming back to the page far down (history keeps the scroll position).
        view.setPage(html, 30000);
        QVERIFY(view.isLoading());
        QVERIFY(completed.wait(20000));
        QCOMPARE(view.scrollPosition(), 30000);
    }

    // A section pasted as one paragraph of 200,000 characters is cut, after
    // a sentence's end and its closing quote, or after a space where no
    // sentence ends, into paragraphs that come in parts; it still reads as
    // one: the same text, no space where it was cut.
    void aSectionWrittenAsOneParagraphComesInParts_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("ends"); // what a piece may end with
        QTest::newRow("sentences") << QStringLiteral("第%1句：患者应当按时服药，定期复查。") << QStringList{QStringLiteral("。")};
        QTest::newRow("quoted sentences")
            << QStringLiteral("医生说：“第%1次复诊时带上药盒。”") << QStringList{QStringLiteral("。”")};
        // Cut between words, never inside one, an entity (&amp;) or a surrogate pair.
        QTest::newRow("no sentence ends, spaces, & and 𠮷")
            << QStringLiteral("第%1项 A&B 𠮷野 按时服药 定期复查 ")
            << QStringList{QStringLiteral("项"), QStringLiteral("A&B"), QStringLiteral("𠮷野"), QStringLiteral("服药"),
                           QStringLiteral("复查")};
    }

    void aSectionWrittenAsOneParagraphComesInParts()
    {
        QFETCH(QString, sentence);
        QFETCH(QStringList, ends);
        Entity entity;
        entity.ref.name = QStringLiteral("长篇说明");
        entity.ref.id = QStringLiteral("one-paragraph");
        entity.ref.rowid = 1;
        QString body;
        for (int n = 0; body.size() < 200000; ++n)
            body += sentence.arg(n);
        body += QStringLiteral("全文完。");
        entity.sections.append(Section{QStringLiteral("overview"), body, {}});
        const QString html = PageRenderer::render(entity, {});
        PageView view;
        view.resize(900, 700);
        view.show();
        view.setPage(html);
        QVERIFY(view.isLoading());
        QVERIFY(view.toPlainText().size() < 50000);
        view.completePage();

        QTextDocument whole;
        whole.setDefaultStyleSheet(view.document()->defaultStyleSheet());
        whole.setHtml(html);
        QString shown = view.toPlainText();
        QString written = whole.toPlainText();
        QVERIFY(view.document()->blockCount() > whole.blockCount() + 10);
        // The same text; a space where it was cut is the line break.
        static const QRegularExpression breaks(QStringLiteral("[\\n ]"));
        QCOMPARE(shown.remove(breaks), written.remove(breaks));
        const QString first = sentence.arg(0).left(3);
        const QTextBlock paragraph = whole.findBlock(whole.toPlainText().indexOf(first));
        int pieces = 0;
        for (QTextBlock b = view.document()->findBlock(view.toPlainText().indexOf(first));
             b.isValid() && b.blockFormat().topMargin() == (pieces == 0 ? paragraph.blockFormat().topMargin() : 0.0);
             b = b.next(), ++pieces) {
            const bool last = b.text().endsWith(QStringLiteral("全文完。"));
            const QString text = b.text().trimmed();
            QVERIFY2(last || std::any_of(ends.cbegin(), ends.cend(), [&](const QString &e) { return text.endsWith(e); }),
                     qPrintable(text.right(20)));
            QCOMPARE(b.blockFormat().bottomMargin(), last ? paragraph.blockFormat().bottomMargin() : 0.0);
            QVERIFY(b.length() < 20000);
            if (last)
                break;
        }
        QVERIFY2(pieces > 10, qPrintable(QString::number(pieces)));
    }

    void aShortPageIsShownWhole()
    {
        PageView view;
        view.resize(900, 700);
        view.show();
        view.setPage(longPage(20000));
        QVERIFY(!view.isLoading());
        QVERIFY(view.toPlainText().contains(QStringLiteral("全文完")));
    }

    void readingAloudOrSearchingTheTextGetsItWhole()
    {
        PageView view;
        view.resize(900, 700);
        view.show();
        view.setPage(longPage(200000));
        QVERIFY(view.isLoading());
        view.completePage();
        QVERIFY(!view.isLoading());
        QVERIFY(view.toPlainText().contains(QStringLiteral("全文完")));
    }
};

QTEST_MAIN(LongPageTest)
#include "tst_longpage.moc"
