// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveCheck.h"

#include "ClinicDocument.h"
#include "RecordForm.h"

#include <QtConcurrent/QtConcurrentRun>

namespace huanjiao {

namespace {
constexpr int kPauseMs = 250;
// A new record has no id until it is saved; this one is never made by IdMaker
// (it ends in a digit group no name gives) and so never collides.
const QString kNewRecordId = QStringLiteral("new-record-0");
} // namespace

LiveCheck::LiveCheck(const ClinicDocument &document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kPauseMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveCheck::start);
    connect(&m_watcher, &QFutureWatcher<DraftCheck::Result>::finished, this, [this] {
        if (m_again) {
            // The form changed while this check ran: its messages are stale.
            m_again = false;
            start();
            return;
        }
        if (!m_form)
            return;
        const DraftCheck::Result result = m_watcher.result();
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
    SourceRecord draft = m_form->draft(DraftCheck::draftFile());
    if (draft.id.isEmpty())
        draft.id = kNewRecordId;
    m_watcher.setFuture(QtConcurrent::run(&DraftCheck::run, m_document.base(), m_document.meta(),
                                          m_document.layer(), draft));
}

} // namespace huanjiao
