// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchEngine.h"

#include "DatabaseSchema.h"
#include "NearSounds.h"
#include "TextNormalizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace huanjiao {

namespace {

constexpr int kSuggestions = 5;
// Homophones: the usual spellings of what was typed that are looked up.
constexpr int kHomophoneSpellings = 2;
// Rows read by rowid in one statement (hits, their labels, snippets' text).
constexpr int kBatch = 64;

// "rowid IN (?1, ..., ?64)": unbound marks are NULL and match nothing.
QString rowidIn()
{
    QStringList marks;
    for (int i = 1; i <= kBatch; ++i)
        marks << QStringLiteral("?%1").arg(i);
    return QStringLiteral("rowid IN (%1)").arg(marks.join(QLatin1Char(',')));
}

const QString kColumns = tierColumns();

// The labels whose text matches ?1 in an FTS5 index of them: the same columns
// as a key tier, from the label's own row.
QString labelsMatching(const QString &index)
{
    return QStringLiteral("SELECT k.rowid, k.match, k.rowid >> %1, k.entity, d.kind, d.name_length, d.popularity"
                          " FROM %2 JOIN search_label k ON k.rowid = %2.rowid JOIN search_doc d ON d.rowid = k.entity"
                          " WHERE %2 MATCH ?1")
               .arg(kLabelLengthShift)
               .arg(index)
        + tierFilters(2);
}

QString pinyinCode()
{
    return QString::number(matchKindCode(MatchKind::Pinyin));
}

// The scores of each kind of stored key, found whole, as a prefix, or as a
// name containing the terms. Lay names rank as aliases, except that the very
// word patients use for a topic, typed whole (糖尿病 for 2型糖尿病), comes
// before the longer names it starts (糖尿病肾病, 糖尿病前期): they are other
// topics. Symptom words below every name match and above body text.
struct KeyScores
{
    MatchKind kind;
    int exact;
    int prefix;
    int substring;
};
constexpr KeyScores kKeyScores[] = {
    {MatchKind::Name, 1000, 900, 500},   {MatchKind::Alias, 850, 820, 450},    {MatchKind::LayName, 950, 820, 450},
    {MatchKind::SearchTerm, 950, 820, 450},
    {MatchKind::Part, 830, 800, 440},    {MatchKind::English, 800, 780, 440},  {MatchKind::Pinyin, 720, 700, 440},
    {MatchKind::Initials, 690, 660, 440}, {MatchKind::Symptom, 420, 400, 360}, {MatchKind::Body, 300, 300, 300},
};

const KeyScores &keyScores(MatchKind kind)
{
    for (const KeyScores &k : kKeyScores) {
        if (k.kind == kind)
            return k;
    }
    return kKeyScores[std::size(kKeyScores) - 1];
}

bool isAsciiWord(const QString &s)
{
    return !s.isEmpty()
        && std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); });
}

bool isAllCjk(const QString &s)
{
    const QList<uint> codepoints = s.toUcs4();
    return !codepoints.isEmpty()
        && std::all_of(codepoints.begin(), codepoints.end(), [](uint c) { return TextNormalizer::isCjkCharacter(c); });
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
// Titles of questions and articles (sentences) that contain or start with the
// words typed: below a whole symptom word (420), above the start of one (400).
constexpr int kTitleWord = 410;
constexpr int kLatinAliasPrefix = 680; // below whole initials (690)
constexpr int kExactAlias = 850; // the lowest score of a whole name, alias or lay name typed as it stands
constexpr int kHomophone = 480;
constexpr int kHomophonePrefix = 470;
constexpr int kNearSound = 405; // a syllable off (s/sh, en/eng ...): below every symptom word
constexpr int kNearSoundPrefix = 402;
constexpr int kNearSoundLength = 6; // typed characters, at most: each syllable is a lookup
constexpr int kPinyinTypo = 475; // pinyin one letter off (gaoxuye): below a homophone

} // namespace

QString crisisKindName(CrisisNotice::Kind kind)
{
    return kind == CrisisNotice::Kind::SelfHarm ? QStringLiteral("self-harm") : QStringLiteral("emergency");
}

