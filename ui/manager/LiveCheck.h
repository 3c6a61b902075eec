// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace huanjiao {

class ClinicDocument;
class RecordForm;

// Checks a form while staff type: a short pause after the last key, then the
// builder's own checks (ClinicValidation) of the clinic's layer with the
// form's record in it, on a worker thread; the messages of the latest check
// only are put next to the fields they are about.
class LiveCheck : public QObject
{
    Q_OBJECT

public:
    explicit LiveCheck(const ClinicDocument &document, QObject *parent = nullptr);

    struct Messages
    {
        QHash<QString, QStringList> byField; // field or section key -> messages
        QStringList general;                 // about the record as a whole
    };

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
    QFutureWatcher<Messages> m_watcher;
    bool m_again = false;
};

} // namespace huanjiao
