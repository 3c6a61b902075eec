// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DraftCheck.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace huanjiao {

class ClinicDocument;
class RecordForm;

// Checks a form while staff type: a short pause after the last key, then
// DraftCheck on a worker thread (the base content is large), and the messages
// of the latest check only are put next to the fields.
class LiveCheck : public QObject
{
    Q_OBJECT

public:
    LiveCheck(const ClinicDocument &document, QObject *parent = nullptr);

    // Checks `form` now and whenever it is edited, until another form is given.
    void watch(RecordForm *form);
    void checkSoon();
    bool busy() const { return m_timer.isActive() || m_watcher.isRunning(); }

signals:
    // A check ended and its messages are on the form.
    void checked(int messages);

private:
    void start();

    const ClinicDocument &m_document;
    RecordForm *m_form = nullptr;
    QTimer m_timer;
    QFutureWatcher<DraftCheck::Result> m_watcher;
    bool m_again = false;
};

} // namespace huanjiao
