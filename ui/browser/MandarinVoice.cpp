// SPDX-License-Identifier: GPL-3.0-or-later
#include "MandarinVoice.h"

#include <QRegularExpression>

namespace huanjiao {

namespace {

// Lower-case words of a name or code: "Chinese (Mandarin, latin as English)"
// gives chinese, mandarin, latin, as, english; "cmn-latn-pinyin" gives cmn,
// latn, pinyin; "zh_CN" gives zh, cn.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

// Chinese languages other than Mandarin, as codes and names.
bool namesAnotherChineseLanguage(const QStringList &words, const QString &text)
{
    static const QStringList others{QStringLiteral("yue"),       QStringLiteral("cantonese"), QStringLiteral("hak"),
                                    QStringLiteral("hakka"),     QStringLiteral("nan"),       QStringLiteral("hokkien"),
                                    QStringLiteral("minnan"),    QStringLiteral("wuu"),       QStringLiteral("shanghainese"),
                                    QStringLiteral("jyutping")};
    for (const QString &word : words) {
        if (others.contains(word))
            return true;
    }
    return text.contains(QStringLiteral("粤")) || text.contains(QStringLiteral("客家")) || text.contains(QStringLiteral("闽"));
}

int scoreText(const QString &text)
{
    const QStringList words = wordsOf(text);
    if (words.isEmpty() || namesAnotherChineseLanguage(words, text))
        return 0;
    const bool mandarin = words.contains(QStringLiteral("cmn")) || words.contains(QStringLiteral("mandarin"))
        || text.contains(QStringLiteral("普通话")) || text.contains(QStringLiteral("国语"));
    const bool chinese = words.contains(QStringLiteral("zh")) || words.contains(QStringLiteral("zho"))
        || words.contains(QStringLiteral("chi")) || words.contains(QStringLiteral("chinese"))
        || text.contains(QStringLiteral("中文")) || text.contains(QStringLiteral("汉语"));
    const bool simplified = words.contains(QStringLiteral("cn")) || words.contains(QStringLiteral("hans"))
        || words.contains(QStringLiteral("sg"));
    const bool traditional = words.contains(QStringLiteral("tw")) || words.contains(QStringLiteral("hk"))
        || words.contains(QStringLiteral("mo")) || words.contains(QStringLiteral("hant"));
    if (!mandarin && !chinese)
        return 0;
    int score = mandarin ? 60 : 50;
    if (simplified)
        score += 20;
    else if (!traditional)
        score += 10;
    return score;
}

} // namespace

int MandarinVoice::score(const Candidate &voice)
{
    int best = 0;
    if (voice.locale.language() == QLocale::Chinese) {
        const QLocale::Territory territory = voice.locale.territory();
        const bool traditional = territory == QLocale::Taiwan || territory == QLocale::HongKong
            || territory == QLocale::Macao || voice.locale.script() == QLocale::TraditionalChineseScript;
        // Qt says zh for Cantonese voices too; the name or code tells them apart.
        if (!namesAnotherChineseLanguage(wordsOf(voice.name), voice.name))
            best = traditional ? 65 : 90;
    }
    // An espeak variant name ("Chinese (Mandarin…)+Annie") speaks as well but is
    // a voice effect: the plain voice first.
    QString name = voice.name;
    const bool variant = name.contains(QLatin1Char('+'));
    name = name.section(QLatin1Char('+'), 0, 0);
    const int byName = scoreText(name);
    best = qMax(best, byName);
    if (best > 0 && variant)
        best -= 1;
    return best;
}

int MandarinVoice::best(const QList<Candidate> &voices)
{
    int bestIndex = -1;
    int bestScore = 0;
    for (int i = 0; i < voices.size(); ++i) {
        const int s = score(voices.at(i));
        if (s > bestScore) {
            bestScore = s;
            bestIndex = i;
        }
    }
    return bestIndex;
}

} // namespace huanjiao
