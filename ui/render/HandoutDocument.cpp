// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutDocument.h"

#include "InertText.h"
#include "Labels.h"
#include "Prose.h"
#include "QrCode.h"
#include "HandoutFont.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

// QTextDocument takes margins, indents, borders and image sizes in pixels of
// Qt's default resolution and scales them to the paint device by
// device dpi / qt_defaultDpiY() (the screen's logical dpi, 100 with no
// screen). Lengths in points convert with that same figure.
Q_GUI_EXPORT int qt_defaultDpiY();

namespace huanjiao {

namespace {

const QColor kMuted(0x44, 0x4c, 0x56);
const QColor kNoticeBorder(0x9a, 0x74, 0x00);
const QColor kNoticeBackground(0xff, 0xf4, 0xd6);
const QColor kEmergencyBorder(0x8c, 0x14, 0x14);     // dark enough to print as near-black in greyscale
const QColor kEmergencyBackground(0xfd, 0xec, 0xea); // pale: body text keeps its contrast
const QColor kEmergencyText(0x8c, 0x14, 0x14);
constexpr qreal kLineHeight = 135; // percent: generous leading helps older eyes
constexpr qreal kRelatedPt = 11;
constexpr int kQrModulePixels = 8; // about 300 dpi at this size: sharp in print and on screen
constexpr qreal kQrPt = 68;        // about 24 mm: scans from a phone at arm's length

// Related lists a reader of a printed sheet can act on, most useful first.
const QList<RelationType> kRelationOrder{
    RelationType::TreatedWith, RelationType::DiagnosedBy, RelationType::TreatedBy, RelationType::About,
    RelationType::SeeAlso,     RelationType::WorksAt,     RelationType::AnsweredBy,
};

// Up to the end of the first sentence (or clause before a semicolon), ending in a full stop.
QString leadSentence(const QString &text)
{
    static const QString ends = QStringLiteral("。；;！？!?");
    for (int i = 0; i < text.size() - 1; ++i) {
        if (ends.contains(text.at(i))) {
            const QChar end = text.at(i) == QChar(0xff1b) ? QChar(0x3002) : text.at(i) == QLatin1Char(';') ? QLatin1Char('.') : text.at(i);
            return text.left(i) + end;
        }
    }
    return text;
}

} // namespace

HandoutDocument::HandoutDocument(const QList<Entity> &entities, const Options &options, const QSizeF &bodySize,
                                 QPaintDevice *device)
    : m_document(std::make_unique<QTextDocument>())
    , m_options(options)
    , m_cssDpi(qt_defaultDpiY())
    , m_deviceDpi(device->logicalDpiY())
    , m_width(bodySize.width())
{
    // Before any text: blocks laid out while inserting would otherwise be
    // measured for the screen.
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setUndoRedoEnabled(false);
    m_document->setDocumentMargin(0); // the renderer places the body between header and footer
    m_document->setPageSize(bodySize);
    m_document->setIndentWidth(pt(20));
    m_document->setDefaultFont(typeFont(kBodyPt));
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);

    if (m_options.layout == Layout::Summary) {
        // One page per topic and no contents list: each sheet stands alone.
        for (int i = 0; i < entities.size(); ++i) {
            if (entities.at(i).ref.kind == Kind::Leaflet) { // a leaflet is short: whole, it is its own summary
                addTopic(entities.at(i), i > 0);
                continue;
            }
            QTextCursor cursor(m_document.get());
            cursor.movePosition(QTextCursor::End);
            addTitle(cursor, entities.at(i), i > 0);
            addSummary(entities.at(i));
        }
        return;
    }
    if (entities.size() > 1)
        addContents(entities);
    for (int i = 0; i < entities.size(); ++i)
        addTopic(entities.at(i), i > 0 || hasContents());
}

HandoutDocument::~HandoutDocument() = default;

QTextBlockFormat HandoutDocument::bodyBlock() const
{
    QTextBlockFormat format;
    format.setLineHeight(kLineHeight, QTextBlockFormat::ProportionalHeight);
    format.setTopMargin(pt(2));
    format.setBottomMargin(pt(4));
    return format;
}

