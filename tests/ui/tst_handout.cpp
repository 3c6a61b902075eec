// SPDX-License-Identifier: GPL-3.0-or-later
#include "../PdfTools.h"
#include "../database/TestDatabase.h"

#include "HandoutDocument.h"
#include "HandoutFont.h"
#include "HandoutRenderer.h"
#include "Labels.h"
#include "PdfExport.h"
#include "Prose.h"
#include "QrCode.h"

#include <QBuffer>
#include <QFile>
#include <QTextTable>

#include <algorithm>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QGlyphRun>
#include <QRawFont>
#include <QTest>
#include <QAbstractTextDocumentLayout>
#include <QTextFrame>
#include <QTextLayout>

using namespace huanjiao;

// Handouts on paper: topics of every kind of the bundled content exported as
// a PDF and read back with the tools a reader (or a screen reader) would use;
// every condition is checked to fit its pages.
class TestHandout : public QObject
{
    Q_OBJECT

    test::TestDatabase m_bundled;
    QTemporaryDir m_dir;

    HandoutRenderer::Options options() const
    {
        HandoutRenderer::Options options;
        options.sampleContent = m_bundled.info().sample;
        options.printed = QDate(2026, 12, 1);
        return options;
    }

    Entity entity(Kind kind, const QString &id) const
    {
        const auto e = m_bundled.repo().entity(kind, id);
        if (!e)
            qFatal("no %s/%s in the test database", qPrintable(kindName(kind)), qPrintable(id));
        return *e;
    }

    // Writes a handout and returns its path (empty on failure, with the reason in *message).
    QString exportPdf(const QList<Entity> &topics, const QString &name, QPageSize::PageSizeId paper = QPageSize::A4,
                      const HandoutRenderer::Options *opts = nullptr, QString *message = nullptr)
    {
        HandoutRenderer renderer(topics, opts ? *opts : options());
        const QString path = m_dir.filePath(name);
        const PdfExport::Result result = PdfExport::write(renderer, paper, path, topics.first().ref.name);
        if (message)
            *message = result.message;
        return result.ok ? path : QString();
    }

    // Each heading's last line on the same page as the first line of the block after it.
    static QStringList strandedHeadings(const HandoutRenderer &renderer)
    {
        QStringList stranded;
        const qreal pageHeight = renderer.bodyPageHeight();
        // In document coordinates: blocks in a frame (the emergency box) are
        // placed within it.
        const auto pageOf = [pageHeight](const QTextBlock &block, int line) {
            const qreal top = block.document()->documentLayout()->blockBoundingRect(block).top();
            const QTextLine l = block.layout()->lineAt(line);
            return int((top + l.y() + l.height() / 2) / pageHeight);
        };
        for (QTextBlock b = renderer.body()->document()->begin(); b.isValid(); b = b.next()) {
            QTextBlock next = b.next();
            while (next.isValid() && next.text().isEmpty() && next.next().isValid())
                next = next.next(); // the empty block a box stands after
            if (b.blockFormat().headingLevel() < 2 || !next.isValid() || next.layout()->lineCount() == 0)
                continue;
            if (pageOf(b, b.layout()->lineCount() - 1) != pageOf(next, 0))
                stranded << b.text();
        }
        return stranded;
    }

    // A condition with the questions section the content is gaining.
    Entity withQuestions() const
    {
        Entity topic = entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
        topic.sections.removeIf([](const Section &s) { return s.key == QLatin1String("questions"); });
        topic.sections.append({QStringLiteral("questions"),
                               QStringLiteral("- 我的面肌痉挛是什么原因引起的？\n- 哪种治疗最适合我？\n- 手术有哪些风险？"),
                               {}});
        return topic;
    }

    // The longest notes the dialog accepts, in full-width characters: the
    // most lines, and one long line that wraps.
    static QStringList longestNotes()
    {
        QStringList lines;
        for (int i = 0; i < HandoutDocument::kMaxNoteLines; ++i)
            lines << QString(HandoutDocument::kMaxNoteChars / HandoutDocument::kMaxNoteLines - 1, QChar(0x6ce8));
        return {lines.join(QLatin1Char('\n')), QString(HandoutDocument::kMaxNoteChars, QChar(0x6ce8))};
    }

