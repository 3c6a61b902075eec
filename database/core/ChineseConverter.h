// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <memory>

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

    struct Tables;

private:
    QString convertWithOpenCC(const QString &text) const;

    void *m_handle;
    std::shared_ptr<Tables> m_tables;
    mutable QHash<QString, QString> m_spans; // spans OpenCC converted, a few thousand at most
};

} // namespace huanjiao
