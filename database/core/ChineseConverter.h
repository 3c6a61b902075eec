// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <memory>

namespace huanjiao {

// Traditional to Simplified Chinese with OpenCC (t2s), so that 痙攣 finds 痉挛.
// Holds an OpenCC handle, opened and cached by const calls too: one object
// per thread.
class ChineseConverter
{
public:
    // Queries: short texts, now and then; OpenCC is opened the first time a
    // text holds a character it could change (OpenccChanges), so a search of
    // Simplified Chinese, pinyin or English never pays for its dictionaries.
    // Bulk: a database build's every label and page; OpenCC's single
    // characters are read into a table once, and OpenCC is asked only where
    // a phrase may start.
    enum class Use { Queries, Bulk };
    explicit ChineseConverter(Use use = Use::Bulk);
    ~ChineseConverter();
    ChineseConverter(const ChineseConverter &) = delete;
    ChineseConverter &operator=(const ChineseConverter &) = delete;

    // Whether OpenCC is there: opens it if it is not open yet.
    bool isValid() const;
    // Whether OpenCC's dictionaries have been opened (tried) by this object.
    bool isOpen() const;
    // Returns the text unchanged when OpenCC is not available.
    QString toSimplified(const QString &text) const;

    struct Tables;

private:
    QString convertWithOpenCC(const QString &text) const;
    void open() const;

    Use m_use;
    mutable void *m_handle = nullptr; // null until opened
    std::shared_ptr<Tables> m_tables;
    mutable QHash<QString, QString> m_spans; // spans OpenCC converted, a few thousand at most
};

} // namespace huanjiao
