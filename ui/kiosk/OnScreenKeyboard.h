// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractButton;
class QGridLayout;
class QLineEdit;

namespace huanjiao {

// Keys to type a search with no keyboard and no input method: the letters
// (pinyin and pinyin initials), digits, backspace, clear, space and Enter.
// Keys never take the focus; they type into the target as key presses, so
// the field reacts exactly as to a real keyboard (search as you type, Enter
// opens the first result).
class OnScreenKeyboard : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kKeySize = 56; // px; touch targets need at least 48

    explicit OnScreenKeyboard(QLineEdit *target, QWidget *parent = nullptr);

    // The key named "a".."z", "0".."9", "backspace", "clear", "space" or
    // "enter"; null when there is none.
    QAbstractButton *key(const QString &name) const;

private:
    QAbstractButton *addKey(QGridLayout *grid, const QString &name, const QString &label, int row, int column,
                            int span = 1);
    void press(const QString &name);
    void sendKey(int key, const QString &text);

    QPointer<QLineEdit> m_target;
};

} // namespace huanjiao
