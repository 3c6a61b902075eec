// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HandoutDocument.h"

#include <QWidget>

class QPlainTextEdit;
class QRadioButton;

namespace huanjiao {

// What to hand this patient: the full handout or the one-page summary, and
// a few lines written for them alone. The note lives only in this widget:
// nothing saves it, it has no undo history, and clear() wipes it when the
// dialog that holds it closes.
class HandoutChoicePanel : public QWidget
{
    Q_OBJECT

public:

    explicit HandoutChoicePanel(QWidget *parent = nullptr);
    ~HandoutChoicePanel() override;

    HandoutDocument::Layout layout() const;
    void setLayout(HandoutDocument::Layout layout);
    QString note() const;
    void setNote(const QString &note);
    void clear();

signals:
    void changed();

private:
    void limitNote();

    QRadioButton *m_full;
    QRadioButton *m_summary;
    QPlainTextEdit *m_note;
};

} // namespace huanjiao
