// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huanjiao {

// Traditional to Simplified Chinese with OpenCC (t2s), so that 痙攣 finds 痉挛.
// Holds an OpenCC handle: one object per thread.
class ChineseConverter
{
public:
    ChineseConverter();
    ~ChineseConverter();
    ChineseConverter(const ChineseConverter &) = delete;
    ChineseConverter &operator=(const ChineseConverter &) = delete;

    bool isValid() const;
    // Returns the text unchanged when OpenCC is not available.
    QString toSimplified(const QString &text) const;

private:
    void *m_handle;
};

} // namespace huanjiao
