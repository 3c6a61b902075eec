// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseConverter.h"

#include "OpenccChanges.h"
#include "OpenccLexicon.h"

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/MaxMatchSegmentation.hpp>
#include <opencc/opencc.h>

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace huanjiao {

namespace {
const auto kInvalid = reinterpret_cast<void *>(-1);
constexpr qsizetype kCachedSpans = 4096;
} // namespace

// What OpenCC's t2s tables say of single characters, read once: most text
// converts character by character, which is done here with a lookup; only
// where a phrase of the tables may start is OpenCC itself asked (OpenCC's
// matching at every position was a third of a large build's time).
//
// Why this gives OpenCC's result: OpenCC cuts the text at the longest phrase
// of its segmentation table at each position and converts each cut by the
// longest key of its conversion tables; a phrase (a key of two or more
// characters) can only match where its first character stands. Every span
// that such a character opens (as long as its longest phrase) is handed to
// OpenCC whole, together with any span overlapping it, so no phrase is cut;
// everything else matches single characters only.
struct ChineseConverter::Tables
{
    QHash<char32_t, QString> characters; // single-character keys and their first value
    QHash<char32_t, int> phraseStarts;   // first character of a phrase -> its longest phrase, in characters
    bool valid = false;
};

namespace {

void addLexicon(ChineseConverter::Tables *tables, const opencc::DictPtr &dict, bool conversion)
{
    OpenccLexicon::forEachEntry(dict, [&](const opencc::DictEntry &entry) {
        const QList<uint> key = QString::fromStdString(entry.Key()).toUcs4();
        if (key.isEmpty())
            return;
        if (key.size() == 1 && conversion) {
            // In a group the first table that has a key wins a tie.
            if (!tables->characters.contains(key.first()))
                tables->characters.insert(key.first(), QString::fromStdString(entry.GetDefault()));
        } else if (key.size() > 1) {
            int &longest = tables->phraseStarts[key.first()];
            longest = qMax(longest, int(key.size()));
        }
    });
}

// Whether the installed dictionaries are the ones OpenccChanges was read
// from (by size, once per process).
bool listMatchesDictionaries()
{
    static const bool matches = [] {
        for (std::size_t i = 0; i < OpenccChanges::dictionaryCount; ++i) {
            const OpenccChanges::Dictionary &d = OpenccChanges::dictionaries[i];
            if (QFileInfo(QString::fromUtf8(d.path)).size() != d.size)
                return false;
        }
        return true;
    }();
    return matches;
}

// Whether OpenCC could change the text (OpenccChanges): a query of Simplified
// characters, digits and Latin letters is its own conversion.
bool mayChange(const QString &text)
{
    if (!listMatchesDictionaries())
        return true;
    const char32_t *const begin = OpenccChanges::characters;
    const char32_t *const end = begin + OpenccChanges::count;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (c >= 0x100 && std::binary_search(begin, end, c))
            return true;
    }
    return false;
}

} // namespace

ChineseConverter::ChineseConverter(Use use)
    : m_use(use)
    , m_tables(std::make_shared<Tables>())
{
    if (m_use == Use::Bulk)
        open();
}

void ChineseConverter::open() const
{
    if (m_handle)
        return;
    m_handle = opencc_open("t2s.json");
    if (!isValid() || m_use != Use::Bulk)
        return;
    try {
        opencc::Config config;
        const opencc::ConverterPtr converter = config.NewFromFile(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
        auto segmentation = std::dynamic_pointer_cast<opencc::MaxMatchSegmentation>(converter->GetSegmentation());
        if (!segmentation)
            return;
        addLexicon(m_tables.get(), segmentation->GetDict(), false);
        for (const opencc::ConversionPtr &conversion : converter->GetConversionChain()->GetConversions())
            addLexicon(m_tables.get(), conversion->GetDict(), true);
        // One step of conversion only: with more, a character's result could
        // be changed again by the next step's phrases.
        m_tables->valid = converter->GetConversionChain()->GetConversions().size() == 1;
    } catch (...) {
        m_tables->valid = false; // OpenCC whole, as before
    }
}

ChineseConverter::~ChineseConverter()
{
    if (m_handle && m_handle != kInvalid)
        opencc_close(m_handle);
}

bool ChineseConverter::isValid() const
{
    open(); // asking is opening

    return m_handle != kInvalid && m_handle != nullptr;
}

bool ChineseConverter::isOpen() const
{
    return m_handle != nullptr;
}

QString ChineseConverter::convertWithOpenCC(const QString &text) const
{
    const QByteArray utf8 = text.toUtf8();
    char *converted = opencc_convert_utf8(m_handle, utf8.constData(), size_t(utf8.size()));
    if (!converted)
        return text;
    const QString result = QString::fromUtf8(converted);
    opencc_convert_utf8_free(converted);
    return result;
}

QString ChineseConverter::toSimplified(const QString &text) const
{
    // OpenCC's t2s tables change nothing below U+0100 (letters, digits,
    // pinyin): huanjiao-opencc checks it at build time.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x100; }))
        return text;
    if (m_use == Use::Queries && !mayChange(text))
        return text;
    if (!isValid())
        return text;
    if (!m_tables->valid)
        return convertWithOpenCC(text);
    const QList<uint> chars = text.toUcs4();
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < chars.size()) {
        const auto phrase = m_tables->phraseStarts.constFind(chars.at(i));
        if (phrase == m_tables->phraseStarts.constEnd()) {
            const auto single = m_tables->characters.constFind(chars.at(i));
            if (single != m_tables->characters.constEnd())
                result += *single;
            else
                result += QString::fromUcs4(reinterpret_cast<const char32_t *>(&chars.at(i)), 1);
            ++i;
            continue;
        }
        // A span a phrase may cover, grown while another phrase may start in it.
        qsizetype end = qMin(chars.size(), i + *phrase);
        for (qsizetype j = i + 1; j < end; ++j) {
            const auto inner = m_tables->phraseStarts.constFind(chars.at(j));
            if (inner != m_tables->phraseStarts.constEnd())
                end = qMax(end, qMin(chars.size(), j + *inner));
        }
        // The same few spans recur (一种, 不要, 以上): each converted once.
        const QString span = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData() + i), end - i);
        auto cached = m_spans.constFind(span);
        if (cached == m_spans.constEnd()) {
            if (m_spans.size() >= kCachedSpans)
                m_spans.clear();
            cached = m_spans.insert(span, convertWithOpenCC(span));
        }
        result += *cached;
        i = end;
    }
    return result;
}

} // namespace huanjiao
