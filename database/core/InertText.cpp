// SPDX-License-Identifier: GPL-3.0-or-later
#include "InertText.h"

namespace huanjiao::InertText {

bool isDropped(char16_t c)
{
    if (c < 0x20)
        return c != u'\n' && c != u'\t';
    return (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString clean(const QString &text)
{
    // Most text has nothing to drop: return it shared, without a copy.
    const auto first = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return isDropped(c.unicode()); });
    if (first == text.cend())
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isDropped(c.unicode()))
            out.append(c);
    }
    return out;
}

namespace {

bool breaksLine(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF)
        || (u >= 0xFF00 && u <= 0xFFEF);
}

bool hasLongRun(const QString &text)
{
    int run = 0;
    for (const QChar c : text) {
        run = breaksLine(c) ? 0 : run + 1;
        if (run > kLongestRun)
            return true;
    }
    return false;
}

} // namespace

QString forLayout(const QString &text)
{
    QString cleaned = clean(text);
    if (!hasLongRun(cleaned))
        return cleaned;
    QString out;
    out.reserve(cleaned.size() + cleaned.size() / kLongestRun + 1);
    int run = 0;
    for (const QChar c : std::as_const(cleaned)) {
        // Never between the two halves of a surrogate pair.
        if (run >= kLongestRun && !c.isLowSurrogate()) {
            out.append(QChar(0x200B));
            run = 0;
        }
        out.append(c);
        run = breaksLine(c) ? 0 : run + 1;
    }
    return out;
}

} // namespace huanjiao::InertText
