// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchEngine.h"

#include "TextNormalizer.h"

#include <algorithm>

namespace huanjiao {

namespace {

// Each tier looks at no more than this many rows: the bound that keeps a
// keystroke fast however large the database.
constexpr int kTierLimit = 200;
// Whole questions: names of this many characters at most are looked for inside.
constexpr int kMentionMaxLength = 12;
constexpr int kMentionQueryLength = 48;
constexpr int kSuggestions = 5;

// Every tier reads the same columns: numbers and short codes only; names are
// read for the hits shown, afterwards.
const QString kColumns = QStringLiteral("k.rowid, k.match, length(k.label), k.entity, k.kind, k.name_length");

QString filtersFrom(int first, const QString &table = QStringLiteral("k"))
{
    return QStringLiteral(" AND (?%1 = '' OR %4.kind = ?%1)"
                          " AND (?%2 = 0 OR %4.department = ?%2 OR %4.top_department = ?%2) LIMIT %3")
        .arg(first)
        .arg(first + 1)
        .arg(kTierLimit)
        .arg(table);
}

// The kinds of match, as stored in search_key.match, with their scores.
struct MatchKind
{
    const char *name;
    int exact;
    int prefix;
    int substring;
};
constexpr MatchKind kMatchKinds[] = {
    {"name", 1000, 900, 500},  {"alias", 850, 820, 450},    {"english", 800, 780, 440},
    {"pinyin", 720, 700, 440}, {"initials", 690, 660, 440}, {"body", 300, 300, 300},
};

const MatchKind &matchKind(const char *text)
{
    for (const MatchKind &m : kMatchKinds) {
        if (qstrcmp(m.name, text) == 0)
            return m;
    }
    return kMatchKinds[std::size(kMatchKinds) - 1];
}

bool isPinyinMatch(const MatchKind &m)
{
    return m.exact == 720 || m.exact == 690;
}

bool isAsciiWord(const QString &s)
{
    return !s.isEmpty()
        && std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); });
}

// The end of the range of keys that start with prefix.
QString prefixEnd(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF", 1);
}

constexpr int kExactKey = -1;
constexpr int kPrefixKey = -2;
constexpr int kNameSubstring = 0;
constexpr int kBody = 300;
constexpr int kMention = 600;

} // namespace

struct SearchEngine::Candidate
{
    qint64 entity = 0;
    qint64 keyRow = 0; // the search_key row that matched; 0 for body text
    int score = 0;
    int labelLength = 0;
    Kind kind = Kind::Condition;
    const char *matched = ""; // name, alias, english, pinyin, initials, question or body
};

namespace {
// Best first: score, then the shorter name (the more exact match), then content order.
bool rankedBefore(const SearchEngine::Candidate *a, const SearchEngine::Candidate *b)
{
    if (a->score != b->score)
        return a->score > b->score;
    if (a->labelLength != b->labelLength)
        return a->labelLength < b->labelLength;
    return a->entity < b->entity;
}
} // namespace

SearchEngine::SearchEngine(QSqlDatabase db)
    : m_db(std::move(db))
    , m_exact(m_db, QStringLiteral("SELECT %1 FROM search_key k WHERE k.key = ?1").arg(kColumns) + filtersFrom(2))
    , m_prefix(m_db, QStringLiteral("SELECT %1 FROM search_key k WHERE k.key > ?1 AND k.key < ?2").arg(kColumns)
                         + filtersFrom(3))
    , m_names(m_db, QStringLiteral("SELECT %1 FROM search_name JOIN search_key k ON k.rowid = search_name.rowid"
                                   " WHERE search_name MATCH ?1")
                            .arg(kColumns)
                        + filtersFrom(2))
    , m_body(m_db, QStringLiteral("SELECT 0, 'body', d.name_length, d.rowid, d.kind, d.name_length FROM search_body"
                                  " JOIN search_doc d ON d.rowid = search_body.rowid WHERE search_body MATCH ?1")
                       + filtersFrom(2, QStringLiteral("d")))
    , m_entity(m_db, QStringLiteral("SELECT slug, name, subtitle FROM entity WHERE rowid = ?1"))
    , m_label(m_db, QStringLiteral("SELECT label FROM search_key WHERE rowid = ?1"))
    , m_text(m_db, QStringLiteral("SELECT text FROM search_text WHERE rowid = ?1"))
{
}

QString SearchEngine::ftsQuery(const QStringList &terms, int prefixFrom, Tokens kind)
{
    QStringList phrases;
    for (int i = 0; i < terms.size(); ++i) {
        const QStringList tokens = kind == Tokens::Pairs ? TextNormalizer::bigrams(terms.at(i))
                                                         : TextNormalizer::tokens(terms.at(i));
        if (tokens.isEmpty())
            continue;
        // Body text is indexed in pairs; a lone character has no pair to look up.
        const QList<uint> first = tokens.first().toUcs4();
        if (kind == Tokens::Pairs && tokens.size() == 1 && first.size() == 1
            && TextNormalizer::isCjkCharacter(first.first()))
            return {};
        // Tokens hold only letters and digits, so quoting them cannot be escaped
        // from: FTS5 syntax typed by a user ("*", NEAR(, quotes) is plain text.
        QString phrase = QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
        // A prefix query merges the lists of every word it covers: only worth it,
        // and only bounded, once a few letters have been typed.
        if (prefixFrom > 0 && i == terms.size() - 1 && isAsciiWord(tokens.last()) && tokens.last().size() >= prefixFrom)
            phrase += QLatin1Char('*');
        phrases.append(phrase);
    }
    return phrases.join(QStringLiteral(" AND "));
}

