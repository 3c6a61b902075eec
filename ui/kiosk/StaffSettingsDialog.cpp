// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffSettingsDialog.h"

#include "HandoutHeaderForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace huanjiao {

namespace {
QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

StaffSettingsDialog::StaffSettingsDialog(const KioskSettings &kiosk, const HandoutSettings &handout, QWidget *parent)
    : QDialog(parent)
    , m_handout(handout)
    , m_header(new HandoutHeaderForm(handout, HandoutHeaderForm::Logo::Hidden, this))
    , m_idle(new QSpinBox(this))
    , m_countdown(new QSpinBox(this))
    , m_printing(new QComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_largePrint(new QCheckBox(tr("Print the one-page summary in large print"), this))
    , m_count(new QCheckBox(tr("Count the handouts given out"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Kiosk settings"));
    m_idle->setObjectName(QStringLiteral("idleTimeout"));
    m_idle->setRange(KioskSettings::kMinIdleTimeout, KioskSettings::kMaxIdleTimeout);
    m_idle->setSuffix(tr(" s"));
    m_idle->setValue(kiosk.idleTimeoutSeconds);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setRange(KioskSettings::kMinCountdown, KioskSettings::kMaxCountdown);
    m_countdown->setSuffix(tr(" s"));
    m_countdown->setValue(kiosk.countdownSeconds);
    m_printing->setObjectName(QStringLiteral("printing"));
    m_printing->addItem(tr("Print on the default printer"), int(KioskSettings::Printing::DefaultPrinter));
    m_printing->addItem(tr("Off"), int(KioskSettings::Printing::Off));
    m_printing->setCurrentIndex(kiosk.printing == KioskSettings::Printing::Off ? 1 : 0);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(KioskSettings::kMinFontSize, KioskSettings::kMaxFontSize);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(kiosk.fontPointSize);
    m_largePrint->setObjectName(QStringLiteral("largePrint"));
    m_largePrint->setChecked(kiosk.largePrint);
    m_count->setObjectName(QStringLiteral("countHandouts"));
    m_count->setChecked(handout.countHandouts);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a01010;"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Reset after no touch for:"), m_idle);
    form->addRow(tr("Countdown before the reset:"), m_countdown);
    form->addRow(tr("Printing:"), m_printing);
    form->addRow(QString(), m_largePrint);
    form->addRow(tr("Type size:"), m_fontSize);
    form->addRow(QString(), m_count);
    form->addRow(QString(),
                 helpLabel(tr("Counts keep the topic, the kind of handout and the date only: never anything about "
                              "the visitor. Export them from File ▸ Handout Counts after leaving kiosk mode."),
                           this));

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_header);
    contentLayout->addLayout(form);
    contentLayout->addWidget(m_problem);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (QAbstractButton *button : buttons->buttons())
        button->setMinimumSize(140, 56);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    // Touch-sized fields and arrows.
    setStyleSheet(QStringLiteral("QLineEdit, QSpinBox, QComboBox { min-height: 48px; }"
                                 "QSpinBox::up-button, QSpinBox::down-button { width: 40px; }"
                                 "QCheckBox { min-height: 48px; }"
                                 "QScrollBar:vertical { width: 28px; }"
                                 "QCheckBox::indicator { width: 32px; height: 32px; }"));
    resize(720, 640);
}

KioskSettings StaffSettingsDialog::kioskSettings() const
{
    KioskSettings kiosk;
    kiosk.idleTimeoutSeconds = m_idle->value();
    kiosk.countdownSeconds = m_countdown->value();
    kiosk.printing = KioskSettings::Printing(m_printing->currentData().toInt());
    kiosk.fontPointSize = m_fontSize->value();
    kiosk.largePrint = m_largePrint->isChecked();
    return kiosk.bounded();
}

HandoutSettings StaffSettingsDialog::handoutSettings() const
{
    HandoutSettings handout = m_header->applied(m_handout);
    handout.countHandouts = m_count->isChecked();
    return handout;
}

QString StaffSettingsDialog::problem() const
{
    return m_header->problem();
}

void StaffSettingsDialog::accept()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (text.isEmpty())
        QDialog::accept();
}

} // namespace huanjiao