namespace {
// Best first: score, then the shorter name (the more specific match), then the
// more central topic (more links), then the database's pinyin order of names.
bool rankedBefore(const SearchEngine::Candidate *a, const SearchEngine::Candidate *b)
{
    if (a->score != b->score)
        return a->score > b->score;
    if (a->labelLength != b->labelLength)
        return a->labelLength < b->labelLength;
    if (a->popularity != b->popularity)
        return a->popularity < b->popularity;
    return a->entity < b->entity;
}

void keep(SearchCandidates *candidates, const SearchCandidate &c)
{
    keepCandidate(candidates, c);
}
} // namespace

SearchEngine::SearchEngine(QSqlDatabase db)
    : m_db(db)
    , m_questions(std::move(db))
    , m_converter(ChineseConverter::Use::Queries)
    , m_typos(m_pinyin)
    , m_exact(m_db, QStringLiteral("SELECT %1%2 WHERE k.key = ?1").arg(kColumns, tierFrom()) + tierFilters(2))
    , m_prefix(m_db, QStringLiteral("SELECT %1%2 WHERE k.key > ?1 AND k.key < ?2").arg(kColumns, tierFrom())
                         + tierFilters(3))
    , m_pinyinKey(m_db, QStringLiteral("SELECT %1%2 WHERE k.key >= ?1 AND k.key <= ?2 AND k.match = %3")
                                .arg(kColumns, tierFrom(), pinyinCode())
                            + tierFilters(3))
    , m_pinyinKeys(m_db, QStringLiteral("SELECT %1%2 WHERE k.match = %3 AND k.key IN (SELECT value FROM json_each(?1))")
                                 .arg(kColumns, tierFrom(), pinyinCode())
                             + tierFilters(2))
    , m_names(m_db, labelsMatching(QStringLiteral("search_name")))
    , m_pairs(m_db, labelsMatching(QStringLiteral("search_pair")))
    , m_body(m_db, QStringLiteral("SELECT 0, -1, d.name_length, d.rowid, d.kind, d.name_length, d.popularity"
                                  " FROM search_body JOIN search_doc d ON d.rowid = search_body.rowid"
                                  " WHERE search_body MATCH ?1")
                       + tierFilters(2))
    , m_entities(m_db, QStringLiteral("SELECT rowid, slug, name, subtitle FROM entity WHERE ") + rowidIn())
    , m_labels(m_db, QStringLiteral("SELECT rowid, text FROM search_label WHERE ") + rowidIn())
    , m_texts(m_db, QStringLiteral("SELECT rowid, text FROM search_text WHERE ") + rowidIn())
    , m_page(m_db, QStringLiteral("SELECT 1 FROM entity WHERE kind = ?1 AND slug = ?2"))
    , m_transaction(m_db)
{
}

QString SearchEngine::ftsQuery(const QStringList &terms, int prefixFrom, Tokens kind)
{
    QStringList phrases;
    for (int i = 0; i < terms.size(); ++i) {
        const QStringList tokens = kind == Tokens::Pairs       ? TextNormalizer::bigrams(terms.at(i))
            : kind == Tokens::NamePairs                          ? TextNormalizer::queryPairs(terms.at(i))
                                                                 : TextNormalizer::tokens(terms.at(i));
        if (tokens.isEmpty()) {
            // A name's pairs have no token for a term that starts with a lone character.
            if (kind == Tokens::NamePairs && !TextNormalizer::tokens(terms.at(i)).isEmpty())
                return {};
            continue;
        }
        // Body text is indexed in pairs; a lone character has no pair to look up.
        const QList<uint> first = tokens.first().toUcs4();
        if (kind == Tokens::Pairs && tokens.size() == 1 && first.size() == 1
            && TextNormalizer::isCjkCharacter(first.first()))
            return {};
        // Tokens hold only letters and digits, so quoting them cannot be escaped
        // from: FTS5 syntax typed by a user ("*", NEAR(, quotes) is plain text.
        QString phrase = QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
        // Not under three letters: a prefix of three reads the prefix index,
        // a longer one merges the few words it covers; a shorter one would
        // merge the lists of every word it starts.
        if (prefixFrom > 0 && i == terms.size() - 1 && isAsciiWord(tokens.last()) && tokens.last().size() >= prefixFrom)
            phrase += QLatin1Char('*');
        phrases.append(phrase);
    }
    return phrases.join(QStringLiteral(" AND "));
}