QTextCharFormat HandoutDocument::bodyChar() const
{
    QTextCharFormat format;
    format.setFont(typeFont(kBodyPt));
    format.setForeground(Qt::black);
    return format;
}

void HandoutDocument::addContents(const QList<Entity> &entities)
{
    QTextCursor cursor(m_document.get());
    QTextBlockFormat title;
    title.setHeadingLevel(1);
    title.setBottomMargin(pt(10));
    cursor.setBlockFormat(title);
    QTextCharFormat titleChar = bodyChar();
    titleChar.setFont(typeFont(kTitlePt, true));
    cursor.insertText(tr("Contents"), titleChar);

    QTextCharFormat note = bodyChar();
    note.setForeground(kMuted);
    cursor.insertBlock(bodyBlock());
    cursor.insertText(tr("%n topic(s) in this handout.", nullptr, int(entities.size())), note);
    addNote(cursor);

    // Entry: "1. Name (kind)" and the page number against the right margin.
    QTextBlockFormat entry = bodyBlock();
    entry.setTopMargin(pt(6));
    // Tab positions are scaled like margins (see pt()); a hair inside the edge so the number stays on the line.
    entry.setTabPositions({QTextOption::Tab(m_width * m_cssDpi / m_deviceDpi - pt(1), QTextOption::RightTab)});
    for (int i = 0; i < entities.size(); ++i) {
        const EntityRef &ref = entities.at(i).ref;
        cursor.insertBlock(entry);
        m_contentsBlocks.append(cursor.block().blockNumber());
        cursor.insertText(QStringLiteral("%1. %2").arg(i + 1).arg(InertText::forLayout(ref.name)), bodyChar());
        QTextCharFormat kind = bodyChar();
        kind.setForeground(kMuted);
        cursor.insertText(QStringLiteral("  ") + Labels::kindSingular(ref.kind), kind);
        cursor.insertText(QStringLiteral("\t0"), bodyChar());
    }
}

void HandoutDocument::setContentsPages(const QList<int> &pages)
{
    for (int i = 0; i < m_contentsBlocks.size() && i < pages.size(); ++i) {
        const QTextBlock block = m_document->findBlockByNumber(m_contentsBlocks.at(i));
        const int tab = block.text().lastIndexOf(QLatin1Char('\t'));
        if (tab < 0)
            continue;
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + tab + 1);
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.insertText(QString::number(pages.at(i)), bodyChar());
    }
}

void HandoutDocument::addTopic(const Entity &entity, bool newPage)
{
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    addTitle(cursor, entity, newPage);
    if (!hasContents() && m_topics.size() == 1)
        addNote(cursor);
    addStatusNotice(cursor, entity);

    if (!entity.summary.isEmpty() && entity.ref.kind != Kind::Department) {
        cursor.insertBlock(bodyBlock());
        cursor.insertText(InertText::forLayout(entity.summary), bodyChar());
    }
    for (const auto &[key, value] : entity.fields)
        addParagraph(cursor, value, Labels::field(key));

    for (const auto &section : entity.sections) {
        addHeading(cursor, Labels::section(entity.ref.kind, section.key), 2);
        if (section.key == QLatin1String("questions")) {
            addQuestions(cursor, section.body);
            continue;
        }
        addProse(cursor, section.body);
        const bool seekCare = section.key == QLatin1String("seek-care");
        for (int i = 0; i < section.items.size(); ++i) {
            const auto &item = section.items.at(i);
            if (seekCare && item.type == QLatin1String("emergency")) {
                addEmergencyItem(cursor, item);
                continue;
            }
            QString title = item.title;
            if (section.key == QLatin1String("causes"))
                title = QStringLiteral("%1. %2").arg(i + 1).arg(title);
            if (!item.type.isEmpty())
                title += QStringLiteral(" [%1]").arg(seekCare ? Labels::urgency(item.type)
                                                              : Labels::treatmentType(item.type));
            addHeading(cursor, title, 3);
            addProse(cursor, item.body);
        }
    }
    addRelations(cursor, entity);
}

