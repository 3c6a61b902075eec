// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuestionReader.h"

#include "TextNormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

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

QString jsonArray(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

} // namespace

QuestionReader::QuestionReader(QSqlDatabase db)
    : m_db(std::move(db))
    , m_names(m_db, QStringLiteral("SELECT %1, k.key FROM search_key k"
                                   " WHERE k.match IN ('name', 'alias', 'lay-name', 'part', 'symptom')"
                                   " AND k.key IN (SELECT value FROM json_each(?1))")
                            .arg(tierColumns())
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
// them (肝大 in 乙肝|大三阳) is a misreading and ranks below.
void QuestionReader::read(const QString &compact, const SearchOptions &options, SearchCandidates *candidates,
                          bool *capped)
{
    const QStringList tokens = TextNormalizer::tokens(compact.left(kMentionQueryLength));
    if (tokens.size() < 3)
        return;
    const int longest = qMax(2, m_longestKey);
    QHash<QString, QList<QPair<int, int>>> spans; // piece -> [start, end) in tokens
    QStringList pieces;
    for (int start = 0; start < tokens.size(); ++start) {
        QString piece;
        for (int end = start; end < tokens.size(); ++end) {
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
    if (pieces.isEmpty())
        return;
    SqliteStatement &statement = m_names;
    statement.bind(1, jsonArray(pieces));
    bindTierFilters(statement, options, 2);

    struct Found
    {
        SearchCandidate candidate;
        int start;
        int end;
    };
    QList<Found> found;
    int rows = 0;
    while (statement.next()) {
        ++rows;
        SearchCandidate c;
        c.keyRow = statement.integer(0);
        c.stored = storedMatchKind(statement.latin1(1));
        c.labelLength = int(statement.integer(2));
        c.entity = statement.integer(3);
        kindFromName(QString::fromLatin1(statement.latin1(4)), &c.kind);
        c.popularity = int(statement.integer(6));
        for (const auto &[start, end] : spans.value(statement.text(7)))
            found.append({c, start, end});
    }
    if (!statement.error().isEmpty())
        m_error = statement.error();
    statement.reset();
    if (rows >= kTierLimit)
        *capped = true;
    if (found.isEmpty())
        return;

    // The reading: the likeliest way to cut the question into words, from the
    // word lexicon's frequencies (as jieba reads text: the path through the
    // question's words whose product of word probabilities is highest), with
    // the names found as words too. 乙肝大三阳 reads 乙肝|大三阳, so 肝大 is a
    // misreading; 高血压病 reads 高血压|病, so 血压病 is.
    const int n = int(tokens.size());
    QHash<QString, qint64> frequency;
    {
        QStringList words;
        for (int start = 0; start < n; ++start) {
            QString piece;
            for (int end = start; end < n && end - start < kLexiconWordLength; ++end) {
                if (tokens.at(end).size() != 1 && !TextNormalizer::isCjkCharacter(tokens.at(end).toUcs4().value(0)))
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
        const bool cjk = TextNormalizer::isCjkCharacter(tokens.at(start).toUcs4().value(0));
        edges[start].append({start + 1, weight(frequency.value(tokens.at(start), cjk ? 1 : kLatinWordFrequency))});
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
    QList<QPair<int, int>> reading; // the words, as [start, end) in tokens
    for (int at = n; at > 0 && from[at] >= 0; at = from[at])
        reading.append({from[at], at});
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
    // A condition the question describes by several of its symptom words
    // (饿了 心慌 手抖 出汗) before one it shares a single word with.
    QHash<qint64, QSet<QString>> symptomKeys;
    QHash<qint64, int> symptomLength;
    for (const Found &f : std::as_const(found)) {
        if (f.candidate.stored != MatchKind::Symptom || crossesReading(f.start, f.end))
            continue;
        QString piece;
        for (int i = f.start; i < f.end; ++i)
            piece += tokens.at(i);
        if (!symptomKeys[f.candidate.entity].contains(piece)) {
            symptomKeys[f.candidate.entity].insert(piece);
            symptomLength[f.candidate.entity] += f.end - f.start;
        }
    }
    for (const Found &f : std::as_const(found)) {
        SearchCandidate c = f.candidate;
        const int length = qMin(f.end - f.start, 20);
        if (c.stored == MatchKind::Symptom) {
            c.score = kMentionSymptom + qMin(symptomLength.value(c.entity, length), 40);
            c.matched = MatchKind::Symptom;
        } else {
            c.score = (c.kind == Kind::Condition ? kMentionCondition : kMentionOther) + 2 * length;
            // Aliases and lay names say which name the question used.
            c.matched = c.stored == MatchKind::Alias || c.stored == MatchKind::LayName ? c.stored : MatchKind::Question;
        }
        if (crossesReading(f.start, f.end))
            c.score -= kMentionCrossing;
        keepCandidate(candidates, c);
    }
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
}

} // namespace huanjiao
