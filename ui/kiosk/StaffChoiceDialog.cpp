// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffChoiceDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace huanjiao {

StaffChoiceDialog::StaffChoiceDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Staff"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *prompt = new QLabel(tr("What would you like to do?"), this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    const struct {
        Choice choice;
        const char *name;
        QString label;
    } buttons[] = {
        {Choice::Settings, "staffSettings", tr("Settings")},
        {Choice::Exit, "staffExit", tr("Exit")},
        {Choice::Back, "staffBack", tr("Back to the kiosk")},
    };
    for (const auto &b : buttons) {
        auto *button = new QPushButton(b.label, this);
        button->setObjectName(QString::fromLatin1(b.name));
        button->setMinimumSize(280, 64);
        button->setAutoDefault(false);
        const Choice choice = b.choice;
        connect(button, &QPushButton::clicked, this, [this, choice] { choose(choice); });
        layout->addWidget(button);
    }
}

void StaffChoiceDialog::choose(Choice choice)
{
    m_choice = choice;
    emit chosen(choice);
    if (choice == Choice::Back)
        reject();
    else
        accept();
}

} // namespace huanjiao