void HandoutDocument::addStatusNotice(QTextCursor &cursor, const Entity &entity)
{
    const bool sample = m_options.sampleContent || entity.status == QLatin1String("sample");
    const bool draft = !sample && entity.status == QLatin1String("draft");
    m_topics.last().sample = sample;
    m_topics.last().draft = draft;
    if (sample)
        addNotice(cursor, tr("Sample content."),
                  tr("Written for demonstration and not reviewed for use with patients. Ask your "
                     "doctor about your own situation."));
    else if (draft)
        addNotice(cursor, tr("Draft."),
                  tr("This text has not been reviewed yet and may change. Ask your doctor about your own situation."));
}

void HandoutDocument::addSummary(const Entity &entity)
{
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    addNote(cursor);
    addStatusNotice(cursor, entity);
    const SummaryBudget &budget = m_options.budget;

    // What it is: the one-line summary and the start of the overview.
    addHeading(cursor, tr("What it is"), 2);
    if (!entity.summary.isEmpty()) {
        cursor.insertBlock(bodyBlock());
        cursor.insertText(InertText::forLayout(entity.summary), bodyChar());
    }
    const Section *care = nullptr;
    const Section *seekCare = nullptr;
    for (const auto &section : entity.sections) {
        if (section.key == QLatin1String("overview")) {
            int paragraphs = 0;
            for (const auto &block : proseBlocks(section.body)) {
                if (paragraphs++ >= budget.overviewParagraphs)
                    break;
                cursor.insertBlock(bodyBlock());
                cursor.insertText(InertText::forLayout(block.text), bodyChar());
            }
        } else if (section.key == QLatin1String("care")) {
            care = &section;
        } else if (section.key == QLatin1String("seek-care")) {
            seekCare = &section;
        }
    }

    // What to do: the points of living with it and care, as a short list.
    if (care && budget.careItems > 0) {
        addHeading(cursor, tr("What to do"), 2);
        QStringList points;
        // The lead sentence of each point: a summary says what to do, the full handout says why.
        for (const auto &block : proseBlocks(care->body))
            points.append(leadSentence(block.text));
        for (const auto &item : care->items)
            points.append(item.title);
        QTextListFormat bullets;
        bullets.setStyle(QTextListFormat::ListDisc);
        bullets.setIndent(1);
        QTextList *list = nullptr;
        for (int i = 0; i < points.size() && i < budget.careItems; ++i) {
            cursor.insertBlock(bodyBlock(), bodyChar());
            if (list)
                list->add(cursor.block());
            else
                list = cursor.createList(bullets);
            cursor.insertText(InertText::forLayout(points.at(i)), bodyChar());
        }
    }

    // Emergency signs, boxed as in the full handout, and when to see a doctor otherwise.
    if (seekCare) {
        bool boxed = false;
        for (const auto &item : seekCare->items) {
            if (item.type == QLatin1String("emergency")) {
                addEmergencyItem(cursor, item, budget.emergencyLines);
                boxed = true;
            }
        }
        if (!boxed) {
            // No emergency item written yet: when to see a doctor, as the content says it.
            addHeading(cursor, Labels::section(seekCare->key), 2);
            QString prose;
            const QList<ProseBlock> blocks = proseBlocks(seekCare->body);
            for (int i = 0; i < blocks.size() && i < budget.emergencyLines + 1; ++i)
                prose += (blocks.at(i).type == ProseBlock::Bullet ? QStringLiteral("- ") : QString()) + blocks.at(i).text
                         + QStringLiteral("\n\n");
            addProse(cursor, prose);
            for (const auto &item : seekCare->items)
                addParagraph(cursor, item.title);
        }
    }
}

QString HandoutDocument::limitNote(const QString &note)
{
    QStringList lines = note.left(kMaxNoteChars).split(QLatin1Char('\n'));
    if (lines.size() > kMaxNoteLines)
        lines.resize(kMaxNoteLines);
    return lines.join(QLatin1Char('\n'));
}

