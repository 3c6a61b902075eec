// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeSpeechEngine.h"

#include "FakeSpeech.h"

FakeSpeechEngine::FakeSpeechEngine(QObject *parent)
    : QTextToSpeechEngine(parent)
{
    // May wait here, as a constructor stuck on speech-dispatcher would.
    FakeSpeech::Engine::constructing(this);
    if (FakeSpeech::Engine::failOnStart()) {
        m_state = QTextToSpeech::Error;
        m_errorReason = QTextToSpeech::ErrorReason::Initialization;
        m_errorString = QStringLiteral("Connection to the fake speech engine failed");
        return;
    }
    const QList<QLocale> locales = FakeSpeech::Engine::locales();
    for (const QLocale &locale : locales)
        m_voices.append(createVoice(QStringLiteral("Fake %1").arg(locale.name()), locale, QVoice::Female,
                                    QVoice::Adult, locale.name()));
    if (!m_voices.isEmpty())
        m_voice = m_voices.constFirst();
}

FakeSpeechEngine::~FakeSpeechEngine()
{
    FakeSpeech::Engine::destroyed(this);
}

QList<QLocale> FakeSpeechEngine::availableLocales() const
{
    QList<QLocale> locales;
    for (const QVoice &voice : m_voices)
        locales.append(voice.locale());
    return locales;
}

QList<QVoice> FakeSpeechEngine::availableVoices() const
{
    // Like speechd: the voices of the current locale.
    QList<QVoice> voices;
    for (const QVoice &voice : m_voices) {
        if (voice.locale() == m_voice.locale())
            voices.append(voice);
    }
    return voices;
}

void FakeSpeechEngine::say(const QString &text)
{
    FakeSpeech::Engine::record(QStringLiteral("say:") + text);
    if (text.isEmpty() || m_voices.isEmpty())
        return;
    m_errorReason = QTextToSpeech::ErrorReason::NoError;
    m_errorString.clear();
    setState(QTextToSpeech::Speaking);
}

void FakeSpeechEngine::stop(QTextToSpeech::BoundaryHint)
{
    FakeSpeech::Engine::record(QStringLiteral("stop"));
    if (m_state == QTextToSpeech::Speaking || m_state == QTextToSpeech::Paused)
        setState(QTextToSpeech::Ready);
}

void FakeSpeechEngine::pause(QTextToSpeech::BoundaryHint)
{
    FakeSpeech::Engine::record(QStringLiteral("pause"));
    if (m_state == QTextToSpeech::Speaking)
        setState(QTextToSpeech::Paused);
}

void FakeSpeechEngine::resume()
{
    FakeSpeech::Engine::record(QStringLiteral("resume"));
    if (m_state == QTextToSpeech::Paused)
        setState(QTextToSpeech::Speaking);
}

bool FakeSpeechEngine::setRate(double rate)
{
    m_rate = rate;
    return true;
}

bool FakeSpeechEngine::setPitch(double pitch)
{
    m_pitch = pitch;
    return true;
}

bool FakeSpeechEngine::setLocale(const QLocale &locale)
{
    FakeSpeech::Engine::record(QStringLiteral("locale:") + locale.name());
    for (const QVoice &voice : std::as_const(m_voices)) {
        if (voice.locale() == locale) {
            m_voice = voice;
            return true;
        }
    }
    return false;
}

bool FakeSpeechEngine::setVolume(double volume)
{
    m_volume = volume;
    return true;
}

bool FakeSpeechEngine::setVoice(const QVoice &voice)
{
    if (!m_voices.contains(voice))
        return false;
    m_voice = voice;
    return true;
}

void FakeSpeechEngine::finishSpeaking()
{
    if (m_state == QTextToSpeech::Speaking)
        setState(QTextToSpeech::Ready);
}

void FakeSpeechEngine::failSpeaking()
{
    m_errorReason = QTextToSpeech::ErrorReason::Playback;
    m_errorString = QStringLiteral("The fake audio device went away");
    setState(QTextToSpeech::Error);
    emit errorOccurred(m_errorReason, m_errorString);
}

void FakeSpeechEngine::setState(QTextToSpeech::State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(m_state);
}
