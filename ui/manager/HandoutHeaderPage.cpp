// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutHeaderPage.h"

#include "HandoutHeaderForm.h"
#include "HandoutSettings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace huanjiao {

HandoutHeaderPage::HandoutHeaderPage(QWidget *parent)
    : QWidget(parent)
    , m_form(new HandoutHeaderForm(HandoutSettings::load(QSettings()), HandoutHeaderForm::Logo::Shown, this))
    , m_save(new QPushButton(tr("&Save the header"), this))
    , m_status(new QLabel(this))
{
    m_save->setObjectName(QStringLiteral("saveHeader"));
    m_status->setObjectName(QStringLiteral("headerStatus"));
    m_status->setWordWrap(true);
    auto *intro = new QLabel(tr("Printed at the top of every handout, at this desk and in the browser's print and "
                                "export. Saved for this computer's user; a kiosk's own staff settings keep its own."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(m_save, &QPushButton::clicked, this, &HandoutHeaderPage::save);
    connect(m_form, &HandoutHeaderForm::edited, this, [this] {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Not saved yet."));
    });
}

bool HandoutHeaderPage::save()
{
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(problem);
        return false;
    }
    QSettings settings;
    // Paper, counting and anything else the form does not show stay as they are.
    m_form->applied(HandoutSettings::load(settings)).save(settings);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(tr("The header could not be saved to %1.").arg(settings.fileName()));
        return false;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saved. The next handout printed here carries this header."));
    emit saved();
    return true;
}

} // namespace huanjiao
