#include "SearchEngine.h"

#include "TextNormalizer.h"

#include <QHash>
#include <QSet>
#include <QSqlError>

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

// Phase one reads only numbers and short codes: converting names and
// subtitles of rows that will not be shown was most of the cost.
const QString kColumns = QStringLiteral("k.rowid, k.match, length(k.label), e.rowid, e.kind, length(e.name)");
const QString kFilters =
    QStringLiteral(" AND (? = '' OR e.kind = ?) AND (? = 0 OR e.department = ?) LIMIT %1").arg(kTierLimit);

int keyScore(const QString &match, bool exact)
{
    if (match == QLatin1String("name")) return exact ? 1000 : 900;
    if (match == QLatin1String("alias")) return exact ? 850 : 820;
    if (match == QLatin1String("english")) return exact ? 800 : 780;
    if (match == QLatin1String("pinyin")) return exact ? 720 : 700;
    return exact ? 690 : 660; // initials
}

int substringScore(const QString &match)
{
    if (match == QLatin1String("name")) return 500;
    if (match == QLatin1String("alias")) return 450;
    return 440;
}

bool isAsciiWord(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); });
}

// The end of the range of keys that start with prefix.
QString prefixEnd(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF", 1);
}

} // namespace

struct SearchEngine::Candidate
{
    qint64 entity = 0;
    qint64 keyRow = 0; // the search_key row that matched; 0 for body text
    int score = 0;
    int labelLength = 0;
    Kind kind = Kind::Condition;
    QString matched;
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
    , m_exact(m_db)
    , m_prefix(m_db)
    , m_names(m_db)
    , m_body(m_db)
    , m_text(m_db)
{
    // Prepared once: each keystroke only binds and steps.
    m_exact.prepare(QStringLiteral("SELECT %1 FROM search_key k JOIN entity e ON e.rowid = k.entity"
                                   " WHERE k.key = ?")
                        .arg(kColumns)
                    + kFilters);
    m_prefix.prepare(QStringLiteral("SELECT %1 FROM search_key k JOIN entity e ON e.rowid = k.entity"
                                    " WHERE k.key > ? AND k.key < ?")
                         .arg(kColumns)
                     + kFilters);
    m_names.prepare(QStringLiteral("SELECT %1 FROM search_name JOIN search_key k ON k.rowid = search_name.rowid"
                                   " JOIN entity e ON e.rowid = k.entity WHERE search_name MATCH ?")
                        .arg(kColumns)
                    + kFilters);
    m_body.prepare(QStringLiteral("SELECT 0, 'body', length(e.name), e.rowid, e.kind, length(e.name) FROM search_body"
                                  " JOIN entity e ON e.rowid = search_body.rowid WHERE search_body MATCH ?")
                   + kFilters);
    m_text.prepare(QStringLiteral("SELECT text FROM search_text WHERE rowid = ?"));
    for (QSqlQuery *q : {&m_exact, &m_prefix, &m_names, &m_body, &m_text})
        q->setForwardOnly(true);
}

QString SearchEngine::ftsQuery(const QStringList &terms, bool prefixLast)
{
    QStringList phrases;
    for (int i = 0; i < terms.size(); ++i) {
        const QStringList tokens = TextNormalizer::tokens(terms.at(i));
        if (tokens.isEmpty())
            continue;
        // Tokens hold only letters and digits, so quoting them cannot be escaped
        // from: FTS5 syntax typed by a user ("*", NEAR(, quotes) is plain text.
        QString phrase = QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
        if (prefixLast && i == terms.size() - 1 && isAsciiWord(tokens.last()))
            phrase += QLatin1Char('*');
        phrases.append(phrase);
    }
    return phrases.join(QStringLiteral(" AND "));
}

void SearchEngine::bindFilters(QSqlQuery &query, const SearchOptions &options, int first)
{
    const QString kind = options.kind ? kindName(*options.kind) : QStringLiteral("");
    query.bindValue(first, kind);
    query.bindValue(first + 1, kind);
    query.bindValue(first + 2, options.department);
    query.bindValue(first + 3, options.department);
}

void SearchEngine::collect(QSqlQuery &query, int score, QHash<qint64, Candidate> *candidates, bool *capped)
{
    if (!query.exec())
        return; // a malformed query matches nothing; it never reaches the user as an error
    int rows = 0;
    while (query.next()) {
        ++rows;
        const QString match = query.value(1).toString();
        const int labelLength = query.value(2).toInt();
        int rowScore = score;
        if (score < 0) { // key tiers pass the sign of exactness
            rowScore = keyScore(match, score == -1);
            // The pinyin of an alias ranks just below the pinyin of a name.
            if ((match == QLatin1String("pinyin") || match == QLatin1String("initials"))
                && labelLength != query.value(5).toInt())
                rowScore -= 5;
        } else if (score == 0) {
            rowScore = substringScore(match);
        }
        const qint64 entity = query.value(3).toLongLong();
        auto it = candidates->find(entity);
        if (it != candidates->end() && it->score >= rowScore)
            continue;
        Candidate c;
        c.entity = entity;
        c.keyRow = query.value(0).toLongLong();
        c.score = rowScore;
        c.labelLength = labelLength;
        kindFromName(query.value(4).toString(), &c.kind);
        c.matched = match;
        candidates->insert(entity, c);
    }
    query.finish();
    if (rows >= kTierLimit)
        *capped = true;
}

QList<SearchHit> SearchEngine::hits(const QList<const Candidate *> &top)
{
    // Phase two: names, subtitles and matched labels of the hits shown only.
    QList<SearchHit> list;
    if (top.isEmpty())
        return list;
    QStringList entityMarks(top.size(), QStringLiteral("?"));
    QSqlQuery refs(m_db);
    refs.setForwardOnly(true);
    refs.prepare(QStringLiteral("SELECT rowid, slug, name, subtitle FROM entity WHERE rowid IN (%1)")
                     .arg(entityMarks.join(QLatin1Char(','))));
    QSqlQuery labels(m_db);
    labels.setForwardOnly(true);
    labels.prepare(QStringLiteral("SELECT rowid, label FROM search_key WHERE rowid IN (%1)")
                       .arg(entityMarks.join(QLatin1Char(','))));
    for (int i = 0; i < top.size(); ++i) {
        refs.bindValue(i, top.at(i)->entity);
        labels.bindValue(i, top.at(i)->keyRow);
    }
    QHash<qint64, EntityRef> byRowid;
    if (refs.exec()) {
        while (refs.next()) {
            EntityRef ref;
            ref.rowid = refs.value(0).toLongLong();
            ref.id = refs.value(1).toString();
            ref.name = refs.value(2).toString();
            ref.subtitle = refs.value(3).toString();
            byRowid.insert(ref.rowid, ref);
        }
    }
    QHash<qint64, QString> labelByRow;
    if (labels.exec()) {
        while (labels.next())
            labelByRow.insert(labels.value(0).toLongLong(), labels.value(1).toString());
    }
    for (const Candidate *c : top) {
        SearchHit hit;
        hit.ref = byRowid.value(c->entity);
        hit.ref.kind = c->kind;
        hit.score = c->score;
        hit.matched = c->matched;
        hit.matchedText = labelByRow.value(c->keyRow, hit.ref.name);
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

    QHash<qint64, Candidate> candidates;
    bool capped = false;

    // Exact and prefix keys: the whole text, and without spaces ("mian ji").
    QStringList keys{folded};
    if (compact != folded && isAsciiWord(compact))
        keys.append(compact);
    for (const QString &key : keys) {
        m_exact.bindValue(0, key);
        bindFilters(m_exact, options, 1);
        collect(m_exact, -1, &candidates, &capped);
        m_prefix.bindValue(0, key);
        m_prefix.bindValue(1, prefixEnd(key));
        bindFilters(m_prefix, options, 2);
        collect(m_prefix, -2, &candidates, &capped);
    }

    // A whole question ("面肌痉挛能治好吗"): the names it mentions.
    const QStringList tokens = TextNormalizer::tokens(compact.left(kMentionQueryLength));
    if (tokens.size() >= 3) {
        QStringList mentions;
        for (int start = 0; start < tokens.size(); ++start) {
            QString piece;
            for (int end = start; end < tokens.size() && end - start < kMentionMaxLength; ++end) {
                piece += tokens.at(end);
                if (end > start && piece != compact)
                    mentions.append(piece);
            }
        }
        mentions.removeDuplicates();
        if (!mentions.isEmpty()) {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            QStringList marks(mentions.size(), QStringLiteral("?"));
            q.prepare(QStringLiteral("SELECT %1 FROM search_key k JOIN entity e ON e.rowid = k.entity"
                                     " WHERE k.match IN ('name', 'alias') AND k.key IN (%2)")
                          .arg(kColumns, marks.join(QLatin1Char(',')))
                      + kFilters);
            for (int i = 0; i < mentions.size(); ++i)
                q.bindValue(i, mentions.at(i));
            bindFilters(q, options, int(mentions.size()));
            QHash<qint64, Candidate> found;
            collect(q, 600, &found, &capped);
            for (auto it = found.begin(); it != found.end(); ++it) {
                it->matched = QStringLiteral("question");
                it->score = 600 + 10 * qMin(it->labelLength, kMentionMaxLength);
                auto existing = candidates.find(it.key());
                if (existing == candidates.end() || existing->score < it->score)
                    candidates.insert(it.key(), *it);
            }
        }
    }

    // Names that contain every term, then any text that does.
    const QString fts = ftsQuery(results.terms, true);
    if (!fts.isEmpty()) {
        m_names.bindValue(0, fts);
        bindFilters(m_names, options, 1);
        collect(m_names, 0, &candidates, &capped);
        m_body.bindValue(0, fts);
        bindFilters(m_body, options, 1);
        collect(m_body, 300, &candidates, &capped);
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
    m_text.bindValue(0, rowid);
    if (!m_text.exec() || !m_text.next())
        return {};
    const QString text = m_text.value(0).toString();
    m_text.finish();
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
    qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), at) + 1;
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
    QHash<qint64, Candidate> found;
    bool capped = false;
    if (isAsciiWord(compact)) {
        // Pinyin or English with a typo at the end: the longest prefix that matches.
        for (qsizetype n = compact.size() - 1; n >= 2 && found.isEmpty(); --n) {
            const QString key = compact.left(n);
            m_exact.bindValue(0, key);
            bindFilters(m_exact, options, 1);
            collect(m_exact, -1, &found, &capped);
            m_prefix.bindValue(0, key);
            m_prefix.bindValue(1, prefixEnd(key));
            bindFilters(m_prefix, options, 2);
            collect(m_prefix, -2, &found, &capped);
        }
    } else {
        // Chinese: names sharing the most characters with what was typed.
        QStringList phrases;
        for (const QString &token : TextNormalizer::tokens(compact))
            phrases.append(QLatin1Char('"') + token + QLatin1Char('"'));
        phrases.removeDuplicates();
        if (!phrases.isEmpty()) {
            m_names.bindValue(0, phrases.mid(0, 16).join(QStringLiteral(" OR ")));
            bindFilters(m_names, options, 1);
            collect(m_names, 0, &found, &capped);
            // Score by the characters each name shares with what was typed.
            const QStringList typed = TextNormalizer::tokens(compact);
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
    }
    QList<const Candidate *> ranked;
    for (const Candidate &c : std::as_const(found))
        ranked.append(&c);
    std::sort(ranked.begin(), ranked.end(), rankedBefore);
    ranked = ranked.mid(0, kSuggestions);
    QList<EntityRef> refs;
    for (const SearchHit &hit : hits(ranked))
        refs.append(hit.ref);
    return refs;
}

} // namespace huanjiao
