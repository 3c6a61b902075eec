// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextNormalizer.h"

#include <QFile>
#include <QList>
#include <QPair>

#include <algorithm>
#include <bitset>

namespace huanjiao::TextNormalizer {

bool isCjkCharacter(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)      // kana
        || (c >= 0x3400 && c <= 0x4DBF)      // Han extension A
        || (c >= 0x4E00 && c <= 0x9FFF)      // Han
        || (c >= 0xAC00 && c <= 0xD7AF)      // Hangul
        || (c >= 0xF900 && c <= 0xFAFF)      // Han compatibility
        || (c >= 0x20000 && c <= 0x3134F);   // Han extensions B and later
}

QString fold(const QString &text, int maxLength)
{
    // Cut first: a pasted megabyte must cost no more than a short query.
    const QString cut = text.left(maxLength * 2);
    const QString normalized = cut.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(normalized.size());
    bool space = false;
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized.at(i);
        if (c.isSpace() || c == QChar(0x3000)) {
            space = !out.isEmpty();
            continue;
        }
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse)
            continue;
        if (c.isHighSurrogate() && (i + 1 >= normalized.size() || !normalized.at(i + 1).isLowSurrogate()))
            continue; // a broken pair from the cut or from bad input
        if (c.isLowSurrogate() && (i == 0 || !normalized.at(i - 1).isHighSurrogate()))
            continue;
        // Never more than maxLength: a space and a surrogate pair both add two.
        const qsizetype adds = (space ? 1 : 0) + (c.isHighSurrogate() ? 2 : 1);
        if (out.size() + adds > maxLength)
            break;
        if (space)
            out.append(QLatin1Char(' '));
        space = false;
        out.append(c);
        if (c.isHighSurrogate())
            out.append(normalized.at(++i));
    }
    return out;
}

QStringList tokens(const QString &folded)
{
    QStringList list;
    QString run;
    auto flush = [&] {
        if (!run.isEmpty())
            list.append(run);
        run.clear();
    };
    const QList<uint> codepoints = folded.toUcs4();
    for (const uint c : codepoints) {
        if (isCjkCharacter(c)) {
            flush();
            list.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
        } else if (QChar::isLetterOrNumber(c)) {
            run.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
        } else {
            flush();
        }
    }
    flush();
    return list;
}

namespace {

enum class RunStart { Never, Always, AfterLatin };

// The pairs of each run of Chinese characters, with a lone character as
// itself, and, as `lead` says, a run's first character before its pairs.
// Empty if `loneFirst` is false and the text starts with a lone character.
QStringList pairs(const QString &folded, RunStart lead, bool loneFirst)
{
    QStringList out;
    QList<char32_t> run; // consecutive Chinese characters, not broken by punctuation
    QString latin;
    bool afterLatin = false; // the run follows letters or digits directly
    bool lonelyStart = false;
    auto flushRun = [&] {
        if (run.size() == 1) {
            lonelyStart = lonelyStart || out.isEmpty();
            out.append(QString::fromUcs4(run.constData(), 1));
        } else if (run.size() > 1 && (lead == RunStart::Always || (lead == RunStart::AfterLatin && afterLatin))) {
            out.append(QString::fromUcs4(run.constData(), 1));
        }
        for (qsizetype i = 0; i + 1 < run.size(); ++i)
            out.append(QString::fromUcs4(run.constData() + i, 2));
        run.clear();
    };
    auto flushLatin = [&] {
        if (!latin.isEmpty())
            out.append(latin);
        latin.clear();
    };
    const QList<uint> codepoints = folded.toUcs4();
    for (const uint c : codepoints) {
        if (isCjkCharacter(c)) {
            if (run.isEmpty())
                afterLatin = !latin.isEmpty();
            flushLatin();
            run.append(char32_t(c));
        } else if (QChar::isLetterOrNumber(c)) {
            flushRun();
            latin.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
        } else {
            flushRun();
            flushLatin();
        }
    }
    flushRun();
    flushLatin();
    if (!loneFirst && lonelyStart)
        return {};
    return out;
}

} // namespace

QStringList bigrams(const QString &folded)
{
    return pairs(folded, RunStart::Never, true);
}

QStringList namePairs(const QString &folded)
{
    return pairs(folded, RunStart::Always, true);
}

QStringList queryPairs(const QString &folded)
{
    return pairs(folded, RunStart::AfterLatin, false);
}

namespace {

using Variants = QList<QPair<QString, QString>>;

Variants loadVariants()
{
    Variants list;
    QFile file(QStringLiteral(":/huanjiao/search/variants.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return list;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'), Qt::SkipEmptyParts);
        if (parts.size() == 2)
            list.append({fold(parts.at(0)), fold(parts.at(1))});
    }
    // The longest first, so that 幽门螺旋杆菌 is replaced before any part of it.
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return list;
}

} // namespace

QString foldVariants(const QString &folded)
{
    // Immutable data read once from the library's resources.
    static const Variants variants = loadVariants();
    // Most text has none of them: one pass over it for their first
    // characters, instead of a search for each variant (a build folds tens
    // of millions of labels).
    static const std::bitset<0x10000> starts = [] {
        std::bitset<0x10000> set;
        for (const auto &pair : variants) {
            if (!pair.first.isEmpty())
                set.set(pair.first.at(0).unicode());
        }
        return set;
    }();
    if (std::none_of(folded.begin(), folded.end(), [](QChar c) { return starts.test(c.unicode()); }))
        return folded;
    QString out = folded;
    for (const auto &[variant, form] : variants) {
        if (out.contains(variant))
            out.replace(variant, form);
    }
    return out;
}

QString searchKey(const QString &folded)
{
    const QString folded2 = foldVariants(folded);
    QString out;
    out.reserve(folded2.size());
    bool space = false;
    for (const QChar c : folded2) {
        if (c == QLatin1Char(' ')) {
            space = !out.isEmpty();
            continue;
        }
        if (c.isPunct() || c.isSymbol())
            continue;
        if (space)
            out.append(QLatin1Char(' '));
        space = false;
        out.append(c);
    }
    return out;
}

QString spaced(const QString &folded)
{
    return tokens(folded).join(QLatin1Char(' '));
}

} // namespace huanjiao::TextNormalizer
