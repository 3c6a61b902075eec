// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QStringList>

class QObject;
class QThread;

// What the test TextToSpeech engine ("huanjiao-fake", tests/speech) does and
// what it was asked to do. Shared by the engine plugin and the tests through
// one shared library, so both see the same state. Thread-safe: the engine
// lives on whatever thread created it.
namespace FakeSpeech {

inline constexpr char kEngineName[] = "huanjiao-fake";

// Back to the defaults: voices for zh_CN and en_US, engine starts fine,
// construction not held, nothing recorded.
void reset();

// One voice per locale; an empty list gives an engine with no voices.
void setLocales(const QList<QLocale> &locales);
// The engine comes up in the Error state (as speechd does when the dispatcher
// cannot be reached).
void setFailOnStart(bool fail);

// While held, the engine's constructor waits (as a stuck speech-dispatcher
// would) until releaseConstruction().
void holdConstruction();
void releaseConstruction();
// Waits until an engine constructor has started; false on timeout.
bool waitForConstruction(int milliseconds);
// The thread the last engine was created on.
QThread *constructionThread();

// Every call the engine received, in order: "say:TEXT", "pause", "resume",
// "stop", "locale:zh_CN".
QStringList calls();
// Only the texts given to say().
QStringList spoken();

// Drive the live engine, on its own thread: the text ends (Speaking -> Ready),
// or playback fails (-> Error). False when there is no engine.
bool finishSpeaking();
bool failSpeaking();

// Used by the engine itself.
namespace Engine {
void constructing(QObject *engine);
void destroyed(QObject *engine);
void record(const QString &call);
QList<QLocale> locales();
bool failOnStart();
} // namespace Engine

} // namespace FakeSpeech
