// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeSpeech.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

namespace FakeSpeech {

namespace {

QList<QLocale> defaultLocales()
{
    return {QLocale(QLocale::Chinese, QLocale::China), QLocale(QLocale::English, QLocale::UnitedStates)};
}

struct State
{
    QMutex mutex;
    QWaitCondition changed;
    QList<QLocale> locales = defaultLocales();
    bool failOnStart = false;
    bool held = false;
    int constructions = 0;
    QThread *thread = nullptr;
    QObject *engine = nullptr; // set and cleared by the engine itself, under the mutex
    QStringList calls;
};

State &state()
{
    static State s;
    return s;
}

bool invokeOnEngine(const char *method)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.engine)
        return false;
    return QMetaObject::invokeMethod(s.engine, method, Qt::QueuedConnection);
}

} // namespace

void reset()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.locales = defaultLocales();
    s.failOnStart = false;
    s.held = false;
    s.constructions = 0;
    s.thread = nullptr;
    s.calls.clear();
    s.changed.wakeAll();
}

void setLocales(const QList<QLocale> &locales)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.locales = locales;
}

void setFailOnStart(bool fail)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.failOnStart = fail;
}

void holdConstruction()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.held = true;
}

void releaseConstruction()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.held = false;
    s.changed.wakeAll();
}

bool waitForConstruction(int milliseconds)
{
    State &s = state();
    QDeadlineTimer deadline(milliseconds);
    QMutexLocker lock(&s.mutex);
    while (s.constructions == 0) {
        if (!s.changed.wait(&s.mutex, deadline))
            return s.constructions > 0;
    }
    return true;
}

QThread *constructionThread()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.thread;
}

QStringList calls()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.calls;
}

QStringList spoken()
{
    QStringList texts;
    const QString say = QStringLiteral("say:");
    for (const QString &call : calls()) {
        if (call.startsWith(say))
            texts.append(call.mid(say.size()));
    }
    return texts;
}

bool finishSpeaking()
{
    return invokeOnEngine("finishSpeaking");
}

bool failSpeaking()
{
    return invokeOnEngine("failSpeaking");
}

namespace Engine {

void constructing(QObject *engine)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    ++s.constructions;
    s.thread = QThread::currentThread();
    s.engine = engine;
    s.changed.wakeAll();
    // Bounded, so that a test that fails cannot hang for good.
    QDeadlineTimer deadline(10000);
    while (s.held && s.changed.wait(&s.mutex, deadline)) {
    }
}

void destroyed(QObject *engine)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.engine == engine)
        s.engine = nullptr;
}

void record(const QString &call)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.calls.append(call);
}

QList<QLocale> locales()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.locales;
}

bool failOnStart()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.failOnStart;
}

} // namespace Engine

} // namespace FakeSpeech
