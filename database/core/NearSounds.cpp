// SPDX-License-Identifier: GPL-3.0-or-later
#include "NearSounds.h"

#include <iterator>

namespace huanjiao {

namespace {

struct Pair
{
    const char *a;
    const char *b;
};

// Initials: the retroflex ones first, so that "zh" is not read as "z" + "h".
constexpr Pair kInitials[] = {{"zh", "z"}, {"ch", "c"}, {"sh", "s"}, {"n", "l"}};
constexpr Pair kFinals[] = {{"eng", "en"}, {"ing", "in"}, {"ang", "an"}};

// The syllable with its initial said the other way; empty if it has none of them.
QString otherInitial(const QString &syllable)
{
    for (const Pair &p : kInitials) {
        const QString a = QString::fromLatin1(p.a);
        const QString b = QString::fromLatin1(p.b);
        if (syllable.startsWith(a))
            return b + syllable.mid(a.size());
        // "z" but not "zh": a plain initial said as the retroflex one.
        if (syllable.startsWith(b) && !(b.size() == 1 && syllable.size() > 1 && syllable.at(1) == QLatin1Char('h')))
            return a + syllable.mid(b.size());
    }
    return {};
}

QString otherFinal(const QString &syllable)
{
    for (const Pair &p : kFinals) {
        const QString a = QString::fromLatin1(p.a);
        const QString b = QString::fromLatin1(p.b);
        if (syllable.endsWith(a))
            return syllable.left(syllable.size() - a.size()) + b;
        if (syllable.endsWith(b))
            return syllable.left(syllable.size() - b.size()) + a;
    }
    return {};
}

} // namespace

QStringList nearSpellings(const QStringList &syllables)
{
    QStringList out;
    for (qsizetype i = 0; i < syllables.size(); ++i) {
        const QString &s = syllables.at(i);
        QStringList alternatives;
        const QString initial = otherInitial(s);
        const QString final = otherFinal(s);
        if (!initial.isEmpty())
            alternatives << initial;
        if (!final.isEmpty())
            alternatives << final;
        if (!initial.isEmpty() && !final.isEmpty())
            alternatives << otherFinal(initial);
        for (const QString &alternative : std::as_const(alternatives)) {
            QStringList changed = syllables;
            changed[i] = alternative;
            out << changed.join(QString());
        }
    }
    out.removeDuplicates();
    out.removeAll(syllables.join(QString()));
    return out;
}

} // namespace huanjiao
