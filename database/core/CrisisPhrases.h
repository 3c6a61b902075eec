// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SearchResults.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace huanjiao {

// The reviewed list of phrases that signal danger (database/search/
// crisis-phrases.txt): thoughts of suicide or self-harm in plain words,
// colloquial phrases and pinyin, and the signs of a medical emergency. A
// query containing one gets a crisis notice, shown before any result.
class CrisisPhrases
{
public:
    // The list compiled into the library.
    CrisisPhrases();
    // A list in the file's format; lines it cannot read are described in *errors.
    static CrisisPhrases parse(const QString &text, QStringList *errors = nullptr);

    // For text as the search folds it (fold, Traditional -> Simplified).
    std::optional<CrisisNotice> match(const QString &folded) const;

    struct Group
    {
        CrisisNotice::Kind kind;
        QString page;
        QStringList phrases; // folded search keys; Latin ones keep their spaces
    };
    const QList<Group> &groups() const { return m_groups; }

private:
    CrisisPhrases(QList<Group> groups);
    QList<Group> m_groups;
};

} // namespace huanjiao
