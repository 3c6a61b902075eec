// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace huanjiao {

class Pinyin;

// A new record's id, made from its name's pinyin (赵磊 -> zhao-lei) so that
// staff never type one, and made unique (zhao-lei-2) among the ids taken.
class IdMaker
{
public:
    using Taken = std::function<bool(const QString &id)>;
    explicit IdMaker(const Pinyin &pinyin);

    // `fallback` stands in for a name with nothing to read (no Han or Latin letters).
    QString make(const QString &name, const Taken &taken, const QString &fallback) const;

private:
    const Pinyin &m_pinyin;
};

} // namespace huanjiao
