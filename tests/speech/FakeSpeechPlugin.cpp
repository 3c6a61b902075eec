// SPDX-License-Identifier: GPL-3.0-or-later
// The plugin that offers FakeSpeechEngine to Qt TextToSpeech under the name
// "huanjiao-fake" (fake_speech.json). Built into <build>/tests/plugins/texttospeech,
// found through QCoreApplication::addLibraryPath or QT_PLUGIN_PATH.

#include "FakeSpeechEngine.h"

#include <QTextToSpeechPlugin>

class FakeSpeechPlugin : public QObject, public QTextToSpeechPlugin
{
    Q_OBJECT
    Q_INTERFACES(QTextToSpeechPlugin)
    Q_PLUGIN_METADATA(IID "org.qt-project.qt.speech.tts.plugin/6.0" FILE "fake_speech.json")

public:
    QTextToSpeechEngine *createTextToSpeechEngine(const QVariantMap &, QObject *parent, QString *) const override
    {
        return new FakeSpeechEngine(parent);
    }
};

#include "FakeSpeechPlugin.moc"
