// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace huanjiao {

// Which of a speech engine's voices reads Mandarin, however the engine names
// it. Qt knows zh_CN and zh_TW; speech-dispatcher with espeak-ng reports its
// Mandarin voices as "cmn" and "cmn-latn-pinyin", codes Qt 6.4 turns into
// the C locale, so only the voice's name ("Chinese (Mandarin, latin as
// English)") still says what it is. Engines that name voices by their code
// ("cmn", "zh-CN", "cmn-latn-pinyin") are matched by that name. Cantonese, Hakka and the other Chinese
// languages are not Mandarin and are never chosen.
class MandarinVoice
{
public:
    struct Candidate {
        QString name;
        QLocale locale;
    };

    // How well a voice reads Mandarin for the content's Simplified Chinese:
    // 0 not at all; higher is better.
    static int score(const Candidate &voice);
    // The index of the best voice, or -1 when none reads Mandarin. Of equals
    // the first wins; espeak's variants ("…+Annie") come after the plain voice.
    static int best(const QList<Candidate> &voices);
};

} // namespace huanjiao
