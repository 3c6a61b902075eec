// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnScreenKeyboard.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

namespace huanjiao {

namespace {
const QString kBackspace = QStringLiteral("backspace");
const QString kClear = QStringLiteral("clear");
const QString kSpace = QStringLiteral("space");
const QString kEnter = QStringLiteral("enter");
constexpr int kColumns = 7;
} // namespace

OnScreenKeyboard::OnScreenKeyboard(QLineEdit *target, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
{
    setAccessibleName(tr("On-screen keyboard"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 6, 0, 6);
    grid->setSpacing(6);
    // Alphabetical, not QWERTY: easier to find a letter for someone who does
    // not type, and seven columns fit beside the page even at 1024x768.
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    const int rowLengths[] = {7, 7, 6, 6};
    int at = 0;
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < rowLengths[row]; ++column, ++at) {
            const QString letter = letters.mid(at, 1);
            addKey(grid, letter, letter, row, column);
        }
    }
    addKey(grid, kBackspace, QStringLiteral("⌫"), 2, 6)->setAccessibleName(tr("Backspace"));
    addKey(grid, kClear, tr("Clear"), 3, 6);
    const QString digits = QStringLiteral("1234567890");
    for (int i = 0; i < digits.size(); ++i)
        addKey(grid, digits.mid(i, 1), digits.mid(i, 1), 4 + i / kColumns, i % kColumns);
    addKey(grid, kSpace, tr("Space"), 5, 3, 2);
    addKey(grid, kEnter, tr("Open"), 5, 5, 2)->setToolTip(tr("Open the first result"));
}

QAbstractButton *OnScreenKeyboard::addKey(QGridLayout *grid, const QString &name, const QString &label, int row,
                                          int column, int span)
{
    auto *key = new QToolButton(this);
    key->setObjectName(QStringLiteral("key_") + name);
    key->setText(label);
    if (key->accessibleName().isEmpty())
        key->setAccessibleName(label);
    // The search field keeps the focus and its cursor while keys are pressed.
    key->setFocusPolicy(Qt::NoFocus);
    key->setMinimumSize(kKeySize * span + grid->spacing() * (span - 1), kKeySize);
    key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    key->setAutoRepeat(name == kBackspace);
    QFont font = key->font();
    // Words ("Clear", "Space") a little smaller than letters, to fit one key.
    font.setPixelSize(label.size() > 1 ? 18 : 24);
    key->setFont(font);
    connect(key, &QToolButton::clicked, this, [this, name] { press(name); });
    grid->addWidget(key, row, column, 1, span);
    return key;
}

QAbstractButton *OnScreenKeyboard::key(const QString &name) const
{
    QString objectName = name;
    if (name == QLatin1String(" "))
        objectName = kSpace;
    return findChild<QAbstractButton *>(QStringLiteral("key_") + objectName);
}

void OnScreenKeyboard::press(const QString &name)
{
    if (!m_target)
        return;
    if (name == kClear) {
        m_target->clear();
        return;
    }
    if (name == kBackspace)
        sendKey(Qt::Key_Backspace, {});
    else if (name == kEnter)
        sendKey(Qt::Key_Return, QStringLiteral("\r"));
    else if (name == kSpace)
        sendKey(Qt::Key_Space, QStringLiteral(" "));
    else
        sendKey(name.at(0).isDigit() ? Qt::Key_0 + name.at(0).digitValue() : Qt::Key_A + (name.at(0).unicode() - 'a'),
                name);
}

void OnScreenKeyboard::sendKey(int key, const QString &text)
{
    m_target->setFocus(Qt::OtherFocusReason);
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(m_target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(m_target, &release);
}

} // namespace huanjiao
