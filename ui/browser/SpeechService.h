// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QTextToSpeech>

class QThread;

namespace huanjiao {

class SpeechWorker;

// Qt TextToSpeech on a thread of its own. With speech-dispatcher every call
// (connecting and listing voices in QTextToSpeech's constructor, then say,
// pause, stop) is a blocking round trip to another process, so a stuck
// dispatcher must not freeze the window. The QTextToSpeech and its engine are
// created, used and destroyed on that thread (Qt 6.4 gives the engine no
// parent, so moving a QTextToSpeech to another thread would leave its engine
// behind); this side queues requests and mirrors the state the engine reports.
class SpeechService : public QObject
{
    Q_OBJECT

public:
    enum class Status { Starting, Available, Unavailable };
    Q_ENUM(Status)

    // `engine` names a TextToSpeech plugin; empty for the system's default.
    explicit SpeechService(const QString &engine = {}, QObject *parent = nullptr);
    ~SpeechService() override;

    Status status() const { return m_status; }
    // As last reported by the engine.
    QTextToSpeech::State state() const { return m_state; }
    // The locale of the chosen voice, once Available.
    QLocale locale() const { return m_locale; }
    // The name of the chosen voice, once Available.
    QString voiceName() const { return m_voiceName; }

    // Stops what is being read, then reads `text`.
    void say(const QString &text);
    void pause();
    void resume();
    void stop();

signals:
    void statusChanged(huanjiao::SpeechService::Status status);
    void stateChanged(QTextToSpeech::State state);
    // The engine failed while reading; `message` comes from the engine.
    void failed(const QString &message);

private:
    QThread *m_thread;
    SpeechWorker *m_worker;
    Status m_status = Status::Starting;
    QTextToSpeech::State m_state = QTextToSpeech::Ready;
    QLocale m_locale;
    QString m_voiceName;
};

} // namespace huanjiao