void SearchEngine::bindFilters(SqliteStatement &statement, const SearchOptions &options, int first)
{
    statement.bind(first, options.kind ? kindName(*options.kind) : QStringLiteral(""));
    statement.bind(first + 1, options.department);
}

void SearchEngine::collect(SqliteStatement &statement, int score, Candidates *candidates, bool *capped)
{
    int rows = 0;
    while (statement.next()) {
        ++rows;
        const MatchKind &match = matchKind(statement.latin1(1));
        const int labelLength = int(statement.integer(2));
        int rowScore = score;
        if (score == kExactKey || score == kPrefixKey) {
            rowScore = score == kExactKey ? match.exact : match.prefix;
            // The pinyin of an alias ranks just below the pinyin of the name.
            if (isPinyinMatch(match) && labelLength != statement.integer(5))
                rowScore -= 5;
        } else if (score == kNameSubstring) {
            rowScore = match.substring;
        }
        const qint64 entity = statement.integer(3);
        const auto it = candidates->constFind(entity);
        if (it != candidates->constEnd() && it->score >= rowScore)
            continue;
        Candidate c;
        c.entity = entity;
        c.keyRow = statement.integer(0);
        c.score = rowScore;
        c.labelLength = labelLength;
        kindFromName(QString::fromLatin1(statement.latin1(4)), &c.kind);
        c.matched = match.name;
        candidates->insert(entity, c);
    }
    statement.reset();
    if (rows >= kTierLimit)
        *capped = true;
}

void SearchEngine::keyTiers(const QString &key, const SearchOptions &options, Candidates *candidates, bool *capped)
{
    m_exact.bind(1, key);
    bindFilters(m_exact, options, 2);
    collect(m_exact, kExactKey, candidates, capped);
    m_prefix.bind(1, key);
    m_prefix.bind(2, prefixEnd(key));
    bindFilters(m_prefix, options, 3);
    collect(m_prefix, kPrefixKey, candidates, capped);
}

// A whole question ("面肌痉挛能治好吗"): the names and aliases it contains.
void SearchEngine::mentions(const QString &compact, const SearchOptions &options, Candidates *candidates,
                            bool *capped)
{
    const QStringList tokens = TextNormalizer::tokens(compact.left(kMentionQueryLength));
    if (tokens.size() < 3)
        return;
    QStringList pieces;
    for (int start = 0; start < tokens.size(); ++start) {
        QString piece;
        for (int end = start; end < tokens.size() && end - start < kMentionMaxLength; ++end) {
            piece += tokens.at(end);
            if (end > start && piece != compact)
                pieces.append(piece);
        }
    }
    pieces.removeDuplicates();
    if (pieces.isEmpty())
        return;
    QStringList marks;
    for (int i = 0; i < pieces.size(); ++i)
        marks << QStringLiteral("?%1").arg(i + 1);
    SqliteStatement statement(m_db, QStringLiteral("SELECT %1 FROM search_key k"
                                                   " WHERE k.match IN ('name', 'alias') AND k.key IN (%2)")
                                        .arg(kColumns, marks.join(QLatin1Char(',')))
                                    + filtersFrom(int(pieces.size()) + 1));
    for (int i = 0; i < pieces.size(); ++i)
        statement.bind(i + 1, pieces.at(i));
    bindFilters(statement, options, int(pieces.size()) + 1);
    Candidates found;
    collect(statement, kMention, &found, capped);
    for (auto it = found.begin(); it != found.end(); ++it) {
        it->matched = "question";
        it->score = kMention + 10 * qMin(it->labelLength, kMentionMaxLength);
        const auto existing = candidates->constFind(it.key());
        if (existing == candidates->constEnd() || existing->score < it->score)
            candidates->insert(it.key(), *it);
    }
}

QList<SearchHit> SearchEngine::hits(const QList<const Candidate *> &top)
{
    QList<SearchHit> list;
    list.reserve(top.size());
    for (const Candidate *c : top) {
        SearchHit hit;
        hit.ref.rowid = c->entity;
        hit.ref.kind = c->kind;
        m_entity.bind(1, c->entity);
        if (m_entity.next()) {
            hit.ref.id = m_entity.text(0);
            hit.ref.name = m_entity.text(1);
            hit.ref.subtitle = m_entity.text(2);
        }
        m_entity.reset();
        hit.score = c->score;
        hit.matched = QLatin1String(c->matched);
        hit.matchedText = hit.ref.name;
        if (c->keyRow) {
            m_label.bind(1, c->keyRow);
            if (m_label.next())
                hit.matchedText = m_label.text(0);
            m_label.reset();
        }
        list.append(hit);
    }
    return list;
}

