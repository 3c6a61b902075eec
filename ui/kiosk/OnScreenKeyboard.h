// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
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
    static constexpr int kWideKeySize = 52; // px, in rows of 10 or 14 keys

    explicit OnScreenKeyboard(QLineEdit *target, QWidget *parent = nullptr);

    // The key named "a".."z", "0".."9", "backspace", "clear", "space" or
    // "enter"; null when there is none.
    QAbstractButton *key(const QString &name) const;
    // Keys to a row: 7 (six rows, for a column), 10 (four rows) or 14 (three long rows).
    void setColumns(int columns);
    int columns() const { return m_columns; }

private:
    struct Place
    {
        int row, column, span;
    };
    struct Key
    {
        QAbstractButton *button;
        Place places[3]; // in 7, 10 and 14 columns
    };
    QAbstractButton *addKey(const QString &name, const QString &label, Place seven, Place ten, Place fourteen);
    void arrange();
    void press(const QString &name);
    void sendKey(int key, const QString &text);

    QPointer<QLineEdit> m_target;
    QGridLayout *m_grid;
    QList<Key> m_keys;
    int m_columns = 7;
    int m_spaceKey = 0;
};

} // namespace huanjiao
