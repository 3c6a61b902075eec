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

} // namespace huanjiao::InertText