SearchResults SearchEngine::search(const QString &text, const SearchOptions &options)
{
    SearchResults results;
    results.query = text;
    const QString folded = TextNormalizer::fold(m_converter.toSimplified(TextNormalizer::fold(text)));
    if (folded.isEmpty())
        return results;
    results.terms = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString compact = folded;
    compact.remove(QLatin1Char(' '));

    Candidates candidates;
    candidates.reserve(kTierLimit * 4);
    bool capped = false;
    // Exact and prefix keys: the text as typed, and without spaces ("mian ji").
    keyTiers(folded, options, &candidates, &capped);
    if (compact != folded && isAsciiWord(compact))
        keyTiers(compact, options, &candidates, &capped);
    mentions(compact, options, &candidates, &capped);
    // Names that contain every term, then any text that does.
    const QString names = ftsQuery(results.terms, 2);
    if (!names.isEmpty()) {
        m_names.bind(1, names);
        bindFilters(m_names, options, 2);
        collect(m_names, kNameSubstring, &candidates, &capped);
        const QString body = ftsQuery(results.terms, 3, Tokens::Pairs);
        if (!body.isEmpty()) {
            m_body.bind(1, body);
            bindFilters(m_body, options, 2);
            collect(m_body, kBody, &candidates, &capped);
        }
    }

    QList<const Candidate *> ranked;
    ranked.reserve(candidates.size());
    for (const Candidate &c : std::as_const(candidates)) {
        ranked.append(&c);
        results.counts[c.kind] += 1;
    }
    results.countsCapped = capped;
    const auto shown = ranked.begin() + qMin(ranked.size(), qsizetype(qMax(0, options.limit)));
    std::partial_sort(ranked.begin(), shown, ranked.end(), rankedBefore);
    ranked.erase(shown, ranked.end());
    results.hits = hits(ranked);
    for (SearchHit &hit : results.hits) {
        if (hit.matched == QLatin1String("body"))
            hit.snippet = snippet(hit.ref.rowid, results.terms);
    }
    if (results.hits.isEmpty())
        results.suggestions = suggest(compact, options);
    return results;
}

QString SearchEngine::snippet(qint64 rowid, const QStringList &terms)
{
    m_text.bind(1, rowid);
    const QString text = m_text.next() ? m_text.text(0) : QString();
    m_text.reset();
    qsizetype at = -1;
    qsizetype length = 0;
    for (const QString &term : terms) {
        at = text.indexOf(term, 0, Qt::CaseInsensitive);
        if (at >= 0) {
            length = term.size();
            break;
        }
    }
    if (at < 0)
        at = 0;
    // The line the match is on, cut to about 60 characters around it.
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), at) + 1;
    qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), at + length);
    if (lineEnd < 0)
        lineEnd = text.size();
    const qsizetype start = qMax(lineStart, at - 20);
    const qsizetype end = qMin(lineEnd, at + length + 40);
    QString out = text.mid(start, end - start);
    if (start > lineStart)
        out.prepend(QChar(0x2026));
    if (end < lineEnd)
        out.append(QChar(0x2026));
    return out;
}

QList<EntityRef> SearchEngine::suggest(const QString &compact, const SearchOptions &options)
{
    Candidates found;
    bool capped = false;
    if (isAsciiWord(compact)) {
        // Pinyin or English with a typo at the end: the longest prefix that matches.
        for (qsizetype n = compact.size() - 1; n >= 2 && found.isEmpty(); --n)
            keyTiers(compact.left(n), options, &found, &capped);
    } else {
        // Chinese: names sharing the most characters with what was typed.
        const QStringList typed = TextNormalizer::tokens(compact);
        QStringList phrases;
        for (const QString &token : typed)
            phrases.append(QLatin1Char('"') + token + QLatin1Char('"'));
        phrases.removeDuplicates();
        if (phrases.isEmpty())
            return {};
        m_names.bind(1, phrases.mid(0, 16).join(QStringLiteral(" OR ")));
        bindFilters(m_names, options, 2);
        collect(m_names, kNameSubstring, &found, &capped);
        QList<const Candidate *> all;
        for (const Candidate &c : std::as_const(found))
            all.append(&c);
        for (const SearchHit &hit : hits(all)) {
            int shared = 0;
            for (const QString &token : typed)
                shared += hit.matchedText.contains(token) ? 1 : 0;
            found[hit.ref.rowid].score = shared;
        }
    }
    QList<const Candidate *> ranked;
    for (const Candidate &c : std::as_const(found))
        ranked.append(&c);
    std::sort(ranked.begin(), ranked.end(), rankedBefore);
    QList<EntityRef> refs;
    for (const SearchHit &hit : hits(ranked.mid(0, kSuggestions)))
        refs.append(hit.ref);
    return refs;
}

} // namespace huanjiao
