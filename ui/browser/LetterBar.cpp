// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterBar.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace huanjiao {

namespace {
const QString kLetters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ#");
}

LetterBar::LetterBar(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Index by pinyin initial"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (const QChar letter : kLetters) {
        auto *button = new QToolButton(this);
        button->setText(letter);
        button->setAutoRaise(true);
        button->setFont(small);
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        button->setMinimumHeight(12);
        button->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('W')) * 2);
        button->setEnabled(false);
        button->setAccessibleName(letter == QLatin1Char('#') ? tr("Other initials") : QString(letter));
        connect(button, &QToolButton::clicked, this, [this, letter] { emit letterChosen(letter); });
        layout->addWidget(button, 1);
        m_buttons.append(button);
    }
}

void LetterBar::setLetters(const QList<Repository::Letter> &letters)
{
    for (int i = 0; i < m_buttons.size(); ++i) {
        int count = 0;
        for (const auto &l : letters) {
            if (l.letter == kLetters.at(i))
                count += l.count;
        }
        m_buttons.at(i)->setEnabled(count > 0);
        m_buttons.at(i)->setToolTip(count > 0 ? tr("%n entries", nullptr, count) : tr("No entries"));
    }
}

QToolButton *LetterBar::button(QChar letter) const
{
    const qsizetype index = kLetters.indexOf(letter);
    return index < 0 ? nullptr : m_buttons.at(index);
}

} // namespace huanjiao
