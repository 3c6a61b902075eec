// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace huanjiao {

// The words people put around the topic of a question (宝宝…, …怎么办,
// …吃什么药), from the reviewed list search/question-words.txt: taken off,
// what is left is the topic, for looking up a name written with a wrong
// character of the same sound.
class QuestionWords
{
public:
    QuestionWords();

    // compact (a folded search key without spaces) with at most one head and
    // one tail taken off; compact itself when neither is there.
    QString topic(const QString &compact) const;

private:
    QList<QString> m_heads; // longest first
    QList<QString> m_tails; // longest first
};

} // namespace huanjiao
