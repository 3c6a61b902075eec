// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entity.h"
#include "HandoutSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QSizeF>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFormat>

#include <memory>

class QTextCursor;

namespace huanjiao {

// The body of a handout as a QTextDocument set for paper: one topic after
// another, each from a new page, with a contents list in front when there is
// more than one. Type sizes are in points and lengths are given in points, so
// the handout is the same on every printer.
class HandoutDocument
{
    Q_DECLARE_TR_FUNCTIONS(HandoutDocument)

public:
    // The full handout, or one page for a patient who will not read four.
    enum class Layout { Full, Summary };

    // How much of a topic a summary keeps; the renderer shrinks it until the
    // summary fits on one page.
    struct SummaryBudget
    {
        int overviewParagraphs = 1;
        int careItems = 6;
        int emergencyLines = 6;
    };

    struct Options
    {
        HandoutSettings settings;
        bool sampleContent = false; // the whole database is sample content
        Layout layout = Layout::Full;
        QString note;     // the personal note for this patient (plain text), printed under the title
        QDate noteDate;   // printed with the note
        SummaryBudget budget;
        // Every type size a third larger (12 pt text at 16 pt), for readers
        // who need it; with the summary, still one page (the kiosk's choice).
        bool largePrint = false;
    };

    // Per topic: what the page footer says while this topic is printed.
    struct Topic
    {
        EntityRef ref;
        QString source;
        QString review; // the honest review line: reviewer and date, or when it was updated
        bool sample = false;
        bool draft = false;
        int titleBlock = -1; // block number of the title: where the topic starts
    };

    // Lays out for `device` (a QPdfWriter or QPrinter): its resolution sets the
    // size of everything, so it is fixed before any text goes in.
    HandoutDocument(const QList<Entity> &entities, const Options &options, const QSizeF &bodySize,
                    QPaintDevice *device);
    ~HandoutDocument();

    QTextDocument *document() const { return m_document.get(); }
    const QList<Topic> &topics() const { return m_topics; }
    bool hasContents() const { return !m_contentsBlocks.isEmpty(); }
    // Writes the page numbers (1-based, one per topic) into the contents list.
    void setContentsPages(const QList<int> &pages);

    // Headings must share a page with what follows them.
    static bool isHeading(const QTextBlock &block) { return block.blockFormat().headingLevel() >= 2; }

    // A note is a few lines: the one-page summary must still fit with it.
    static constexpr int kMaxNoteChars = 160;
    static constexpr int kMaxNoteLines = 5;
    static QString limitNote(const QString &note);

    // Sizes of the type, in points: large enough for older readers.
    static constexpr qreal kBodyPt = 12;
    static constexpr qreal kTitlePt = 22;
    static constexpr qreal kLargePrintScale = 4.0 / 3.0;

private:
    qreal pt(qreal points) const { return points * m_cssDpi / 72.0; }
    // The handout's font at `points`, enlarged for large print.
    QFont typeFont(qreal points, bool bold = false) const;
    void addContents(const QList<Entity> &entities);
    void addTopic(const Entity &entity, bool newPage);
    void addSummary(const Entity &entity);
    void addStatusNotice(QTextCursor &cursor, const Entity &entity);
    void addNote(QTextCursor &cursor);
    void addQuestions(QTextCursor &cursor, const QString &text);
    void addAnswerLines(QTextCursor &cursor, int lines);
    void addTitle(QTextCursor &cursor, const Entity &entity, bool newPage);
    void addNotice(QTextCursor &cursor, const QString &title, const QString &text);
    void addEmergencyItem(QTextCursor &cursor, const SectionItem &item, int maxLines = -1);
    void addHeading(QTextCursor &cursor, const QString &text, int level);
    void addParagraph(QTextCursor &cursor, const QString &text, const QString &label = {}, qreal size = kBodyPt);
    void addProse(QTextCursor &cursor, const QString &text);
    void addRelations(QTextCursor &cursor, const Entity &entity);
    QTextBlockFormat bodyBlock() const;
    QTextCharFormat bodyChar() const;

    std::unique_ptr<QTextDocument> m_document;
    Options m_options;
    qreal m_cssDpi; // see pt()
    qreal m_deviceDpi;
    qreal m_width;
    QList<Topic> m_topics;
    QList<int> m_contentsBlocks; // block numbers of the contents entries
    int m_qrCount = 0;
};

} // namespace huanjiao