void SearchEngine::bindFilters(SqliteStatement &statement, const SearchOptions &options, int first)
{
    bindTierFilters(statement, options, first);
}

void SearchEngine::collect(SqliteStatement &statement, int score, Candidates *candidates, bool *capped)
{
    int rows = 0;
    while (statement.next()) {
        ++rows;
        const MatchKind stored = storedMatchKind(statement.integer(1));
        const KeyScores &scores = keyScores(stored);
        const int labelLength = int(statement.integer(2));
        int rowScore = score;
        if (score == kExactKey || score == kPrefixKey) {
            rowScore = score == kExactKey ? scores.exact : scores.prefix;
            // Letters typed ("dx"): a whole pinyin spelling or initials (癫痫)
            // before the start of a Latin alias or English word (DXA).
            if (score == kPrefixKey && m_latinKey
                && (stored == MatchKind::Alias || stored == MatchKind::LayName || stored == MatchKind::SearchTerm
                    || stored == MatchKind::English))
                rowScore = kLatinAliasPrefix;
            // The pinyin of an alias ranks just below the pinyin of the name.
            if ((stored == MatchKind::Pinyin || stored == MatchKind::Initials) && labelLength != statement.integer(5))
                rowScore -= 5;
        } else if (score == kNameSubstring) {
            rowScore = scores.substring;
        }
        Candidate c;
        c.entity = statement.integer(3);
        c.keyRow = statement.integer(0);
        c.score = rowScore;
        c.labelLength = labelLength;
        c.popularity = int(statement.integer(6));
        kindFromName(QString::fromLatin1(statement.latin1(4)), &c.kind);
        // A question's, article's or leaflet's title is a sentence: that it contains or
        // starts with a word typed (拉肚子 in 宝宝拉肚子还能喝奶吗, 哮喘 in
        // 哮喘能治好吗) says less than a condition that word names or presents
        // with, so such titles follow those; unless what was typed is most of
        // the title (half or more of it): then that question is what is asked.
        const bool title = (c.kind == Kind::Qa || c.kind == Kind::Article || c.kind == Kind::Leaflet)
            && 2 * m_typedLength < labelLength;
        if (title && (score == kNameSubstring || score == kPrefixKey))
            c.score = qMin(c.score, kTitleWord);
        c.matched = stored;
        c.stored = stored;
        keep(candidates, c);
    }
    statement.reset();
    if (rows >= kTierLimit)
        *capped = true;
}

void SearchEngine::keyTiers(const QString &key, const SearchOptions &options, Candidates *candidates, bool *capped)
{
    m_latinKey = isAsciiWord(key);
    m_exact.bind(1, key);
    bindFilters(m_exact, options, 2);
    collect(m_exact, kExactKey, candidates, capped);
    m_prefix.bind(1, key);
    m_prefix.bind(2, prefixEnd(key));
    bindFilters(m_prefix, options, 3);
    collect(m_prefix, kPrefixKey, candidates, capped);
}

// A name written with other characters of the same sound (寻麻疹 for 荨麻疹,
// 高血鸭 for 高血压): the pinyin of what was typed, looked up among the pinyin
// of names, whole or (from three characters) as the start of one.
void SearchEngine::homophones(const QString &compact, const SearchOptions &options, Candidates *candidates,
                              bool *capped)
{
    if (!isAllCjk(compact) || compact.size() < 2 || compact.size() > 16)
        return;
    bool sounded = false;
    for (const Pinyin::Spelling &spelling : m_pinyin.spellings(compact, kHomophoneSpellings)) {
        const QString key = spelling.joined();
        Candidates found;
        m_pinyinKey.bind(1, key);
        m_pinyinKey.bind(2, compact.size() >= 3 ? prefixEnd(key) : key);
        bindFilters(m_pinyinKey, options, 3);
        collect(m_pinyinKey, kHomophone, &found, capped);
        for (Candidate c : std::as_const(found)) {
            c.matched = MatchKind::Homophone;
            c.score = c.labelLength == compact.size() ? kHomophone : kHomophonePrefix;
            keep(candidates, c);
        }
        sounded = sounded || !found.isEmpty();
    }
    if (sounded)
        return;
    // No name sounds the same: one that sounds nearly so, a syllable said the
    // way many speakers say it (帕金生 pa-jin-sheng for 帕金森 pa-jin-sen).
    // Names of three characters and more, where one such slip still leaves
    // the name recognisable; ranked below every symptom word.
    if (compact.size() < 3 || compact.size() > kNearSoundLength)
        return;
    const QList<Pinyin::Spelling> spellings = m_pinyin.spellings(compact, 1);
    if (spellings.isEmpty())
        return;
    for (const QString &key : nearSpellings(spellings.first().syllables)) {
        Candidates found;
        m_pinyinKey.bind(1, key);
        m_pinyinKey.bind(2, prefixEnd(key));
        bindFilters(m_pinyinKey, options, 3);
        collect(m_pinyinKey, kNearSound, &found, capped);
        for (Candidate c : std::as_const(found)) {
            c.matched = MatchKind::Homophone;
            c.score = c.labelLength == compact.size() ? kNearSound : kNearSoundPrefix;
            keep(candidates, c);
        }
    }
}

