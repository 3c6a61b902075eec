// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutChoicePanel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace huanjiao {

HandoutChoicePanel::HandoutChoicePanel(QWidget *parent)
    : QWidget(parent)
    , m_full(new QRadioButton(tr("&Full handout"), this))
    , m_summary(new QRadioButton(tr("&One-page summary"), this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("handoutChoice"));
    m_full->setObjectName(QStringLiteral("fullHandout"));
    m_summary->setObjectName(QStringLiteral("summaryHandout"));
    m_note->setObjectName(QStringLiteral("patientNote"));
    m_full->setChecked(true);
    m_full->setToolTip(tr("Every section of the topic, with questions to ask and lines for the answers."));
    m_summary->setToolTip(tr("What it is, what to do and the emergency signs, on one page."));

    // Plain text only; no undo history keeps an earlier version in memory.
    m_note->setUndoRedoEnabled(false);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("For example: next appointment, what to bring, an instruction for this patient."));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 5 + 12);
    auto *label = new QLabel(tr("&Note for the patient"), this);
    label->setBuddy(m_note);
    auto *hint = new QLabel(tr("Printed in a box under the title with today's date. It is not saved anywhere and "
                               "is cleared when this window closes."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_full);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_note);
    layout->addWidget(hint);

    connect(m_full, &QRadioButton::toggled, this, &HandoutChoicePanel::changed);
    connect(m_note, &QPlainTextEdit::textChanged, this, &HandoutChoicePanel::limitNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, &HandoutChoicePanel::changed);
}

HandoutChoicePanel::~HandoutChoicePanel()
{
    clear();
}

HandoutDocument::Layout HandoutChoicePanel::layout() const
{
    return m_summary->isChecked() ? HandoutDocument::Layout::Summary : HandoutDocument::Layout::Full;
}

void HandoutChoicePanel::setLayout(HandoutDocument::Layout layout)
{
    (layout == HandoutDocument::Layout::Summary ? m_summary : m_full)->setChecked(true);
}

QString HandoutChoicePanel::note() const
{
    return m_note->toPlainText().trimmed();
}

void HandoutChoicePanel::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void HandoutChoicePanel::clear()
{
    m_note->clear();
}

void HandoutChoicePanel::limitNote()
{
    const QString text = m_note->toPlainText();
    const QString limited = HandoutDocument::limitNote(text);
    if (limited == text)
        return;
    // Cut what was pasted beyond the limit, keeping the cursor at the end.
    const QSignalBlocker block(m_note);
    m_note->setPlainText(limited);
    m_note->moveCursor(QTextCursor::End);
}

} // namespace huanjiao
