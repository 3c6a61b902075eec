// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextToSpeechEngine>
#include <QVoice>

// A TextToSpeech engine for tests: says nothing, records what it is asked
// (FakeSpeech::calls()), and goes through the states a real engine does:
// Ready -> Speaking -> Paused -> Speaking -> Ready, or Error. A text ends only
// when the test says so (FakeSpeech::finishSpeaking()).
class FakeSpeechEngine : public QTextToSpeechEngine
{
    Q_OBJECT

public:
    explicit FakeSpeechEngine(QObject *parent = nullptr);
    ~FakeSpeechEngine() override;

    QList<QLocale> availableLocales() const override;
    QList<QVoice> availableVoices() const override;

    void say(const QString &text) override;
    void stop(QTextToSpeech::BoundaryHint boundaryHint) override;
    void pause(QTextToSpeech::BoundaryHint boundaryHint) override;
    void resume() override;

    double rate() const override { return m_rate; }
    bool setRate(double rate) override;
    double pitch() const override { return m_pitch; }
    bool setPitch(double pitch) override;
    QLocale locale() const override { return m_voice.locale(); }
    bool setLocale(const QLocale &locale) override;
    double volume() const override { return m_volume; }
    bool setVolume(double volume) override;
    QVoice voice() const override { return m_voice; }
    bool setVoice(const QVoice &voice) override;
    QTextToSpeech::State state() const override { return m_state; }
    QTextToSpeech::ErrorReason errorReason() const override { return m_errorReason; }
    QString errorString() const override { return m_errorString; }

    Q_INVOKABLE void finishSpeaking();
    Q_INVOKABLE void failSpeaking();

private:
    void setState(QTextToSpeech::State state);

    QList<QVoice> m_voices;
    QVoice m_voice;
    QTextToSpeech::State m_state = QTextToSpeech::Ready;
    QTextToSpeech::ErrorReason m_errorReason = QTextToSpeech::ErrorReason::NoError;
    QString m_errorString;
    double m_rate = 0.0;
    double m_pitch = 0.0;
    double m_volume = 1.0;
};