void HandoutDocument::addNote(QTextCursor &cursor)
{
    const QString note = limitNote(m_options.note).trimmed();
    if (note.isEmpty())
        return;
    // A plain frame, unlike the notices: it reads as handwriting-space from
    // the clinician, not as a warning.
    cursor.insertBlock(bodyBlock());
    QTextTableFormat box;
    box.setBorder(pt(1.25));
    box.setBorderBrush(Qt::black);
    box.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    box.setCellSpacing(0);
    box.setCellPadding(pt(7));
    box.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    box.setTopMargin(pt(6));
    box.setBottomMargin(pt(6));
    QTextTable *table = cursor.insertTable(1, 1, box);
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    QTextCharFormat heading = bodyChar();
    heading.setFont(typeFont(11, true));
    QTextCharFormat date = bodyChar();
    date.setFont(typeFont(10));
    date.setForeground(kMuted);
    cell.insertText(tr("Note for the patient"), heading);
    if (m_options.noteDate.isValid())
        cell.insertText(QStringLiteral("    ") + m_options.noteDate.toString(Qt::ISODate), date);
    for (const QString &line : note.split(QLatin1Char('\n'))) {
        cell.insertBlock(bodyBlock(), bodyChar());
        cell.insertText(InertText::forLayout(line), bodyChar());
    }
    cursor.movePosition(QTextCursor::End);
}

void HandoutDocument::addQuestions(QTextCursor &cursor, const QString &text)
{
    // Numbered, each with lines to write the doctor's answer on.
    int number = 0;
    for (const auto &block : proseBlocks(text)) {
        if (block.type != ProseBlock::Bullet) {
            cursor.insertBlock(bodyBlock());
            cursor.insertText(InertText::forLayout(block.text), bodyChar());
            continue;
        }
        QTextBlockFormat question = bodyBlock();
        question.setTopMargin(pt(8));
        cursor.insertBlock(question);
        QTextCharFormat bold = bodyChar();
        bold.setFontWeight(QFont::Bold);
        cursor.insertText(QStringLiteral("%1. ").arg(++number), bold);
        cursor.insertText(InertText::forLayout(block.text), bodyChar());
        addAnswerLines(cursor, 2);
    }
}

void HandoutDocument::addAnswerLines(QTextCursor &cursor, int lines)
{
    // A borderless table whose cells have only a bottom rule: lines the
    // width of the text, spaced for handwriting (about 9 mm).
    QTextTableFormat rules;
    rules.setBorder(0);
    rules.setBorderCollapse(true);
    rules.setCellSpacing(0);
    rules.setCellPadding(0);
    rules.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    rules.setTopMargin(pt(2));
    rules.setBottomMargin(pt(2));
    QTextTable *table = cursor.insertTable(lines, 1, rules);
    QTextTableCellFormat cellFormat;
    cellFormat.setBottomBorder(pt(0.6));
    cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    cellFormat.setBottomBorderBrush(QColor(0x6a, 0x72, 0x7c));
    QTextBlockFormat space;
    space.setLineHeight(pt(25), QTextBlockFormat::FixedHeight);
    for (int row = 0; row < lines; ++row) {
        QTextTableCell cell = table->cellAt(row, 0);
        cell.setFormat(cellFormat);
        QTextCursor c = cell.firstCursorPosition();
        c.setBlockFormat(space);
    }
    cursor.movePosition(QTextCursor::End);
}