// Pinyin typed with a slip (gaoxuye, tangniobing, shimain): the spellings one
// edit away that read as syllables, looked up whole among the pinyin of names
// in one statement. Only when the letters as typed found nothing at all.
void SearchEngine::pinyinTypos(const QString &compact, const SearchOptions &options, Candidates *candidates,
                               bool *capped)
{
    const QStringList corrections = m_typos.corrections(compact);
    if (corrections.isEmpty())
        return;
    m_pinyinKeys.bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(corrections)).toJson(QJsonDocument::Compact)));
    bindFilters(m_pinyinKeys, options, 2);
    Candidates found;
    collect(m_pinyinKeys, kPinyinTypo, &found, capped);
    for (Candidate c : std::as_const(found)) {
        c.matched = MatchKind::Homophone;
        c.score = kPinyinTypo;
        keep(candidates, c);
    }
}

namespace {
// Reads the rows of ids, kBatch at a time, handing each to take.
template<typename Take>
void readBatched(SqliteStatement &statement, const QList<qint64> &ids, Take take)
{
    for (qsizetype from = 0; from < ids.size(); from += kBatch) {
        const qsizetype n = qMin<qsizetype>(kBatch, ids.size() - from);
        for (qsizetype i = 0; i < n; ++i)
            statement.bind(int(i + 1), ids.at(from + i));
        while (statement.next())
            take(statement);
        statement.reset();
    }
}
} // namespace

QList<SearchHit> SearchEngine::hits(const QList<const Candidate *> &top)
{
    QList<qint64> entities;
    QList<qint64> keys;
    for (const Candidate *c : top) {
        entities.append(c->entity);
        if (c->keyRow)
            keys.append(c->keyRow);
    }
    struct Row
    {
        QString id, name, subtitle;
    };
    QHash<qint64, Row> rows;
    rows.reserve(entities.size());
    readBatched(m_entities, entities, [&rows](SqliteStatement &s) {
        rows.insert(s.integer(0), {s.text(1), s.text(2), s.text(3)});
    });
    QHash<qint64, QString> labels;
    labels.reserve(keys.size());
    readBatched(m_labels, keys, [&labels](SqliteStatement &s) { labels.insert(s.integer(0), s.text(1)); });

    QList<SearchHit> list;
    list.reserve(top.size());
    for (const Candidate *c : top) {
        SearchHit hit;
        hit.ref.rowid = c->entity;
        hit.ref.kind = c->kind;
        const auto row = rows.constFind(c->entity);
        if (row != rows.constEnd()) {
            hit.ref.id = row->id;
            hit.ref.name = row->name;
            hit.ref.subtitle = row->subtitle;
        }
        hit.score = c->score;
        hit.matched = c->matched;
        hit.matchedText = c->keyRow ? labels.value(c->keyRow, hit.ref.name) : hit.ref.name;
        list.append(hit);
    }
    return list;
}

bool SearchEngine::decided(const Candidates &candidates, int tierBest, int limit)
{
    if (limit <= 0 || candidates.size() < limit)
        return false;
    int above = 0;
    for (const Candidate &c : candidates) {
        if (c.score > tierBest && ++above >= limit)
            return true;
    }
    return false;
}

