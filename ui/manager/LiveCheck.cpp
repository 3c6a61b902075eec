// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveCheck.h"

#include "ClinicDocument.h"
#include "ClinicValidation.h"
#include "FieldLabels.h"
#include "RecordForm.h"

#include <QtConcurrent/QtConcurrentRun>

namespace huanjiao {

namespace {
constexpr int kPauseMs = 250;
// The id a new record is checked under before its name gives it one.
const QString kNewRecordId = QStringLiteral("new-record");

LiveCheck::Messages check(const ClinicValidation *validation, ClinicLayer layer, Kind kind, SourceRecord record)
{
    layer.put(kind, record);
    LiveCheck::Messages messages;
    const auto problems = ClinicValidation::problemsOf(validation->check(layer), kind, record.id);
    for (const ClinicProblem &p : problems) {
        const QString text = FieldLabels::readable(kind, p.message);
        if (p.field.isEmpty())
            messages.general.append(text);
        else
            messages.byField[p.field].append(text);
    }
    return messages;
}
} // namespace

LiveCheck::LiveCheck(const ClinicDocument &document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kPauseMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveCheck::start);
    connect(&m_watcher, &QFutureWatcher<Messages>::finished, this, [this] {
        if (m_again) {
            // The form changed while this check ran: its messages are stale.
            m_again = false;
            start();
            return;
        }
        if (!m_form)
            return;
        const Messages result = m_watcher.result();
        m_form->setMessages(result.byField, result.general);
        emit checked(m_form->messageCount());
    });
}

void LiveCheck::watch(RecordForm *form)
{
    if (m_form)
        disconnect(m_form, nullptr, this, nullptr);
    m_form = form;
    if (form) {
        connect(form, &RecordForm::edited, this, &LiveCheck::checkSoon);
        connect(form, &QObject::destroyed, this, [this] { m_form = nullptr; });
        checkSoon();
    }
}

void LiveCheck::checkSoon()
{
    m_timer.start();
}

void LiveCheck::start()
{
    if (!m_form)
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    SourceRecord record = m_form->record();
    if (record.id.isEmpty()) {
        const QString name = record.value(QStringLiteral("name"));
        record.id = name.isEmpty() ? kNewRecordId : m_document.suggestId(m_form->kind(), name);
    }
    m_watcher.setFuture(
        QtConcurrent::run(&check, &m_document.validation(), m_document.layer(), m_form->kind(), record));
}

} // namespace huanjiao
