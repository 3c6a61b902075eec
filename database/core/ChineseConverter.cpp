// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseConverter.h"

#include <opencc/opencc.h>

namespace huanjiao {

namespace {
const auto kInvalid = reinterpret_cast<void *>(-1);
}

ChineseConverter::ChineseConverter()
    : m_handle(opencc_open("t2s.json"))
{
}

ChineseConverter::~ChineseConverter()
{
    if (isValid())
        opencc_close(m_handle);
}

bool ChineseConverter::isValid() const
{
    return m_handle != kInvalid && m_handle != nullptr;
}

QString ChineseConverter::toSimplified(const QString &text) const
{
    if (!isValid() || text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    char *converted = opencc_convert_utf8(m_handle, utf8.constData(), size_t(utf8.size()));
    if (!converted)
        return text;
    const QString result = QString::fromUtf8(converted);
    opencc_convert_utf8_free(converted);
    return result;
}

} // namespace huanjiao