    // The number of pages a layout takes on `paper`, without writing a file.
    static int laidOutPages(HandoutRenderer &renderer, QPageSize::PageSizeId paper)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setPageSize(QPageSize(paper));
        writer.setPageMargins(HandoutRenderer::pageMargins(), QPageLayout::Millimeter);
        renderer.layout(&writer);
        return renderer.pageCount();
    }

    // The topics of a kind a handout check reads back: all of a small kind;
    // of a large one, kPerKind spread evenly over the list in name order
    // (the first and the last among them) and the longest, the likeliest to
    // overflow. Deterministic, and every kind stays covered as content grows.
    static constexpr int kPerKind = 12;
    // A condition's handout, with its boxed emergency signs and its questions
    // for the doctor, stays within this many pages on A4 and on Letter.
    static constexpr int kMaxConditionPages = 5;
    QList<EntityRef> sampled(Kind kind) const
    {
        const auto refs = m_bundled.repo().listRange(kind, 0, 0, 100000);
        if (refs.size() <= kPerKind)
            return refs;
        QList<EntityRef> picked;
        for (int i = 0; i < kPerKind; ++i)
            picked.append(refs.at(qsizetype(i) * (refs.size() - 1) / (kPerKind - 1)));
        const auto length = [this, kind](const EntityRef &ref) {
            qsizetype n = 0;
            for (const auto &section : entity(kind, ref.id).sections) {
                n += section.body.size();
                for (const auto &item : section.items)
                    n += item.title.size() + item.body.size();
            }
            return n;
        };
        const EntityRef longest = *std::max_element(refs.begin(), refs.end(), [&](const EntityRef &a, const EntityRef &b) {
            return length(a) < length(b);
        });
        if (std::none_of(picked.begin(), picked.end(), [&](const EntityRef &r) { return r.rowid == longest.rowid; }))
            picked.append(longest);
        return picked;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_bundled.openBundled(&error), qPrintable(error));
        const PdfTools::Output probe = PdfTools::run(QStringLiteral("pdfinfo"), {QStringLiteral("-v")});
        QVERIFY2(probe.error.contains(QStringLiteral("pdfinfo")), qPrintable(probe.error));
    }

    void fontCopiesTextOutCleanly()
    {
        // The chosen font must not map Kangxi radicals onto the ideographs'
        // glyphs, or pdftotext reads 面 as ⾯ (U+2F86).
        QVERIFY2(HandoutFont::extractsCleanly(HandoutFont::family()), qPrintable(HandoutFont::family()));
    }

    void everyKindExports_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        for (Kind kind : {Kind::Condition, Kind::Drug, Kind::Test, Kind::Article, Kind::Qa, Kind::Doctor}) {
            const auto refs = sampled(kind);
            QVERIFY(!refs.isEmpty());
            for (const auto &ref : refs)
                QTest::newRow(qPrintable(kindName(kind) + QLatin1Char('/') + ref.id)) << int(kind) << ref.id;
        }
    }

    void everyKindExports()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        const Entity topic = entity(Kind(kind), id);
        QString message;
        const QString pdf = exportPdf({topic}, QStringLiteral("topic.pdf"), QPageSize::A4, nullptr, &message);
        QVERIFY2(!pdf.isEmpty(), qPrintable(message));

        const PdfTools::Info info = PdfTools::info(pdf);
        QVERIFY(info.pages >= 1);
        if (Kind(kind) == Kind::Condition)
            QVERIFY2(info.pages <= kMaxConditionPages, qPrintable(QStringLiteral("%1 pages").arg(info.pages)));

        QString fontError;
        const auto fonts = PdfTools::fonts(pdf, &fontError);
        QVERIFY2(!fonts.isEmpty(), qPrintable(fontError));
        for (const auto &font : fonts)
            QVERIFY2(font.embedded, qPrintable(font.name + QStringLiteral(" is not embedded")));

        const PdfTools::Output text = PdfTools::text(pdf);
        QVERIFY2(text.ok, qPrintable(text.error));
        const QString all = PdfTools::squeezed(text.text);
        QVERIFY2(all.contains(PdfTools::squeezed(topic.ref.name)), qPrintable(topic.ref.name));
        for (const auto &section : topic.sections) {
            const QString heading = PdfTools::squeezed(Labels::section(section.key));
            QVERIFY2(all.contains(heading), qPrintable(heading));
            if (!section.items.isEmpty()) {
                const QString item = PdfTools::squeezed(section.items.first().title);
                QVERIFY2(all.contains(item), qPrintable(item));
            }
        }
        for (const auto &alias : topic.aliases)
            QVERIFY2(all.contains(PdfTools::squeezed(alias)), qPrintable(alias));
        if (topic.source.isValid())
            QVERIFY(all.contains(PdfTools::squeezed(topic.source.name)));
        // The footer tells the review status honestly: "updated" for sample
        // text, never "reviewed" for what nobody reviewed.
        const QString review = Labels::reviewLine(topic);
        if (!review.isEmpty())
            QVERIFY2(all.contains(PdfTools::squeezed(review)), qPrintable(review));
        if (topic.status != QLatin1String("reviewed")) {
            Entity reviewed;
            reviewed.status = QStringLiteral("reviewed");
            reviewed.reviewer = QStringLiteral("@");
            reviewed.reviewed = QStringLiteral("2026-01-01");
            const QString claim = Labels::reviewLine(reviewed).section(QLatin1Char('@'), 0, 0).trimmed();
            QVERIFY(!claim.isEmpty());
            QVERIFY2(!all.contains(PdfTools::squeezed(claim)), qPrintable(claim));
        }
        QVERIFY(all.contains(PdfTools::squeezed(HandoutDocument::tr("Sample content."))));
        QVERIFY(all.contains(QStringLiteral("2026-12-01"))); // date printed
        // Every page says which of how many it is.
        for (int page = 1; page <= info.pages; ++page) {
            const QString pageText = PdfTools::squeezed(PdfTools::text(pdf, page, page).text);
            const QString label = PdfTools::squeezed(HandoutRenderer::tr("Page %1 of %2").arg(page).arg(info.pages));
            QVERIFY2(pageText.contains(label), qPrintable(label));
        }
    }

    // Every line of every topic copies out of the PDF character for character:
    // Latin letters and digits among Chinese (维生素B12, PHQ-9, HLA-B*1502)
    // included. ctest runs this twice: with the system's fonts, and with a
    // fontconfig that knows only the CJK fonts (tst_handout_cjk_fontconfig),
    // where Latin text once fell back to them and lost its digits.
    void everyLineCopiesOutWhole_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        // Every topic, not a sample: any of them may hold the Latin text that once went missing.
        for (Kind kind : {Kind::Condition, Kind::Drug, Kind::Test, Kind::Article, Kind::Qa, Kind::Doctor}) {
            const auto refs = m_bundled.repo().listRange(kind, 0, 0, 100000);
            QVERIFY(!refs.isEmpty());
            for (const auto &ref : refs)
                QTest::newRow(qPrintable(kindName(kind) + QLatin1Char('/') + ref.id)) << int(kind) << ref.id;
        }
    }

    void everyLineCopiesOutWhole()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        const Entity topic = entity(Kind(kind), id);
        HandoutRenderer renderer({topic}, options());
        const QString path = m_dir.filePath(QStringLiteral("lines.pdf"));
        const PdfExport::Result result = PdfExport::write(renderer, QPageSize::A4, path, topic.ref.name);
        QVERIFY2(result.ok, qPrintable(result.message));
        const PdfTools::Output text = PdfTools::text(path);
        QVERIFY2(text.ok, qPrintable(text.error));
        const QString all = PdfTools::squeezed(text.text);
        QStringList missing;
        int lines = 0;
        for (QTextBlock block = renderer.body()->document()->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            for (int i = 0; layout && i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                QString piece = PdfTools::squeezed(block.text().mid(line.textStart(), line.textLength()));
                piece.remove(QChar::ObjectReplacementCharacter); // the QR code and the logo
                // pdftotext joins a word broken after a hyphen at a line's end, dropping the hyphen.
                if (i + 1 < layout->lineCount() && piece.endsWith(QLatin1Char('-')))
                    piece.chop(1);
                if (piece.isEmpty())
                    continue;
                ++lines;
                if (!all.contains(piece))
                    missing << piece;
            }
        }
        QVERIFY(lines > 0);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the PDF's text:\n") + missing.join(QLatin1Char('\n'))));
    }

    void latinTextIsSetInTheLatinFont()
    {
        QVERIFY2(!HandoutFont::latinFamily().isEmpty(), "the Latin font file is missing (fonts-dejavu-core)");
        const QFont font = HandoutFont::font(12);
        QCOMPARE(font.families().value(0), HandoutFont::latinFamily());
        QTextLayout layout(QStringLiteral("维生素B12"), font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        QStringList used;
        for (const QGlyphRun &run : layout.glyphRuns())
            used << run.rawFont().familyName();
        QVERIFY2(used.contains(HandoutFont::latinFamily()), qPrintable(used.join(QLatin1Char(','))));
        QVERIFY2(used.contains(HandoutFont::family()), qPrintable(used.join(QLatin1Char(','))));
    }

    void hemifacialSpasmReadsBackInChinese()
    {
        const QString pdf = exportPdf({entity(Kind::Condition, QStringLiteral("hemifacial-spasm"))},
                                      QStringLiteral("hfs.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString first = PdfTools::text(pdf, 1, 1).text;
        // Exact characters, not look-alike radicals (⾯ U+2F86 for 面).
        QVERIFY(first.contains(QStringLiteral("面肌痉挛")));
        QVERIFY(!first.contains(QChar(0x2F86)));
        QVERIFY(PdfTools::squeezed(first).contains(QStringLiteral("面肌抽搐、半面痉挛")));
        const QString all = PdfTools::squeezed(PdfTools::text(pdf).text);
        for (const char *words : {"1.血管压迫", "4.其他因素", "微血管减压术", "卡马西平", "叶琳"})
            QVERIFY2(all.contains(QString::fromUtf8(words)), words);
    }

    void a4AndLetterHaveTheirSizes()
    {
        const Entity topic = entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
        const PdfTools::Info a4 = PdfTools::info(exportPdf({topic}, QStringLiteral("a4.pdf"), QPageSize::A4));
        QCOMPARE(qRound(a4.pageSize.width()), 595);
        QCOMPARE(qRound(a4.pageSize.height()), 842);
        const PdfTools::Info letter =
            PdfTools::info(exportPdf({topic}, QStringLiteral("letter.pdf"), QPageSize::Letter));
        QCOMPARE(qRound(letter.pageSize.width()), 612);
        QCOMPARE(qRound(letter.pageSize.height()), 792);
        QVERIFY(letter.pages >= 1 && letter.pages <= kMaxConditionPages);
    }

    void everyConditionFitsOnLetterToo()
    {
        for (const auto &ref : m_bundled.repo().listRange(Kind::Condition, 0, 0, 10000)) {
            HandoutRenderer renderer({entity(Kind::Condition, ref.id)}, options());
            const PdfExport::Result result =
                PdfExport::write(renderer, QPageSize::Letter, m_dir.filePath(QStringLiteral("c.pdf")), ref.name);
            QVERIFY2(result.ok, qPrintable(result.message));
            QVERIFY2(result.pages >= 1 && result.pages <= kMaxConditionPages, qPrintable(ref.id));
        }
    }

    void noteIsPrintedUnderTheTitleAsPlainText()
    {
        HandoutRenderer::Options opts = options();
        opts.note = QStringLiteral("下次复诊：12月15日上午\n请带上 <b>病历</b> & 药盒");
        const QString path = exportPdf({entity(Kind::Condition, QStringLiteral("hemifacial-spasm"))},
                                       QStringLiteral("note.pdf"), QPageSize::A4, &opts);
        QVERIFY(!path.isEmpty());
        const PdfTools::Output page1 = PdfTools::text(path, 1, 1);
        QVERIFY2(page1.ok, qPrintable(page1.error));
        const QString text = PdfTools::squeezed(page1.text);
        QVERIFY(text.contains(PdfTools::squeezed(QStringLiteral("下次复诊：12月15日上午"))));
        // Markup in a note is text, printed as typed.
        QVERIFY2(text.contains(QStringLiteral("请带上<b>病历</b>&药盒")), qPrintable(page1.text));
        QVERIFY(text.contains(QStringLiteral("2026-12-01")));
        // Under the title: the note comes before the first section.
        QVERIFY(text.indexOf(QStringLiteral("下次复诊")) < text.indexOf(PdfTools::squeezed(Labels::section(QStringLiteral("overview")))));
        // Only on the first page, once.
        QCOMPARE(PdfTools::squeezed(PdfTools::text(path).text).count(QStringLiteral("下次复诊")), 1);
    }

    void noteIsLimitedToAFewLines()
    {
        const QString limited = HandoutDocument::limitNote(QString(1000, QLatin1Char('x')) + QStringLiteral("\n\n\n\n\n\n\n\n"));
        QCOMPARE(limited.size(), HandoutDocument::kMaxNoteChars);
        QCOMPARE(HandoutDocument::limitNote(QStringLiteral("a\nb\nc\nd\ne\nf\ng\nh")).count(QLatin1Char('\n')),
                 HandoutDocument::kMaxNoteLines - 1);
    }

    void questionsArePrintedWithLinesForAnswers()
    {
        HandoutRenderer renderer({withQuestions()}, options());
        laidOutPages(renderer, QPageSize::A4);
        // Each question is followed by a table of ruled lines: cells with a bottom border only.
        int ruled = 0;
        QTextDocument *doc = renderer.body()->document();
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            QTextCursor cursor(b);
            QTextTable *table = cursor.currentTable();
            if (!table || table->cellAt(b.position()).row() != 0 || table->columns() != 1 || table->format().border() != 0)
                continue;
            const QTextTableCellFormat cell = table->cellAt(0, 0).format().toTableCellFormat();
            if (cell.bottomBorder() > 0 && cell.topBorder() == 0 && table->rows() >= 2)
                ++ruled;
        }
        QCOMPARE(ruled, 3);
        const QString path = exportPdf({withQuestions()}, QStringLiteral("questions.pdf"));
        const QString text = PdfTools::squeezed(PdfTools::text(path).text);
        QVERIFY(text.contains(PdfTools::squeezed(Labels::section(QStringLiteral("questions")))));
        QVERIFY(text.contains(QStringLiteral("1.我的面肌痉挛是什么原因引起的？")));
        QVERIFY(text.contains(QStringLiteral("3.手术有哪些风险？")));
    }

    void summaryHasWhatItIsWhatToDoAndTheEmergencySigns()
    {
        HandoutRenderer::Options opts = options();
        opts.layout = HandoutDocument::Layout::Summary;
        opts.note = QStringLiteral("两周后复查");
        opts.settings.clinicName = QStringLiteral("城东社区卫生服务中心");
        const Entity topic = entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
        const QString path = exportPdf({topic}, QStringLiteral("summary.pdf"), QPageSize::A4, &opts);
        QVERIFY(!path.isEmpty());
        QCOMPARE(PdfTools::info(path).pages, 1);
        const QString text = PdfTools::squeezed(PdfTools::text(path).text);
        QVERIFY(text.contains(QStringLiteral("城东社区卫生服务中心")));
        QVERIFY(text.contains(QStringLiteral("两周后复查")));
        QVERIFY(text.contains(PdfTools::squeezed(topic.ref.name)));
        QVERIFY(text.contains(PdfTools::squeezed(HandoutDocument::tr("What it is"))));
        QVERIFY(text.contains(PdfTools::squeezed(HandoutDocument::tr("What to do"))));
        QVERIFY(text.contains(PdfTools::squeezed(topic.summary).left(20)));
        bool emergency = false;
        for (const auto &section : topic.sections)
            for (const auto &item : section.items)
                emergency = emergency || item.type == QLatin1String("emergency");
        if (emergency) {
            QVERIFY(text.contains(PdfTools::squeezed(Labels::emergencyHeading())));
        } else {
            // Without emergency items, when to see a doctor as the content puts it, not a bare heading.
            for (const auto &section : topic.sections) {
                if (section.key != QLatin1String("seek-care"))
                    continue;
                for (const ProseBlock &block : proseBlocks(section.body).mid(0, 2))
                    QVERIFY2(text.contains(PdfTools::squeezed(block.text)), qPrintable(block.text));
            }
        }
        // No full-handout sections.
        QVERIFY(!text.contains(PdfTools::squeezed(Labels::section(QStringLiteral("causes")))));
    }

    // The kiosk's large print: the same summary, every type size a third
    // larger, still one page for every condition (a sample of them here, on
    // the shorter Letter page), with the clinic header.
    void largePrintSummaryFitsOnePage()
    {
        HandoutRenderer::Options opts = options();
        opts.layout = HandoutDocument::Layout::Summary;
        opts.largePrint = true;
        opts.settings.clinicName = QStringLiteral("城东社区卫生服务中心");
        const Entity spasm = entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
        const QString path = exportPdf({spasm}, QStringLiteral("large.pdf"), QPageSize::A4, &opts);
        QCOMPARE(PdfTools::info(path).pages, 1);
        const QString text = PdfTools::squeezed(PdfTools::text(path).text);
        QVERIFY(text.contains(QStringLiteral("城东社区卫生服务中心")));
        QVERIFY(text.contains(PdfTools::squeezed(HandoutDocument::tr("What it is"))));
        QVERIFY(text.contains(PdfTools::squeezed(HandoutDocument::tr("What to do"))));
        // Larger type than the ordinary summary: its body text is set bigger.
        {
            QPdfWriter writer(m_dir.filePath(QStringLiteral("probe.pdf")));
            HandoutRenderer large({spasm}, opts);
            large.layout(&writer);
            HandoutRenderer::Options normal = opts;
            normal.largePrint = false;
            HandoutRenderer ordinary({spasm}, normal);
            ordinary.layout(&writer);
            QCOMPARE(large.body()->document()->defaultFont().pointSizeF(),
                     ordinary.body()->document()->defaultFont().pointSizeF() * HandoutDocument::kLargePrintScale);
        }
        const auto refs = m_bundled.repo().listRange(Kind::Condition, 0, 0, 100000);
        for (qsizetype i = 0; i < refs.size(); i += 7) {
            HandoutRenderer renderer({entity(Kind::Condition, refs.at(i).id)}, opts);
            QVERIFY2(laidOutPages(renderer, QPageSize::Letter) == 1, qPrintable(refs.at(i).id));
        }
    }

    void summaryFitsOnePageForEveryCondition()
    {
        // Every bundled condition, on both papers, with the longest note:
        // laid out only (no PDF written), which keeps this fast at hundreds of topics.
        HandoutRenderer::Options opts = options();
        opts.layout = HandoutDocument::Layout::Summary;
        opts.settings.clinicName = QStringLiteral("城东社区卫生服务中心");
        const auto refs = m_bundled.repo().listRange(Kind::Condition, 0, 0, 100000);
        QVERIFY(!refs.isEmpty());
        // Every condition on Letter (the shorter page) with the long wrapping
        // note; every fourth also on A4 and with the note of most lines.
        const QStringList notes = longestNotes();
        for (qsizetype i = 0; i < refs.size(); ++i) {
            const auto &ref = refs.at(i);
            Entity topic = entity(Kind::Condition, ref.id);
            const bool all = i % 4 == 0;
            for (QPageSize::PageSizeId paper : {QPageSize::Letter, QPageSize::A4}) {
                if (paper == QPageSize::A4 && !all)
                    continue;
                for (const QString &note : notes) {
                    if (note != notes.last() && !all)
                        continue;
                    opts.note = note;
                    HandoutRenderer renderer({topic}, opts);
                    QVERIFY2(laidOutPages(renderer, paper) == 1,
                             qPrintable(QStringLiteral("%1 on %2").arg(ref.id, QPageSize::name(paper))));
                }
            }
        }
    }

    void basketOfFiveListsFiveEntries()
    {
        const QList<Entity> topics{
            entity(Kind::Condition, QStringLiteral("hemifacial-spasm")),
            entity(Kind::Drug, QStringLiteral("carbamazepine")),
            entity(Kind::Test, QStringLiteral("emg-lsr")),
            entity(Kind::Doctor, QStringLiteral("ye-lin")),
            entity(Kind::Qa, QStringLiteral("hfs-qa-causes")),
        };
        const QString pdf = exportPdf(topics, QStringLiteral("basket.pdf"));
        QVERIFY(!pdf.isEmpty());
        const PdfTools::Info info = PdfTools::info(pdf);
        const QStringList contents = PdfTools::text(pdf, 1, 1).text.split(QLatin1Char('\n'));
        QVERIFY(contents.join(QString()).contains(HandoutDocument::tr("Contents")));
        // pdftotext puts the page number on its own line, after the entry.
        int entries = 0;
        for (int i = 0; i < topics.size(); ++i) {
            const QString entry = QStringLiteral("%1. %2").arg(i + 1).arg(topics.at(i).ref.name);
            int line = -1;
            for (int l = 0; l < contents.size(); ++l) {
                if (contents.at(l).startsWith(entry))
                    line = l;
            }
            QVERIFY2(line >= 0, qPrintable(entry));
            ++entries;
            // The page the contents gives is where the topic starts.
            bool numbered = false;
            int page = 0;
            for (int l = line + 1; l < contents.size() && !numbered; ++l)
                page = contents.at(l).trimmed().toInt(&numbered);
            QVERIFY2(numbered && page > 1 && page <= info.pages, qPrintable(entry));
            const QString start = PdfTools::text(pdf, page, page).text;
            QVERIFY2(start.trimmed().split(QLatin1Char('\n')).mid(0, 6).join(QString()).contains(topics.at(i).ref.name),
                     qPrintable(entry));
        }
        QCOMPARE(entries, 5);
        // One topic per page start, in basket order.
        for (int i = 1; i < topics.size(); ++i)
            QVERIFY(PdfTools::squeezed(PdfTools::text(pdf, 2, info.pages).text).contains(topics.at(i).ref.name));
    }

    void clinicHeaderAndQrLinkFromSettings()
    {
        HandoutRenderer::Options opts = options();
        opts.settings.clinicName = QStringLiteral("示例社区医院");
        opts.settings.address = QStringLiteral("健康路 1 号");
        opts.settings.phone = QStringLiteral("010-1234-5678");
        opts.settings.qrTemplate = QStringLiteral("https://clinic.example/t/{id}");
        const QString pdf = exportPdf({entity(Kind::Condition, QStringLiteral("hemifacial-spasm"))},
                                      QStringLiteral("clinic.pdf"), QPageSize::A4, &opts);
        QVERIFY(!pdf.isEmpty());
        const PdfTools::Info info = PdfTools::info(pdf);
        for (int page = 1; page <= info.pages; ++page) {
            const QString text = PdfTools::text(pdf, page, page).text;
            QVERIFY(text.contains(QStringLiteral("示例社区医院")));
            QVERIFY(text.contains(QStringLiteral("010-1234-5678")));
        }
        const QStringList codes = PdfTools::qrCodes(pdf, 1, m_dir.path());
        QCOMPARE(codes, QStringList{QStringLiteral("https://clinic.example/t/hemifacial-spasm")});
    }

    // Without a link set by the clinic there is nothing a phone could open: no code.
    void noQrCodeWithoutALink()
    {
        const QString pdf =
            exportPdf({entity(Kind::Drug, QStringLiteral("carbamazepine"))}, QStringLiteral("qr.pdf"));
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(PdfTools::qrCodes(pdf, 1, m_dir.path()), QStringList());
        QVERIFY(!PdfTools::text(pdf, 1, 1).text.contains(QLatin1String("huanjiao://")));
    }

    void qrCodeImageHasAQuietZone()
    {
        const QImage image = QrCode::image("https://clinic.example/t/hemifacial-spasm", 3);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        QCOMPARE(image.width() % 3, 0);
        for (int i = 0; i < image.width(); ++i) {
            QCOMPARE(image.pixelIndex(i, 0), 0);
            QCOMPARE(image.pixelIndex(0, i), 0);
        }
        QVERIFY(QrCode::image(QByteArray()).isNull());
        QVERIFY(QrCode::image(QByteArray(8000, 'x')).isNull()); // too long for any QR code
    }

    void headingsStayWithTheirText()
    {
        // Section lengths are varied so that, one layout or another, a
        // heading falls at the foot of a page.
        int moved = 0;
        for (int extra = 0; extra < 40; ++extra) {
            Entity topic = entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
            topic.sections[0].body += QString(extra * 7, QChar(0x6587)); // 文
            HandoutRenderer renderer({topic}, options());
            QPdfWriter writer(m_dir.filePath(QStringLiteral("headings.pdf")));
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(HandoutRenderer::pageMargins(), QPageLayout::Millimeter);
            renderer.layout(&writer);
            QVERIFY(renderer.pageCount() >= 2);
            const QStringList stranded = strandedHeadings(renderer);
            QVERIFY2(stranded.isEmpty(), qPrintable(stranded.join(QStringLiteral(", "))));
            moved += renderer.headingsMoved();
        }
        QVERIFY2(moved > 0, "no layout put a heading at the foot of a page; the check above proved nothing");
    }

    void sameHandoutAtEveryResolution()
    {
        // Printers differ in resolution; the handout must not.
        const QList<Entity> topics{entity(Kind::Condition, QStringLiteral("hemifacial-spasm")),
                                   entity(Kind::Drug, QStringLiteral("carbamazepine"))};
        QList<int> reference;
        HandoutRenderer::Options opts = options();
        opts.settings.qrTemplate = QStringLiteral("https://clinic.example/t/{id}"); // a QR code only with a link
        for (int dpi : {150, 300, 600, 1200}) {
            HandoutRenderer renderer(topics, opts);
            QPdfWriter writer(m_dir.filePath(QStringLiteral("dpi.pdf")));
            writer.setResolution(dpi);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(HandoutRenderer::pageMargins(), QPageLayout::Millimeter);
            renderer.layout(&writer);
            const QList<int> pages{renderer.pageCount(), renderer.topicStartPage(0), renderer.topicStartPage(1)};
            if (reference.isEmpty())
                reference = pages;
            QCOMPARE(pages, reference);

            // The QR code floats beside the title at its size in points (68 pt, about 24 mm).
            QTextFrame *qr = nullptr;
            for (QTextFrame *frame : renderer.body()->document()->rootFrame()->childFrames()) {
                if (frame->frameFormat().position() == QTextFrameFormat::FloatRight)
                    qr = frame;
            }
            QVERIFY(qr);
            const qreal widthPt =
                renderer.body()->document()->documentLayout()->frameBoundingRect(qr).width() * 72.0 / dpi;
            QVERIFY2(qAbs(widthPt - 68) < 2, qPrintable(QString::number(widthPt)));
        }
    }

    void unwritablePathsSayWhy()
    {
        const QList<Entity> topic{entity(Kind::Condition, QStringLiteral("hemifacial-spasm"))};
        HandoutRenderer renderer(topic, options());
        PdfExport::Result r =
            PdfExport::write(renderer, QPageSize::A4, m_dir.filePath(QStringLiteral("missing/x.pdf")), QString());
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("missing")), qPrintable(r.message));
        r = PdfExport::write(renderer, QPageSize::A4, m_dir.path(), QString());
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("folder")), qPrintable(r.message));
    }

    void fullDiskSaysSo()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        HandoutRenderer renderer({entity(Kind::Condition, QStringLiteral("hemifacial-spasm"))}, options());
        const PdfExport::Result r = PdfExport::write(renderer, QPageSize::A4, QStringLiteral("/dev/full"), QString());
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("disk is full")), qPrintable(r.message));
    }

    void existingFileIsReplacedWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("replace.pdf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(1 << 20, 'x')); // longer than the handout: no tail may survive
        }
        HandoutRenderer renderer({entity(Kind::Test, QStringLiteral("emg-lsr"))}, options());
        QVERIFY(PdfExport::write(renderer, QPageSize::A4, path, QString()).ok);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }
};

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
