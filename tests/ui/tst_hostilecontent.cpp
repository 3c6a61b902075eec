// SPDX-License-Identifier: GPL-3.0-or-later
#include "../database/TestDatabase.h"
#include "PageProbe.h"

#include "ContentInput.h"
#include "ContentValidator.h"
#include "DatabaseWriter.h"
#include "HandoutRenderer.h"
#include "InertText.h"
#include "PageSource.h"
#include "PageView.h"
#include "SourceParser.h"

#include <QDir>
#include <QPdfWriter>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

using namespace huanjiao;

namespace {

const QString kFixture = QStringLiteral(HUANJIAO_FIXTURES_DIR "/hostile");
const QChar kRightToLeftOverride(0x202E);
const QChar kZeroWidthSpace(0x200B);
const QChar kEscape(0x1B);

// A page view that records every resource its pages ask it for.
class RecordingPageView : public PageView
{
public:
    QVariant loadResource(int type, const QUrl &name) override
    {
        requested.append(name);
        return PageView::loadResource(type, name);
    }
    QList<QUrl> requested;
};

// Images and links in a document, as QTextDocument sees them.
struct DocumentParts
{
    QStringList images;
    QStringList links;
};

DocumentParts parts(const QTextDocument *document)
{
    DocumentParts found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                found.images.append(format.toImageFormat().name());
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                found.links.append(format.anchorHref());
        }
    }
    return found;
}

} // namespace

