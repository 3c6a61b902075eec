// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Repository.h"

#include <QWidget>

class QToolButton;

namespace huanjiao {

// The A-Z index beside a list: one button per pinyin initial, '#' for names
// that start with anything else; letters no entry starts with are disabled.
class LetterBar : public QWidget
{
    Q_OBJECT

public:
    explicit LetterBar(QWidget *parent = nullptr);

    void setLetters(const QList<Repository::Letter> &letters);
    QToolButton *button(QChar letter) const;

signals:
    void letterChosen(QChar letter);

private:
    QList<QToolButton *> m_buttons;
};

} // namespace huanjiao
