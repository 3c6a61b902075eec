// SPDX-License-Identifier: GPL-3.0-or-later
#include "../PdfTools.h"

#include "HandoutRenderer.h"
#include "Labels.h"
#include "PageRenderer.h"
#include "PdfExport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace huanjiao;

// What a topic page and its handout tell a reader about the text: what
// patients call the condition, whether anyone reviewed it (never "reviewed"
// for sample or draft text), a draft marked as such on every printed page,
// emergency signs that stand out, and the questions to ask the doctor.
class TestReviewStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Entity condition(const QString &status)
    {
        Entity e;
        e.ref = {Kind::Condition, QStringLiteral("tic"), QStringLiteral("抽动"), {}, 1};
        e.english = QStringLiteral("Tic");
        e.aliases = {QStringLiteral("抽搐")};
        e.layNames = {QStringLiteral("抽一下"), QStringLiteral("tic")};
        e.searchTerms = {QStringLiteral("抽畜")};
        e.summary = QStringLiteral("一句话。");
        e.status = status;
        e.updated = QStringLiteral("2026-11-02");
        if (status == QLatin1String("reviewed")) {
            e.reviewed = QStringLiteral("2026-11-20");
            e.reviewer = QStringLiteral("神经内科王医生");
        }
        // Long enough to need a second printed page.
        QString overview;
        for (int i = 0; i < 60; ++i)
            overview += QStringLiteral("抽动是一种常见的情况，多数人可以得到控制。\n\n");
        e.sections = {
            {QStringLiteral("overview"), overview, {}},
            {QStringLiteral("seek-care"), QString(),
             {{QStringLiteral("emergency"), QStringLiteral("出现这些情况，立即拨打120"), QStringLiteral("- 抽动后叫不醒。")},
              {QStringLiteral("soon"), QStringLiteral("尽快就诊"), QStringLiteral("- 抽动越来越多。")}}},
            {QStringLiteral("questions"), QStringLiteral("- 会好吗？\n- 要吃药吗？\n- 多久复查？"), {}},
        };
        return e;
    }

    static QString pageText(const Entity &e)
    {
        QTextDocument doc;
        doc.setHtml(PageRenderer::render(e, {}));
        return doc.toPlainText();
    }

    QString handout(const Entity &e, const QString &name)
    {
        HandoutRenderer::Options options;
        options.printed = QDate(2026, 12, 1);
        HandoutRenderer renderer({e}, options);
        const QString path = m_dir.filePath(name);
        const PdfExport::Result result = PdfExport::write(renderer, QPageSize::A4, path, e.ref.name);
        return result.ok ? path : QString();
    }

    static QString reviewedClaim()
    {
        Entity probe;
        probe.status = QStringLiteral("reviewed");
        probe.reviewer = QStringLiteral("@");
        probe.reviewed = QStringLiteral("@");
        return Labels::reviewLine(probe).section(QLatin1Char('@'), 0, 0).trimmed();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pageShowsLayNamesButNotSearchTerms()
    {
        const QString text = pageText(condition(QStringLiteral("sample")));
        QVERIFY2(text.contains(Labels::layNames({QStringLiteral("抽一下"), QStringLiteral("tic")})), qPrintable(text.left(300)));
        QVERIFY(!text.contains(QStringLiteral("抽畜")));
    }

    void unreviewedTextSaysWhenItWasUpdatedAndClaimsNoReview_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("sample") << QStringLiteral("sample");
        QTest::newRow("draft") << QStringLiteral("draft");
    }

    void unreviewedTextSaysWhenItWasUpdatedAndClaimsNoReview()
    {
        QFETCH(QString, status);
        Entity e = condition(status);
        // Even a database that wrongly holds a review date for it.
        e.reviewed = QStringLiteral("2026-11-30");
        e.reviewer = QStringLiteral("某人");
        const QString text = pageText(e);
        QVERIFY(text.contains(Labels::reviewLine(condition(status))));
        QVERIFY(text.contains(QStringLiteral("2026-11-02")));
        QVERIFY(!text.contains(QStringLiteral("2026-11-30")));
        QVERIFY(!text.contains(reviewedClaim()));
    }

    void reviewedTextNamesItsReviewerAndDate()
    {
        const QString text = pageText(condition(QStringLiteral("reviewed")));
        QVERIFY(text.contains(Labels::reviewLine(condition(QStringLiteral("reviewed")))));
        QVERIFY(text.contains(QStringLiteral("神经内科王医生")));
        QVERIFY(text.contains(QStringLiteral("2026-11-20")));
    }

    void draftIsMarkedOnThePageAndOnEveryPrintedPage()
    {
        const QString text = pageText(condition(QStringLiteral("draft")));
        QVERIFY(text.contains(Labels::status(QStringLiteral("draft"))));
        QVERIFY(text.contains(PageRenderer::tr("Draft: this text has not been reviewed yet and may change. Ask your "
                                               "doctor about your own situation.")));

        const QString pdf = handout(condition(QStringLiteral("draft")), QStringLiteral("draft.pdf"));
        QVERIFY(!pdf.isEmpty());
        const int pages = PdfTools::info(pdf).pages;
        QVERIFY2(pages >= 2, "the test needs a topic of more than one page");
        const QString mark = PdfTools::squeezed(HandoutRenderer::tr("Draft, not yet reviewed"));
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(PdfTools::squeezed(PdfTools::text(pdf, page, page).text).contains(mark), qPrintable(QString::number(page)));
        QVERIFY(!PdfTools::squeezed(PdfTools::text(pdf).text).contains(PdfTools::squeezed(reviewedClaim())));
    }

    void emergencySignsStandOutAndQuestionsAreShown()
    {
        const Entity e = condition(QStringLiteral("sample"));
        const QString html = PageRenderer::render(e, {});
        // The emergency part is a box of its own with a heading; the soon part is not.
        QVERIFY(html.contains(QStringLiteral("class=\"emergency\"")));
        QCOMPARE(html.count(QStringLiteral("class=\"emergency\"")), 1);
        const QString text = pageText(e);
        QVERIFY(text.contains(Labels::emergencyHeading()));
        QVERIFY(text.indexOf(Labels::emergencyHeading()) < text.indexOf(QStringLiteral("抽动后叫不醒")));
        QVERIFY(text.contains(QStringLiteral("[") + Labels::urgency(QStringLiteral("soon")) + QStringLiteral("]")));
        QVERIFY(text.contains(Labels::section(QStringLiteral("questions"))));
        QVERIFY(text.contains(QStringLiteral("多久复查？")));

        const QString pdf = handout(e, QStringLiteral("sample.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString printed = PdfTools::squeezed(PdfTools::text(pdf).text);
        QVERIFY(printed.contains(PdfTools::squeezed(Labels::emergencyHeading())));
        QVERIFY(printed.contains(PdfTools::squeezed(Labels::section(QStringLiteral("questions")))));
        QVERIFY(printed.contains(PdfTools::squeezed(Labels::layNames(e.layNames))));
    }
};

QTEST_MAIN(TestReviewStatus)
#include "tst_reviewstatus.moc"