// Content that tries to be markup, to load files or web pages, to spoof text
// direction or to hide: the validator refuses it, and where a database holds
// it anyway (written by another tool) every view shows it as plain text.
class TestHostileContent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    test::TestDatabase m_content;
    QString m_longLine;

    // The fixture's records as parsed, past the validator, plus a 1 MB line.
    ContentSet unvalidated()
    {
        ContentSet set;
        Diagnostics ignored;
        for (const QString &name : QDir(kFixture).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            QFile file(kFixture + QLatin1Char('/') + name);
            file.open(QIODevice::ReadOnly);
            for (SourceRecord &record : SourceParser::parse(name, file.readAll(), &ignored)) {
                Kind kind;
                if (record.kind == QLatin1String("content"))
                    set.meta = ContentValidator::readMeta(record, &ignored);
                else if (kindFromName(record.kind, &kind)) {
                    if (record.kind == QLatin1String("condition"))
                        for (SourceField &field : record.fields)
                            if (field.key == QLatin1String("summary"))
                                field.value += m_longLine;
                    set.records.append({kind, record});
                }
            }
        }
        const QList<Kind> &order = allKinds();
        std::stable_sort(set.records.begin(), set.records.end(), [&order](const auto &a, const auto &b) {
            return order.indexOf(a.kind) < order.indexOf(b.kind);
        });
        return set;
    }

    static QString withoutBreaks(QString text) { return text.remove(kZeroWidthSpace); }

    static void expectInert(const QString &text)
    {
        QVERIFY(!text.contains(kRightToLeftOverride));
        QVERIFY(!text.contains(kEscape));
    }

    QString runApp(const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        process.start(QStringLiteral(HUANJIAO_BINARY), QStringList{QStringLiteral("--database"), m_database} + arguments);
        if (!process.waitForFinished(120000))
            return {};
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        // One line of a million characters, with no place to break it.
        m_longLine = QStringLiteral(" ") + QString(1024 * 1024, QLatin1Char('x')) + QStringLiteral("<script>end</script>");
        m_database = m_dir.filePath(QStringLiteral("hostile.sqlite"));
        QString error;
        QVERIFY2(DatabaseWriter::write(unvalidated(), m_database, &error), qPrintable(error));
        QVERIFY2(m_content.open(m_database, &error), qPrintable(error));
    }

    void inertTextRules()
    {
        const QString hostile = QStringLiteral("a\u202Eb\u2066c\x1B[31md\x07" "e\u0085f\ng\th\u200Bi");
        QCOMPARE(InertText::clean(hostile), QStringLiteral("abc[31mdef\ng\th\u200Bi"));
        const QString chinese = QString(1000, QChar(0x4E2D));
        QCOMPARE(InertText::forLayout(chinese), chinese); // breaks anywhere already
        const QString words = QStringLiteral("word ").repeated(200);
        QCOMPARE(InertText::forLayout(words), words);
        const QString run = QString(200, QLatin1Char('x'));
        const QString broken = InertText::forLayout(run);
        QCOMPARE(broken.count(kZeroWidthSpace), 3);
        for (const QString &piece : broken.split(kZeroWidthSpace))
            QVERIFY(piece.size() <= InertText::kLongestRun);
        // Letters outside the BMP are pairs of UTF-16 units, never split.
        const QString emoji = QString::fromUcs4(U"\U0001D400").repeated(100);
        for (const QString &piece : InertText::forLayout(emoji).split(kZeroWidthSpace))
            QVERIFY(!piece.isEmpty() && !piece.front().isLowSurrogate() && !piece.back().isHighSurrogate());
    }

    void validatorRefusesTheMarkup()
    {
        Diagnostics diagnostics;
        ContentInput::load({kFixture}, &diagnostics);
        QStringList markup;
        for (const Diagnostic &d : std::as_const(diagnostics)) {
            if (d.message.contains(QStringLiteral("raw HTML is not allowed")))
                markup.append(d.toString());
        }
        // Every field and section with a tag in it, each with its file and line
        // (tests/database/fixtures/hostile/expected.txt lists them all).
        QVERIFY2(markup.size() >= 20, qPrintable(markup.join(QLatin1Char('\n'))));
        QVERIFY(markup.join(QLatin1Char('\n')).contains(QStringLiteral("condition.md:14:")));
        QVERIFY(markup.join(QLatin1Char('\n')).contains(QStringLiteral("base.md:5:")));
        QStringList invisible;
        for (const Diagnostic &d : std::as_const(diagnostics)) {
            if (d.message.contains(QStringLiteral("invisible control character")))
                invisible.append(d.toString());
        }
        QVERIFY2(invisible.join(QLatin1Char('\n')).contains(QStringLiteral("condition.md:6: invisible control character U+001B")),
                 qPrintable(invisible.join(QLatin1Char('\n'))));
        QVERIFY(invisible.join(QLatin1Char('\n')).contains(QStringLiteral("base.md:12: invisible control character U+202E")));
    }

    void pagesShowItAsText_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("literal");
        QTest::newRow("condition") << "huanjiao://condition/tic" << "<script>document.location=";
        QTest::newRow("doctor") << "huanjiao://doctor/li-ming" << "<style>body{display:none}</style>";
        QTest::newRow("hospital") << "huanjiao://hospital/city-hospital" << "<img src=\"file:///etc/passwd\">";
        QTest::newRow("department") << "huanjiao://department/neurology" << "<script>alert(1)</script>";
        QTest::newRow("home") << "huanjiao://home" << "<script>alert(\"meta\")</script>";
    }

    void pagesShowItAsText()
    {
        QFETCH(QString, url);
        QFETCH(QString, literal);
        const PageSource pages(m_content.repo(), m_content.info());
        const PageSource::Page page = pages.page(QUrl(url));
        QVERIFY(page.found);
        RecordingPageView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setPage(page.html);
        view.finishLayout();
        QCoreApplication::processEvents();

        const QString text = view.document()->toPlainText();
        QVERIFY2(text.contains(literal), qPrintable(text.left(2000)));
        expectInert(text);
        QCOMPARE(view.requested, QList<QUrl>());
        const DocumentParts found = parts(view.document());
        QCOMPARE(found.images, QStringList());
        for (const QString &href : found.links)
            QVERIFY2(href.startsWith(QStringLiteral("huanjiao://")) || href.startsWith(QLatin1Char('#')), qPrintable(href));
        QSignalSpy activated(&view, &PageView::linkActivated);
        for (const char *outside : {"http://evil.example/", "file:///etc/passwd", "javascript:alert(1)"})
            QVERIFY(!PageProbe::links(&view).contains(QString::fromLatin1(outside)));
        QCOMPARE(activated.count(), 0);
    }

    void theLongLineIsShownWhole()
    {
        const PageSource pages(m_content.repo(), m_content.info());
        RecordingPageView view;
        view.resize(800, 600);
        view.setPage(pages.page(QUrl(QStringLiteral("huanjiao://condition/tic"))).html);
        // Whole, with places to break the line (zero-width spaces) that make it quick to lay out.
        QVERIFY(withoutBreaks(view.document()->toPlainText()).contains(m_longLine.trimmed()));
        QVERIFY(view.verticalScrollBar()->maximum() > 0);
    }

    void handoutPrintsItAsText()
    {
        const auto condition = m_content.repo().entity(Kind::Condition, QStringLiteral("tic"));
        const auto doctor = m_content.repo().entity(Kind::Doctor, QStringLiteral("li-ming"));
        QVERIFY(condition && doctor);
        HandoutRenderer::Options options;
        options.sampleContent = true;
        HandoutRenderer renderer({*condition, *doctor}, options);
        QPdfWriter writer(m_dir.filePath(QStringLiteral("hostile.pdf")));
        writer.setResolution(300);
        QVERIFY(renderer.render(&writer));
        QVERIFY(renderer.pageCount() > 1);
        const QTextDocument *document = renderer.body()->document();
        const QString text = document->toPlainText();
        QVERIFY(text.contains(QStringLiteral("<script>document.location=")));
        QVERIFY(text.contains(QStringLiteral("<img src=\"file:///etc/passwd\">")));
        QVERIFY(withoutBreaks(text).contains(m_longLine.trimmed()));
        expectInert(text);
        const DocumentParts found = parts(document);
        QCOMPARE(found.links, QStringList());
        for (const QString &image : found.images) // only the QR codes the handout makes itself
            QVERIFY2(image.startsWith(QStringLiteral("handout-qr:")), qPrintable(image));
    }

    void commandLineShowsItAsText()
    {
        int exitCode = -1;
        const QString shown = runApp({QStringLiteral("--show"), QStringLiteral("huanjiao://condition/tic")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(shown.contains(QStringLiteral("<script>document.location=")));
        QVERIFY(shown.contains(m_longLine.trimmed()));
        QVERIFY(shown.contains(QStringLiteral("右左覆盖")));
        expectInert(shown);

        const QString found = runApp({QStringLiteral("--search"), QStringLiteral("抽动")}, &exitCode);
        QCOMPARE(exitCode, 0);
        const QStringList lines = found.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            QVERIFY2(line.count(QLatin1Char('\t')) >= 3, qPrintable(line)); // kind, name, address, match: no more lines
            expectInert(line);
        }
    }
};

QTEST_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
