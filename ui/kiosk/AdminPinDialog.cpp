// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminPinDialog.h"

#include "AdminPinStore.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace huanjiao {

namespace {
const QString kBackspace = QStringLiteral("backspace");
const QString kOk = QStringLiteral("ok");
} // namespace

AdminPinDialog::AdminPinDialog(QWidget *parent)
    : QDialog(parent)
    , m_field(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Staff"));
    auto *prompt = new QLabel(tr("Enter the admin PIN for the kiosk's settings or to leave kiosk mode."), this);
    prompt->setWordWrap(true);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setMaxLength(AdminPinStore::kMaxLength);
    m_field->setAlignment(Qt::AlignCenter);
    m_field->setMinimumHeight(56);
    m_field->setAccessibleName(tr("Admin PIN"));
    m_message->setObjectName(QStringLiteral("pinMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a01010;"));
    connect(m_field, &QLineEdit::returnPressed, this, &AdminPinDialog::submit);

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    const QStringList keys = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                              QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                              QStringLiteral("9"), kBackspace,          QStringLiteral("0"), kOk};
    for (int i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        const QString label = key == kBackspace ? QStringLiteral("⌫") : key == kOk ? tr("OK") : key;
        auto *button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("pin_") + key);
        button->setMinimumSize(72, 64);
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, key] { press(key); });
        grid->addWidget(button, i / 3, i % 3);
        m_pad.append(button);
    }
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setMinimumHeight(56);
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_field);
    layout->addWidget(m_message);
    layout->addLayout(grid);
    layout->addWidget(cancel);
    QFont font = this->font();
    font.setPixelSize(22);
    setFont(font);
}

void AdminPinDialog::press(const QString &key)
{
    if (key == kOk)
        submit();
    else if (key == kBackspace)
        m_field->backspace();
    else if (m_field->isEnabled())
        m_field->insert(key);
}

void AdminPinDialog::submit()
{
    if (!m_field->isEnabled() || m_field->text().isEmpty())
        return;
    const QString pin = m_field->text();
    m_field->clear();
    emit submitted(pin);
}

void AdminPinDialog::refuse(const QString &message, int waitMs)
{
    m_message->setText(message);
    if (waitMs <= 0)
        return;
    setPadEnabled(false);
    QTimer::singleShot(waitMs, this, [this] { setPadEnabled(true); });
}

void AdminPinDialog::setPadEnabled(bool enabled)
{
    m_field->setEnabled(enabled);
    for (QPushButton *button : std::as_const(m_pad))
        button->setEnabled(enabled);
    if (enabled)
        m_field->setFocus();
}

} // namespace huanjiao