SearchResults SearchEngine::search(const QString &text, const SearchOptions &options)
{
    for (SqliteStatement *statement : statements())
        statement->clearError();
    m_questions.clearError();
    const ReadTransaction::Scope transaction(m_transaction);
    SearchResults results;
    results.query = text;
    const QString folded = TextNormalizer::fold(m_converter.toSimplified(TextNormalizer::fold(text)));
    if (folded.isEmpty())
        return results;
    results.crisis = m_crisis.match(folded);
    if (results.crisis && !results.crisis->page.isEmpty()) {
        // Link only to a page this database has: the card must never lead nowhere.
        const QString page = results.crisis->page;
        const qsizetype slash = page.indexOf(QLatin1Char('/'));
        m_page.bind(1, page.left(slash));
        m_page.bind(2, page.mid(slash + 1));
        if (slash < 0 || !m_page.next())
            results.crisis->page.clear();
        m_page.reset();
    }
    const QString key = TextNormalizer::searchKey(folded);
    results.terms = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString compact = key;
    compact.remove(QLatin1Char(' '));
    if (compact.isEmpty())
        return results;

    m_typedLength = int(compact.size());
    Candidates candidates;
    candidates.reserve(kTierLimit * 4);
    bool capped = false;
    // Exact and prefix keys: the text as typed, and without spaces ("mian ji").
    keyTiers(key, options, &candidates, &capped);
    if (compact != key && isAsciiWord(compact))
        keyTiers(compact, options, &candidates, &capped);
    m_questions.read(compact, options, &candidates, &capped);
    m_questions.readWords(key, options, &candidates, &capped);
    // Homophones are for a name written wrong: not looked for when what was
    // typed is some topic's name, alias or lay name as it stands.
    const bool exact = std::any_of(candidates.cbegin(), candidates.cend(),
                                   [](const Candidate &c) { return c.score >= kExactAlias; });
    if (!exact) {
        homophones(compact, options, &candidates, &capped);
        // 偏头通怎么办: the topic of the question, written wrong.
        const QString topic = m_questionWords.topic(compact);
        if (topic != compact)
            homophones(topic, options, &candidates, &capped);
    }
    if (candidates.isEmpty() && isAsciiWord(compact))
        pinyinTypos(compact, options, &candidates, &capped);
    // Names that contain every term, then any text that does. These are the
    // lookups whose cost grows most with the data (a phrase of common
    // characters, 继发性肌; a Latin prefix, inf*), so they read pairs of
    // characters and the prefix index where they can, and are skipped when
    // the tiers above already fill the page with better matches, which they
    // cannot outrank.
    using DatabaseSchema::kPrefixLength;
    const QString names = ftsQuery(results.terms, kPrefixLength);
    const int nameSubstringBest = 500;
    if (!names.isEmpty() && decided(candidates, nameSubstringBest, options.limit)) {
        capped = true;
    } else if (!names.isEmpty()) {
        const QString pairs = ftsQuery(results.terms, kPrefixLength, Tokens::NamePairs);
        SqliteStatement &statement = pairs.isEmpty() ? m_names : m_pairs;
        statement.bind(1, pairs.isEmpty() ? names : pairs);
        bindFilters(statement, options, 2);
        collect(statement, kNameSubstring, &candidates, &capped);
        const QString body = ftsQuery(results.terms, kPrefixLength, Tokens::Pairs);
        if (!body.isEmpty() && decided(candidates, kBody, options.limit)) {
            capped = true;
        } else if (!body.isEmpty()) {
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
    snippets(&results.hits, results.terms);
    // Under a crisis card a guess at some other topic ("Did you mean ...")
    // would be the wrong answer: the card is the answer.
    if (results.hits.isEmpty() && !results.crisis)
        results.suggestions = suggest(compact, options);
    results.error = failure();
    return results;
}

std::array<SqliteStatement *, 11> SearchEngine::statements()
{
    return {&m_exact, &m_prefix, &m_pinyinKey, &m_pinyinKeys, &m_names, &m_pairs, &m_body, &m_entities, &m_labels, &m_texts, &m_page};
}

QString SearchEngine::failure()
{
    for (const SqliteStatement *statement : statements()) {
        if (!statement->error().isEmpty())
            return QCoreApplication::translate("SearchEngine",
                                               "The content database could not be searched (%1). It may be damaged: "
                                               "rebuild it or reinstall the content package.")
                .arg(statement->error());
    }
    const QString questionError = m_questions.error();
    return questionError.isEmpty() ? QString()
                                    : QCoreApplication::translate("SearchEngine",
                                                                  "The content database could not be searched (%1). "
                                                                  "It may be damaged: rebuild it or reinstall the "
                                                                  "content package.")
                                          .arg(questionError);
}

namespace {
// The line the first term found is on, cut to about 60 characters around it.
QString snippetOf(const QString &text, const QStringList &terms)
{
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
} // namespace

void SearchEngine::snippets(QList<SearchHit> *hits, const QStringList &terms)
{
    QList<qint64> bodies;
    for (const SearchHit &hit : std::as_const(*hits)) {
        if (hit.matched == MatchKind::Body)
            bodies.append(hit.ref.rowid);
    }
    if (bodies.isEmpty())
        return;
    QHash<qint64, QString> text;
    readBatched(m_texts, bodies, [&](SqliteStatement &s) { text.insert(s.integer(0), snippetOf(s.text(1), terms)); });
    for (SearchHit &hit : *hits) {
        if (hit.matched == MatchKind::Body)
            hit.snippet = text.value(hit.ref.rowid, snippetOf(QString(), terms));
    }
}

// Nothing matched: names near what was typed. Latin text: the longest start
// of it that is the start of a name, an English name or a pinyin spelling.
// Chinese: names that share a pair of adjacent characters with it, or most of
// its characters, or whose pinyin starts like the pinyin of its first
// characters; a single shared common character (发 of 发烧 in 复发性流产) is
// not near enough.
QList<EntityRef> SearchEngine::suggest(const QString &compact, const SearchOptions &options)
{
    Candidates found;
    bool capped = false;
    if (isAsciiWord(compact)) {
        for (qsizetype n = compact.size() - 1; n >= 2 && found.isEmpty(); --n)
            keyTiers(compact.left(n), options, &found, &capped);
    } else {
        const QStringList typed = TextNormalizer::tokens(compact);
        QStringList phrases;
        for (const QString &token : typed)
            phrases.append(QLatin1Char('"') + token + QLatin1Char('"'));
        phrases.removeDuplicates();
        if (phrases.isEmpty())
            return {};
        Candidates sharing;
        m_names.bind(1, phrases.mid(0, 16).join(QStringLiteral(" OR ")));
        bindFilters(m_names, options, 2);
        collect(m_names, kNameSubstring, &sharing, &capped);
        QList<const Candidate *> all;
        for (const Candidate &c : std::as_const(sharing))
            all.append(&c);
        const QList<SearchHit> shared = hits(all);
        for (const SearchHit &hit : shared) {
            const QString label = TextNormalizer::searchKey(TextNormalizer::fold(hit.matchedText));
            int characters = 0;
            for (const QString &token : typed)
                characters += label.contains(token) ? 1 : 0;
            int pairs = 0;
            for (int i = 0; i + 1 < typed.size(); ++i)
                pairs += label.contains(typed.at(i) + typed.at(i + 1)) ? 1 : 0;
            if (pairs == 0 && (characters < 2 || 2 * characters < typed.size()))
                continue;
            Candidate c = sharing.value(hit.ref.rowid);
            c.score = 10 * pairs + characters;
            keep(&found, c);
        }
        // Sounds alike: the pinyin of the first characters typed starts a name's pinyin.
        const QList<Pinyin::Spelling> spellings = m_pinyin.spellings(compact.left(4), 2);
        for (const Pinyin::Spelling &spelling : spellings) {
            for (qsizetype syllables = spelling.syllables.size(); syllables >= 2; --syllables) {
                const QString start = spelling.syllables.mid(0, syllables).join(QString());
                Candidates alike;
                m_pinyinKey.bind(1, start);
                m_pinyinKey.bind(2, prefixEnd(start));
                bindFilters(m_pinyinKey, options, 3);
                collect(m_pinyinKey, kNameSubstring, &alike, &capped);
                for (Candidate c : std::as_const(alike)) {
                    c.score = 5 * int(syllables);
                    keep(&found, c);
                }
                if (!alike.isEmpty())
                    break;
            }
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