void HandoutDocument::addTitle(QTextCursor &cursor, const Entity &entity, bool newPage)
{
    Topic topic;
    topic.ref = entity.ref;
    topic.source = entity.source.isValid() ? entity.source.name : QString();
    topic.review = Labels::reviewLine(entity);

    QTextBlockFormat title;
    title.setHeadingLevel(1);
    title.setBottomMargin(pt(4));
    if (newPage) {
        title.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(title);
    } else {
        cursor.setBlockFormat(title);
    }
    topic.titleBlock = cursor.block().blockNumber();

    // The QR code floats at the right of the title lines.
    const QString qrText = m_options.settings.qrText(entity.ref.kind, entity.ref.id);
    const QImage qr = QrCode::image(qrText.toUtf8(), kQrModulePixels);
    if (!qr.isNull()) {
        const QUrl name(QStringLiteral("handout-qr:%1").arg(++m_qrCount));
        m_document->addResource(QTextDocument::ImageResource, name, qr);
        QTextImageFormat image;
        image.setName(name.toString());
        image.setWidth(pt(kQrPt));
        image.setHeight(pt(kQrPt));
        cursor.insertImage(image, QTextFrameFormat::FloatRight);
    }
    QTextCharFormat titleChar = bodyChar();
    titleChar.setFont(typeFont(kTitlePt, true));
    cursor.insertText(InertText::forLayout(entity.ref.name), titleChar);

    QTextCharFormat muted = bodyChar();
    muted.setForeground(kMuted);
    QTextBlockFormat under = bodyBlock();
    under.setTopMargin(0);
    under.setBottomMargin(pt(2));
    QStringList line;
    if (!entity.english.isEmpty())
        line << entity.english;
    if (!entity.aliases.isEmpty())
        line << tr("Also called %1").arg(entity.aliases.join(QStringLiteral("、")));
    if (!entity.layNames.isEmpty())
        line << Labels::layNames(entity.layNames);
    if (entity.ref.kind == Kind::Doctor && !entity.ref.subtitle.isEmpty())
        line << entity.ref.subtitle;
    if (!line.isEmpty()) {
        cursor.insertBlock(under);
        cursor.insertText(InertText::forLayout(line.join(QStringLiteral(" · "))), muted);
    }
    if (!m_options.settings.qrTemplate.isEmpty() && !qr.isNull()) {
        QTextCharFormat small = muted;
        small.setFont(typeFont(9));
        cursor.insertBlock(under);
        cursor.insertText(tr("Read it online: %1").arg(qrText), small);
    }
    m_topics.append(topic);
}

void HandoutDocument::addNotice(QTextCursor &cursor, const QString &title, const QString &text)
{
    cursor.insertBlock(bodyBlock());
    QTextTableFormat box;
    box.setBorder(pt(0.75));
    box.setBorderBrush(kNoticeBorder);
    box.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    box.setCellSpacing(0);
    box.setCellPadding(pt(6));
    box.setBackground(kNoticeBackground);
    box.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    box.setTopMargin(pt(8));
    box.setBottomMargin(pt(6));
    QTextTable *table = cursor.insertTable(1, 1, box);
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    QTextCharFormat plain = bodyChar();
    plain.setFont(typeFont(10.5));
    QTextCharFormat bold = plain;
    bold.setFontWeight(QFont::Bold);
    cell.insertText(title, bold);
    cell.insertText(QLatin1Char(' ') + text, plain);
    cursor.movePosition(QTextCursor::End);
}

void HandoutDocument::addEmergencyItem(QTextCursor &cursor, const SectionItem &item, int maxLines)
{
    // A frame with a heavy dark border and a bold heading: it stands out on a
    // greyscale printer too, where the pale fill may vanish. A frame rather
    // than a table, so that a long list may run on to the next page instead
    // of leaving the rest of this one blank.
    QTextFrameFormat box;
    box.setBorder(pt(2));
    box.setBorderBrush(kEmergencyBorder);
    box.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    box.setPadding(pt(5));
    box.setBackground(kEmergencyBackground);
    box.setTopMargin(pt(6));
    box.setBottomMargin(pt(4));
    QTextFrame *frame = cursor.insertFrame(box);
    QTextCursor cell = frame->firstCursorPosition();
    QTextCharFormat heading = bodyChar();
    heading.setFont(typeFont(14, true));
    heading.setForeground(kEmergencyText);
    cell.setBlockFormat(bodyBlock());
    cell.insertText(Labels::emergencyHeading(), heading);
    QTextCharFormat title = bodyChar();
    title.setFont(typeFont(12, true));
    cell.insertBlock(bodyBlock());
    cell.insertText(InertText::forLayout(item.title), title);
    QTextListFormat bullets;
    bullets.setStyle(QTextListFormat::ListDisc);
    bullets.setIndent(1);
    QTextList *list = nullptr;
    int lines = 0;
    for (const auto &block : proseBlocks(item.body)) {
        if (maxLines >= 0 && lines++ >= maxLines)
            break;
        cell.insertBlock(bodyBlock(), bodyChar());
        if (block.type == ProseBlock::Bullet) {
            if (list)
                list->add(cell.block());
            else
                list = cell.createList(bullets);
        } else {
            list = nullptr;
        }
        cell.insertText(InertText::forLayout(block.text), bodyChar());
    }
    cursor.movePosition(QTextCursor::End);
}

