// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuestionReader.h"

#include "TextNormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace huanjiao {

namespace {

// Whole questions: the first this many characters are searched for names (of
// any length: pieces up to the longest name key the database holds).
constexpr int kMentionQueryLength = 100;
// Names found inside a question: conditions first, then the drugs, tests and
// departments the question also names, each longer (more specific) first; a
// symptom word below both; a name read across a word boundary below them all.
constexpr int kMentionCondition = 660;
constexpr int kMentionOther = 610;
constexpr int kMentionSymptom = 420;
constexpr int kMentionCrossing = 200; // taken off
// Reading questions: the longest word looked up in the lexicon; how often a
// name the lexicon lacks, or a run of Latin letters, counts as seen.
constexpr int kLexiconWordLength = 8;
constexpr qint64 kNameFrequency = 3;
constexpr qint64 kLatinWordFrequency = 100;
// Letters that count as a word of their own inside a question, at least; the
// Latin words of a query looked at, at most.
constexpr int kLatinPieceLength = 3;
constexpr int kLatinWords = 12;
// Words told apart: runs of at most kGappedRun words, kGapWords words (at most
// kGapLength characters) between them, kGappedLength characters in all. A name
// found so ranks below one found whole; a symptom word just below one whole.
constexpr int kGappedRun = 3;
constexpr int kGapWords = 2;
constexpr int kGapLength = 4;
constexpr int kGappedLength = 12;
constexpr int kGappedName = 150; // taken off
constexpr int kGapped = 5;       // taken off

QString jsonArray(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

} // namespace

QuestionReader::QuestionReader(QSqlDatabase db)
    : m_db(std::move(db))
    , m_names(m_db, QStringLiteral("SELECT %1, k.key%2 WHERE k.match IN (%3)"
                                   " AND k.key IN (SELECT value FROM json_each(?1))")
                            .arg(tierColumns(), tierFrom(),
                                 matchKindCodes({MatchKind::Name, MatchKind::Alias, MatchKind::LayName,
                                                 MatchKind::SearchTerm, MatchKind::Part, MatchKind::Symptom}))
                        + tierFilters(2))
    , m_latin(m_db, QStringLiteral("SELECT %1, k.key%2 WHERE k.match IN (%3)"
                                   " AND k.key IN (SELECT value FROM json_each(?1))")
                            .arg(tierColumns(), tierFrom(),
                                 matchKindCodes({MatchKind::Name, MatchKind::Alias, MatchKind::LayName,
                                                 MatchKind::SearchTerm, MatchKind::English, MatchKind::Pinyin}))
                        + tierFilters(2))
    , m_gapped(m_db, QStringLiteral("SELECT %1, k.key%2 WHERE k.match IN (%3)"
                                    " AND k.key IN (SELECT value FROM json_each(?1))")
                             .arg(tierColumns(), tierFrom(),
                                  matchKindCodes({MatchKind::Name, MatchKind::Alias, MatchKind::LayName,
                                                  MatchKind::SearchTerm, MatchKind::Symptom}))
                         + tierFilters(2))
    , m_words(m_db, QStringLiteral("SELECT word, frequency FROM search_word"
                                   " WHERE word IN (SELECT value FROM json_each(?1))"))
{
    SqliteStatement longest(m_db, QStringLiteral("SELECT value FROM search_info WHERE key = 'longest_key'"));
    if (longest.next())
        m_longestKey = int(longest.integer(0));
    SqliteStatement words(m_db, QStringLiteral("SELECT value FROM search_info WHERE key = 'word_total'"));
    if (words.next())
        m_wordTotal = words.integer(0);
}

// A whole question ("面肌痉挛能治好吗", "乙肝大三阳严重吗"): the names, aliases,
// lay names, distinctive parts of names and symptom words it contains. Of the
// names found, those that tile the question best (the most characters covered
// by names that do not overlap) are its reading; a name that straddles two of
// them (肝大 in 乙肝|大三阳) is a misreading and ranks below. A symptom word or
// name told with other words in between (耳朵|里|嗡嗡响 for 耳朵嗡嗡响, 颈动脉|有|
// 斑块 for 颈动脉斑块) is found from the words of that reading.
void QuestionReader::read(const QString &compact, const SearchOptions &options, SearchCandidates *candidates,
                          bool *capped)
{
    const QStringList tokens = TextNormalizer::tokens(compact.left(kMentionQueryLength));
    if (tokens.size() < 3)
        return;
    const int n = int(tokens.size());
    auto isCjk = [&tokens](int i) { return TextNormalizer::isCjkCharacter(tokens.at(i).toUcs4().value(0)); };
    const int longest = qMax(2, m_longestKey);
    QHash<QString, QList<QPair<int, int>>> spans; // piece -> [start, end) in tokens
    QStringList pieces;
    QStringList latin; // a run of letters inside a question (hiv, pcos, copd)
    for (int start = 0; start < n; ++start) {
        if (!isCjk(start) && tokens.at(start).size() >= kLatinPieceLength && tokens.at(start) != compact) {
            auto &list = spans[tokens.at(start)];
            if (list.isEmpty())
                latin.append(tokens.at(start));
            list.append({start, start + 1});
        }
        QString piece;
        for (int end = start; end < n; ++end) {
            piece += tokens.at(end);
            if (piece.size() > longest)
                break;
            if (end > start && piece != compact) {
                auto &list = spans[piece];
                if (list.isEmpty())
                    pieces.append(piece);
                list.append({start, end + 1});
            }
        }
    }

    struct Found
    {
        SearchCandidate candidate;
        int start;
        int end;
        bool gapped;
        int keyLength; // characters of the key found
    };
    QList<Found> found;
    // Runs statement over keys (a JSON array); each row found where spans says.
    auto look = [&](SqliteStatement &statement, const QStringList &keys,
                    const QHash<QString, QList<QPair<int, int>>> &where, bool gapped) {
        if (keys.isEmpty())
            return;
        statement.bind(1, jsonArray(keys));
        bindTierFilters(statement, options, 2);
        int rows = 0;
        while (statement.next()) {
            ++rows;
            SearchCandidate c;
            c.keyRow = statement.integer(0);
            c.stored = storedMatchKind(statement.integer(1));
            c.labelLength = int(statement.integer(2));
            c.entity = statement.integer(3);
            kindFromName(QString::fromLatin1(statement.latin1(4)), &c.kind);
            c.popularity = int(statement.integer(6));
            const QString key = statement.text(7);
            for (const auto &[start, end] : where.value(key))
                found.append({c, start, end, gapped, int(key.size())});
        }
        if (!statement.error().isEmpty() && m_error.isEmpty())
            m_error = statement.error();
        statement.reset();
        if (rows >= kTierLimit)
            *capped = true;
    };
    look(m_names, pieces, spans, false);
    look(m_latin, latin, spans, false);

    // The reading: the likeliest way to cut the question into words, from the
    // word lexicon's frequencies (as jieba reads text: the path through the
    // question's words whose product of word probabilities is highest), with
    // the names found as words too. 乙肝大三阳 reads 乙肝|大三阳, so 肝大 is a
    // misreading; 高血压病 reads 高血压|病, so 血压病 is.
    QHash<QString, qint64> frequency;
    {
        QStringList words;
        for (int start = 0; start < n; ++start) {
            QString piece;
            for (int end = start; end < n && end - start < kLexiconWordLength; ++end) {
                if (tokens.at(end).size() != 1 && !isCjk(end))
                    break;
                piece += tokens.at(end);
                words.append(piece);
            }
        }
        words.removeDuplicates();
        if (!words.isEmpty()) {
            SqliteStatement &lookup = m_words;
            lookup.bind(1, jsonArray(words));
            while (lookup.next())
                frequency.insert(lookup.text(0), lookup.integer(1));
            if (!lookup.error().isEmpty() && m_error.isEmpty())
                m_error = lookup.error();
            lookup.reset();
        }
    }
    const double total = std::log(double(qMax<qint64>(m_wordTotal, 1000000)));
    auto weight = [&](qint64 f) { return std::log(double(qMax<qint64>(f, 1))) - total; };
    // Edges: every lexicon word, every name found, and each token alone.
    QList<QList<QPair<int, double>>> edges(n); // start -> (end, log probability)
    for (int start = 0; start < n; ++start) {
        edges[start].append({start + 1, weight(frequency.value(tokens.at(start), isCjk(start) ? 1 : kLatinWordFrequency))});
        QString piece = tokens.at(start);
        for (int end = start + 1; end < n && end - start < kLexiconWordLength; ++end) {
            piece += tokens.at(end);
            const auto it = frequency.constFind(piece);
            if (it != frequency.constEnd())
                edges[start].append({end + 1, weight(*it)});
        }
    }
    for (const Found &f : std::as_const(found)) {
        QString piece;
        for (int i = f.start; i < f.end; ++i)
            piece += tokens.at(i);
        edges[f.start].append({f.end, weight(qMax(frequency.value(piece), kNameFrequency))});
    }
    QList<double> best(n + 1, -std::numeric_limits<double>::infinity());
    QList<int> from(n + 1, -1);
    best[0] = 0;
    for (int start = 0; start < n; ++start) {
        if (from[start] < 0 && start > 0)
            continue;
        for (const auto &[end, w] : std::as_const(edges[start])) {
            if (best[start] + w > best[end]) {
                best[end] = best[start] + w;
                from[end] = start;
            }
        }
    }
    QList<QPair<int, int>> reading; // the words, as [start, end) in tokens, last first
    for (int at = n; at > 0 && from[at] >= 0; at = from[at])
        reading.append({from[at], at});
    std::reverse(reading.begin(), reading.end());

    // Told apart: a run of one to three words of the reading, a gap of one or
    // two words (at most kGapLength characters), and another run, read as the
    // name or symptom word the two runs make together. Chinese words only.
    {
        auto chinese = [&](int s, int e) {
            for (int i = s; i < e; ++i) {
                if (!isCjk(i))
                    return false;
            }
            return true;
        };
        auto text = [&](int s, int e) {
            QString out;
            for (int i = s; i < e; ++i)
                out += tokens.at(i);
            return out;
        };
        QHash<QString, QList<QPair<int, int>>> apart;
        QStringList keys;
        const int w = int(reading.size());
        for (int i = 0; i < w; ++i) {
            for (int a = 1; a <= kGappedRun && i + a <= w; ++a) {
                const int aStart = reading.at(i).first;
                const int aEnd = reading.at(i + a - 1).second;
                if (!chinese(aStart, aEnd))
                    break;
                for (int g = 1; g <= kGapWords; ++g) {
                    const int k = i + a + g;
                    if (k >= w || reading.at(k).first - aEnd > kGapLength)
                        break;
                    for (int b = 1; b <= kGappedRun && k + b <= w; ++b) {
                        const int bEnd = reading.at(k + b - 1).second;
                        const int bStart = reading.at(k).first;
                        if (!chinese(bStart, bEnd))
                            break;
                        const int length = (aEnd - aStart) + (bEnd - bStart);
                        if (length < 3 || length > kGappedLength)
                            continue;
                        const QString key = text(aStart, aEnd) + text(bStart, bEnd);
                        auto &list = apart[key];
                        if (list.isEmpty())
                            keys.append(key);
                        list.append({aStart, bEnd});
                    }
                }
            }
        }
        look(m_gapped, keys, apart, true);
    }
    if (found.isEmpty())
        return;

    // A name inside one word (血压 of 高血压) or made of whole words (面肌|痉挛)
    // is read; one that cuts a word in two is not.
    auto crossesReading = [&reading](int start, int end) {
        for (const auto &[s, e] : std::as_const(reading)) {
            const bool apart = end <= s || start >= e;
            const bool nameInside = start >= s && end <= e;
            const bool wordInside = s >= start && e <= end;
            if (!apart && !nameInside && !wordInside)
                return true;
        }
        return false;
    };
    auto keyOf = [&](const Found &f) {
        if (!f.gapped) {
            QString piece;
            for (int i = f.start; i < f.end; ++i)
                piece += tokens.at(i);
            return piece;
        }
        return QString::number(f.candidate.keyRow); // the same key row, however found
    };
    // A condition the question describes by several of its symptom words
    // (饿了 心慌 手抖 出汗) before one it shares a single word with.
    QHash<qint64, QSet<QString>> symptomKeys;
    QHash<qint64, int> symptomLength;
    for (const Found &f : std::as_const(found)) {
        if (f.candidate.stored != MatchKind::Symptom || (!f.gapped && crossesReading(f.start, f.end)))
            continue;
        const QString piece = keyOf(f);
        if (!symptomKeys[f.candidate.entity].contains(piece)) {
            symptomKeys[f.candidate.entity].insert(piece);
            symptomLength[f.candidate.entity] += f.keyLength;
        }
    }
    for (const Found &f : std::as_const(found)) {
        SearchCandidate c = f.candidate;
        const int length = qMin(f.keyLength, 20);
        if (c.stored == MatchKind::Symptom) {
            c.score = kMentionSymptom + qMin(symptomLength.value(c.entity, length), 40) - (f.gapped ? kGapped : 0);
            c.matched = MatchKind::Symptom;
        } else {
            c.score = (c.kind == Kind::Condition ? kMentionCondition : kMentionOther) + 2 * length
                - (f.gapped ? kGappedName : 0);
            // Aliases, lay names and English names say which name the question used.
            c.matched = c.stored == MatchKind::Alias || c.stored == MatchKind::LayName || c.stored == MatchKind::SearchTerm || c.stored == MatchKind::English
                ? c.stored
                : MatchKind::Question;
        }
        if (!f.gapped && crossesReading(f.start, f.end))
            c.score -= kMentionCrossing;
        keepCandidate(candidates, c);
    }
}

void QuestionReader::readWords(const QString &key, const SearchOptions &options, SearchCandidates *candidates,
                               bool *capped)
{
    const QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, kLatinWords);
    if (words.size() < 2)
        return;
    auto isLatin = [](const QString &word) {
        return std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); });
    };
    QHash<QString, int> runs; // the run of words, spaced or joined -> its length in letters
    QStringList keys;
    for (int start = 0; start < words.size(); ++start) {
        for (int count = 1; count <= 3 && start + count <= words.size(); ++count) {
            if (!isLatin(words.at(start + count - 1)))
                break;
            if (count == words.size())
                continue; // the whole query: looked up as it stands already
            const QStringList run = words.mid(start, count);
            for (const QString &piece : {run.join(QLatin1Char(' ')), run.join(QString())}) {
                if (piece.size() < kLatinPieceLength || runs.contains(piece))
                    continue;
                runs.insert(piece, int(run.join(QString()).size()));
                keys.append(piece);
            }
        }
    }
    if (keys.isEmpty())
        return;
    m_latin.bind(1, jsonArray(keys));
    bindTierFilters(m_latin, options, 2);
    int rows = 0;
    while (m_latin.next()) {
        ++rows;
        SearchCandidate c;
        c.keyRow = m_latin.integer(0);
        c.stored = storedMatchKind(m_latin.integer(1));
        c.labelLength = int(m_latin.integer(2));
        c.entity = m_latin.integer(3);
        kindFromName(QString::fromLatin1(m_latin.latin1(4)), &c.kind);
        c.popularity = int(m_latin.integer(6));
        const int length = qMin(runs.value(m_latin.text(7)), 20);
        c.score = (c.kind == Kind::Condition ? kMentionCondition : kMentionOther) + length;
        c.matched = c.stored == MatchKind::Alias || c.stored == MatchKind::LayName || c.stored == MatchKind::SearchTerm || c.stored == MatchKind::English
            ? c.stored
            : MatchKind::Question;
        keepCandidate(candidates, c);
    }
    if (!m_latin.error().isEmpty() && m_error.isEmpty())
        m_error = m_latin.error();
    m_latin.reset();
    if (rows >= kTierLimit)
        *capped = true;
}

QString QuestionReader::error() const
{
    return m_error;
}

void QuestionReader::clearError()
{
    m_error.clear();
    m_names.clearError();
    m_words.clearError();
    m_latin.clearError();
    m_gapped.clearError();
}

} // namespace huanjiao
