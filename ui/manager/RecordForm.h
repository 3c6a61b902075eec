// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormField.h"
#include "SourceRecord.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace huanjiao {

class CandidateModels;

// The form for one kind of record, built from its list of FormFields: a
// labelled editor per field (the label marked * when the builder requires the
// field) and, under each, the builder's messages about it. Subclasses only say
// which fields their kind has.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    Kind kind() const { return m_kind; }
    // Shows a record of the clinic's to be edited, or an empty form for a new one.
    void edit(const SourceRecord &record);
    void startNew();
    bool isNew() const { return m_record.id.isEmpty(); }
    QString id() const { return m_record.id; }

    // The record as the form has it: empty fields are left out, fields the form
    // does not show are kept as they were. A new record has no id yet.
    SourceRecord record() const;

    // Messages by field key; `general` for the record as a whole (and for fields
    // the form does not show).
    void setMessages(const QHash<QString, QStringList> &byField, const QStringList &general);
    int messageCount() const { return m_messageCount; }

    QWidget *editor(const QString &key) const;
    QLabel *messageLabel(const QString &key) const;
    QLabel *generalMessages() const { return m_general; }

signals:
    // Any field changed by the user.
    void edited();

protected:
    RecordForm(Kind kind, QList<FormField> fields, CandidateModels &candidates, QWidget *parent = nullptr);

private:
    struct Row
    {
        FormField field;
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
        bool required = false;
        bool section = false;
    };
    QString valueOf(const Row &row) const;
    void setValue(const Row &row, const QString &value);
    QWidget *makeEditor(const FormField &field);
    void fill(const SourceRecord &record);

    Kind m_kind;
    CandidateModels &m_candidates;
    QList<Row> m_rows;
    SourceRecord m_record; // as loaded: keeps what the form does not show
    QLabel *m_general;
    int m_messageCount = 0;
    bool m_filling = false;
};

} // namespace huanjiao
