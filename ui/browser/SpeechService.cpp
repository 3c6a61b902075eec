// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpeechService.h"

#include "MandarinVoice.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QVoice>

namespace huanjiao {

// Lives on the speech thread; owns the QTextToSpeech (and so its engine).
class SpeechWorker : public QObject
{
    Q_OBJECT

public:
    void start(const QString &engine)
    {
        const QStringList engines = QTextToSpeech::availableEngines();
        if (engines.isEmpty() || (!engine.isEmpty() && !engines.contains(engine))) {
            emit started(false, {}, {});
            return;
        }
        auto *speech = new QTextToSpeech(engine, this);
        // speech-dispatcher not running, or no voices installed: no read-aloud at all.
        if (speech->state() == QTextToSpeech::Error || speech->availableVoices().isEmpty()) {
            delete speech;
            emit started(false, {}, {});
            return;
        }
        chooseMandarinVoice(speech);
        m_speech = speech;
        connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            emit stateChanged(state, state == QTextToSpeech::Error ? m_speech->errorString() : QString());
        });
        emit started(true, m_speech->locale(), m_speech->voice().name());
    }

    // A voice that reads Mandarin (the content's language), however the
    // engine names it; else the engine's own voice. Voices are listed per
    // locale (speechd lists those of the current one), so the Chinese locales
    // are looked at, and the C locale, where speechd puts the voices whose
    // codes Qt does not know ("cmn", "cmn-latn-pinyin").
    static void chooseMandarinVoice(QTextToSpeech *speech)
    {
        const QLocale initial = speech->locale();
        QList<QVoice> voices = speech->availableVoices();
        const QList<QLocale> locales = speech->availableLocales();
        for (const QLocale &locale : locales) {
            if (locale == initial
                || (locale.language() != QLocale::Chinese && locale.language() != QLocale::C
                    && locale.language() != QLocale::AnyLanguage))
                continue;
            speech->setLocale(locale);
            voices += speech->availableVoices();
        }
        QList<MandarinVoice::Candidate> candidates;
        candidates.reserve(voices.size());
        for (const QVoice &voice : std::as_const(voices))
            candidates.append({voice.name(), voice.locale()});
        const int best = MandarinVoice::best(candidates);
        if (best < 0) {
            if (speech->locale() != initial)
                speech->setLocale(initial);
            return;
        }
        const QVoice voice = voices.at(best);
        if (speech->locale() != voice.locale())
            speech->setLocale(voice.locale());
        speech->setVoice(voice);
    }

    void say(const QString &text)
    {
        if (!m_speech)
            return;
        m_speech->stop();
        m_speech->say(text);
    }

    void pause()
    {
        if (m_speech && m_speech->state() == QTextToSpeech::Speaking)
            m_speech->pause();
    }

    void resume()
    {
        if (m_speech && m_speech->state() == QTextToSpeech::Paused)
            m_speech->resume();
    }

    void stop()
    {
        if (m_speech)
            m_speech->stop();
    }

signals:
    void started(bool available, const QLocale &locale, const QString &voice);
    void stateChanged(QTextToSpeech::State state, const QString &error);

private:
    QTextToSpeech *m_speech = nullptr;
};

SpeechService::SpeechService(const QString &engine, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new SpeechWorker)
{
    qRegisterMetaType<QTextToSpeech::State>();
    m_thread->setObjectName(QStringLiteral("speech"));
    m_worker->moveToThread(m_thread);
    // The worker, and with it the QTextToSpeech and its engine, go on the speech thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SpeechWorker::started, this, [this](bool available, const QLocale &locale, const QString &voice) {
        m_locale = locale;
        m_voiceName = voice;
        m_status = available ? Status::Available : Status::Unavailable;
        emit statusChanged(m_status);
    });
    connect(m_worker, &SpeechWorker::stateChanged, this, [this](QTextToSpeech::State state, const QString &error) {
        m_state = state;
        emit stateChanged(state);
        if (state == QTextToSpeech::Error)
            emit failed(error);
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, engine] { worker->start(engine); }, Qt::QueuedConnection);
}

SpeechService::~SpeechService()
{
    m_thread->quit();
    // Stops the speech and closes the connection to the dispatcher, on the
    // speech thread. A dispatcher that does not answer must not hold up the
    // window's closing: after a while the thread is left to the process's end.
    if (m_thread->wait(QDeadlineTimer(2000))) {
        delete m_thread;
    } else {
        qWarning("Text to speech did not stop in time; leaving it behind");
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    }
}

void SpeechService::say(const QString &text)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, text] { worker->say(text); }, Qt::QueuedConnection);
}

void SpeechService::pause()
{
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::pause, Qt::QueuedConnection);
}

void SpeechService::resume()
{
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::resume, Qt::QueuedConnection);
}

void SpeechService::stop()
{
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop, Qt::QueuedConnection);
}

} // namespace huanjiao

#include "SpeechService.moc"
