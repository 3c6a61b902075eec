// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordForm.h"

#include "CandidateModels.h"
#include "ContentSchema.h"
#include "ContentValidator.h"
#include "FieldLabels.h"
#include "LinkPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace huanjiao {

RecordForm::RecordForm(Kind kind, QList<FormField> fields, CandidateModels &candidates, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_candidates(candidates)
    , m_general(new QLabel(this))
{
    m_record.kind = kindName(kind);
    m_general->setWordWrap(true);
    m_general->setObjectName(QStringLiteral("generalMessages"));
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->hide();

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_general);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    outer->addLayout(form);
    outer->addStretch();

    for (const FormField &field : std::as_const(fields)) {
        Row row;
        row.field = field;
        const auto *spec = ContentSchema::field(kind, field.key);
        row.section = !spec && ContentSchema::sectionAllowed(kind, field.key);
        if (spec) {
            row.required = spec->required;
        } else {
            for (const auto &s : ContentSchema::sections(kind)) {
                if (s.key == field.key)
                    row.required = s.required;
            }
        }
        row.editor = makeEditor(field);
        row.editor->setObjectName(field.key);
        row.message = new QLabel(this);
        row.message->setObjectName(field.key + QStringLiteral("-message"));
        row.message->setWordWrap(true);
        row.message->setStyleSheet(QStringLiteral("color: #b00020;"));
        row.message->hide();
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(row.editor);
        cellLayout->addWidget(row.message);
        const QString label = FieldLabels::field(kind, field.key) + (row.required ? QStringLiteral(" *") : QString());
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(row.editor);
        form->addRow(labelWidget, cell);
        m_rows.append(row);
    }
}

QWidget *RecordForm::makeEditor(const FormField &field)
{
    switch (field.editor) {
    case FormField::Editor::Line: {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(field.placeholder);
        connect(edit, &QLineEdit::textEdited, this, &RecordForm::edited);
        return edit;
    }
    case FormField::Editor::Paragraphs: {
        auto *edit = new QPlainTextEdit(this);
        edit->setPlaceholderText(field.placeholder);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().height() * 6);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_filling)
                emit edited();
        });
        return edit;
    }
    case FormField::Editor::Choice: {
        auto *box = new QComboBox(this);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->addItem(tr("(choose)"), QString());
        for (const auto &choice : field.choices)
            box->addItem(choice.second.isEmpty() ? choice.first : choice.second, choice.first);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit edited();
        });
        return box;
    }
    case FormField::Editor::Link:
    case FormField::Editor::Links: {
        auto *picker = new LinkPicker(m_candidates.of(field.linkKind), field.editor == FormField::Editor::Links, this);
        connect(picker, &LinkPicker::edited, this, &RecordForm::edited);
        return picker;
    }
    }
    return nullptr;
}

void RecordForm::edit(const SourceRecord &record)
{
    m_record = record;
    fill(record);
}

void RecordForm::startNew()
{
    m_record = SourceRecord();
    m_record.kind = kindName(m_kind);
    fill(m_record);
}

void RecordForm::fill(const SourceRecord &record)
{
    m_filling = true;
    for (const Row &row : std::as_const(m_rows)) {
        QString value;
        if (row.section) {
            for (const auto &s : record.sections) {
                if (s.key == row.field.key)
                    value = s.body;
            }
        } else {
            value = record.value(row.field.key);
        }
        setValue(row, value);
    }
    m_filling = false;
    setMessages({}, {});
}

QString RecordForm::valueOf(const Row &row) const
{
    switch (row.field.editor) {
    case FormField::Editor::Line:
        return static_cast<QLineEdit *>(row.editor)->text().trimmed();
    case FormField::Editor::Paragraphs:
        return static_cast<QPlainTextEdit *>(row.editor)->toPlainText().trimmed();
    case FormField::Editor::Choice:
        return static_cast<QComboBox *>(row.editor)->currentData().toString();
    case FormField::Editor::Link:
    case FormField::Editor::Links:
        return static_cast<LinkPicker *>(row.editor)->ids().join(QStringLiteral(", "));
    }
    return {};
}

void RecordForm::setValue(const Row &row, const QString &value)
{
    switch (row.field.editor) {
    case FormField::Editor::Line:
        static_cast<QLineEdit *>(row.editor)->setText(value);
        break;
    case FormField::Editor::Paragraphs:
        static_cast<QPlainTextEdit *>(row.editor)->setPlainText(value);
        break;
    case FormField::Editor::Choice: {
        auto *box = static_cast<QComboBox *>(row.editor);
        int index = box->findData(value);
        if (index < 0) {
            // A value from a file or a sheet that is not one of the allowed
            // ones: shown as it is, so the builder's message about it makes sense.
            box->addItem(value, value);
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
        break;
    }
    case FormField::Editor::Link:
    case FormField::Editor::Links: {
        QStringList ids;
        for (const QString &item : ContentValidator::splitList(value)) {
            QString id;
            ids.append(ContentValidator::parseReference(item, row.field.linkKind, &id) ? id : item);
        }
        static_cast<LinkPicker *>(row.editor)->setIds(ids);
        break;
    }
    }
}

SourceRecord RecordForm::record() const
{
    SourceRecord out;
    out.kind = m_record.kind;
    out.id = m_record.id;
    out.file = m_record.file;
    QStringList shown;
    for (const Row &row : m_rows)
        shown.append(row.field.key);
    for (const Row &row : m_rows) {
        const QString value = valueOf(row);
        if (value.isEmpty())
            continue;
        if (row.section)
            out.sections.append({row.field.key, value, {}, 0});
        else
            out.fields.append({row.field.key, value, 0});
    }
    for (const auto &f : m_record.fields) {
        if (!shown.contains(f.key))
            out.fields.append(f);
    }
    for (const auto &s : m_record.sections) {
        if (!shown.contains(s.key))
            out.sections.append(s);
    }
    return out;
}

void RecordForm::setMessages(const QHash<QString, QStringList> &byField, const QStringList &general)
{
    QStringList other = general;
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        if (!editor(it.key()))
            other += it.value();
    }
    m_messageCount = int(other.size());
    for (const Row &row : std::as_const(m_rows)) {
        const QStringList messages = byField.value(row.field.key);
        m_messageCount += int(messages.size());
        row.message->setText(messages.join(QLatin1Char('\n')));
        row.message->setVisible(!messages.isEmpty());
        row.editor->setToolTip(messages.join(QLatin1Char('\n')));
    }
    m_general->setText(other.join(QLatin1Char('\n')));
    m_general->setVisible(!other.isEmpty());
}

QWidget *RecordForm::editor(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.field.key == key)
            return row.editor;
    }
    return nullptr;
}

QLabel *RecordForm::messageLabel(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.field.key == key)
            return row.message;
    }
    return nullptr;
}

} // namespace huanjiao
