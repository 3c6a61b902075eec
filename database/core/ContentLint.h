// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentSet.h"
#include "Diagnostic.h"

#include <QCoreApplication>

namespace huanjiao {

// The writing standard of patient text, checked on a validated set (rules in
// docs/content-format.md, "The writing standard"): no doses, no brand names,
// an emergency part and 3 to 5 questions in every condition, sentences a
// patient can follow, no authoring notes. Run by `huanjiao-content validate`
// and `build`; every problem is reported at once, as file:line.
class ContentLint
{
    Q_DECLARE_TR_FUNCTIONS(ContentLint)

public:
    // The longest sentence allowed, in characters between 。！？； (or line ends).
    static constexpr int kMaxSentence = 80;
    static constexpr int kMinQuestions = 3;
    static constexpr int kMaxQuestions = 5;

    static Diagnostics check(const ContentSet &set);
    // The drug brand names that may not stand in topic text (a data list).
    static const QStringList &brandNames();
};

} // namespace huanjiao