void HandoutDocument::addHeading(QTextCursor &cursor, const QString &text, int level)
{
    QTextBlockFormat heading;
    heading.setHeadingLevel(level);
    heading.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
    heading.setTopMargin(pt(level == 2 ? 14 : 8));
    heading.setBottomMargin(pt(level == 2 ? 4 : 2));
    cursor.insertBlock(heading);
    QTextCharFormat format = bodyChar();
    format.setFont(typeFont(level == 2 ? 16.5 : 14, true));
    cursor.insertText(InertText::forLayout(text), format);
}

void HandoutDocument::addParagraph(QTextCursor &cursor, const QString &text, const QString &label, qreal size)
{
    cursor.insertBlock(bodyBlock());
    QTextCharFormat format = bodyChar();
    format.setFont(typeFont(size));
    if (!label.isEmpty()) {
        QTextCharFormat bold = format;
        bold.setFontWeight(QFont::Bold);
        cursor.insertText(tr("%1: ").arg(label), bold);
    }
    cursor.insertText(InertText::forLayout(text), format);
}

void HandoutDocument::addProse(QTextCursor &cursor, const QString &text)
{
    QTextListFormat bullets;
    bullets.setStyle(QTextListFormat::ListDisc);
    bullets.setIndent(1);
    QTextList *list = nullptr;
    for (const auto &block : proseBlocks(text)) {
        cursor.insertBlock(bodyBlock(), bodyChar());
        if (block.type == ProseBlock::Bullet) {
            if (list)
                list->add(cursor.block());
            else
                list = cursor.createList(bullets);
        } else {
            list = nullptr;
        }
        cursor.insertText(InertText::forLayout(block.text), bodyChar());
    }
}

void HandoutDocument::addRelations(QTextCursor &cursor, const Entity &entity)
{
    bool headed = false;
    for (bool incoming : {false, true}) {
        for (RelationType type : kRelationOrder) {
            // The articles and questions about a condition are further pages
            // to read on screen (the QR code leads there), not names to ask about.
            if (incoming && type == RelationType::About)
                continue;
            // Grouped by the other side's kind, as on screen: a condition sees
            // its articles and its questions through the same `about` relation.
            QMap<int, QStringList> byKind;
            for (const auto &r : entity.relations) {
                if (r.type != type || r.incoming != incoming)
                    continue;
                QString name = r.other.name;
                if (r.other.kind == Kind::Doctor && !r.other.subtitle.isEmpty())
                    name += tr(" (%1)").arg(r.other.subtitle);
                byKind[int(r.other.kind)].append(name);
            }
            for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
                if (!headed)
                    addHeading(cursor, tr("Related topics"), 2);
                headed = true;
                // Smaller than the body: names to ask about, not text to read.
                addParagraph(cursor, it.value().join(QStringLiteral("；")),
                             Labels::relation(type, incoming, Kind(it.key())), kRelatedPt);
            }
        }
    }
}

QFont HandoutDocument::typeFont(qreal points, bool bold) const
{
    return HandoutFont::font(m_options.largePrint ? points * kLargePrintScale : points, bold);
}

} // namespace huanjiao
