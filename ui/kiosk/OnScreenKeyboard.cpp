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
    , m_grid(new QGridLayout(this))
{
    setAccessibleName(tr("On-screen keyboard"));
    m_grid->setContentsMargins(0, 6, 0, 6);
    // The keys' size is set below; the label needs no padding around it in a
    // key of that size ("Clear" and "Space" fit keys of ten to a row).
    setStyleSheet(QStringLiteral("QToolButton { padding: 0px; }"));
    m_grid->setSpacing(6);
    // Alphabetical, not QWERTY: easier to find a letter for someone who does
    // not type. Seven columns fit a column beside the page; ten or fourteen
    // make a strip under the page or across a portrait screen.
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    const int rowLengths[] = {7, 7, 6, 6};
    int at = 0;
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < rowLengths[row]; ++column, ++at) {
            const QString letter = letters.mid(at, 1);
            addKey(letter, letter, {row, column, 1}, {at / 10, at % 10, 1}, {at / 13, at % 13, 1});
        }
    }
    addKey(kBackspace, QStringLiteral("⌫"), {2, 6, 1}, {2, 6, 1}, {0, 13, 1})->setAccessibleName(tr("Backspace"));
    addKey(kClear, tr("Clear"), {3, 6, 1}, {2, 7, 1}, {1, 13, 1});
    const QString digits = QStringLiteral("1234567890");
    for (int i = 0; i < digits.size(); ++i)
        addKey(digits.mid(i, 1), digits.mid(i, 1), {4 + i / kColumns, i % kColumns, 1}, {3, i, 1}, {2, i, 1});
    m_spaceKey = int(m_keys.size());
    addKey(kSpace, tr("Space"), {5, 3, 2}, {2, 8, 1}, {2, 10, 2});
    addKey(kEnter, tr("Open"), {5, 5, 2}, {2, 9, 1}, {2, 12, 2})->setToolTip(tr("Open the first result"));
    arrange();
}

void OnScreenKeyboard::setColumns(int columns)
{
    columns = columns >= 14 ? 14 : columns >= 10 ? 10 : 7;
    if (columns == m_columns)
        return;
    m_columns = columns;
    arrange();
}

void OnScreenKeyboard::arrange()
{
    for (const Key &key : std::as_const(m_keys))
        m_grid->removeWidget(key.button);
    for (int column = 0; column < 14; ++column)
        m_grid->setColumnStretch(column, 0);
    const int layout = m_columns == 14 ? 2 : m_columns == 10 ? 1 : 0;
    // Rows of 10 or 14 keys are wide already: a little lower, so the list keeps its rows.
    const int size = layout == 0 ? kKeySize : kWideKeySize;
    for (const Key &key : std::as_const(m_keys)) {
        const Place place = key.places[layout];
        key.button->setMinimumSize(size * place.span + m_grid->spacing() * (place.span - 1), size);
        m_grid->addWidget(key.button, place.row, place.column, 1, place.span);
    }
    for (int column = 0; column < m_columns; ++column)
        m_grid->setColumnStretch(column, 1);
    // Ten to a row leave the space bar one key wide: the sign for a space fits it.
    m_keys.at(m_spaceKey).button->setText(layout == 1 ? QStringLiteral("␣") : tr("Space"));
}

QAbstractButton *OnScreenKeyboard::addKey(const QString &name, const QString &label, Place seven, Place ten,
                                          Place fourteen)
{
    auto *key = new QToolButton(this);
    key->setObjectName(QStringLiteral("key_") + name);
    key->setText(label);
    if (key->accessibleName().isEmpty())
        key->setAccessibleName(label);
    // The search field keeps the focus and its cursor while keys are pressed.
    key->setFocusPolicy(Qt::NoFocus);
    key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    key->setAutoRepeat(name == kBackspace);
    QFont font = key->font();
    // Words ("Clear", "Space") and the backspace sign smaller than letters,
    // to fit one key of ten or fourteen to a row at 1024 px.
    font.setPixelSize(label.size() > 1 ? 14 : label.at(0).isLetterOrNumber() ? 24 : 20);
    key->setFont(font);
    connect(key, &QToolButton::clicked, this, [this, name] { press(name); });
    m_keys.append({key, {seven, ten, fourteen}});
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
