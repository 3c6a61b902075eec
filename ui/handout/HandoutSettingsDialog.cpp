// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutSettingsDialog.h"

#include "HandoutHeaderForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace huanjiao {

HandoutSettingsDialog::HandoutSettingsDialog(const HandoutSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_header(new HandoutHeaderForm(settings, HandoutHeaderForm::Logo::Shown, this))
    , m_paper(new QComboBox(this))
    , m_count(new QCheckBox(tr("&Count the handouts given out (topic, kind and date only)"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Handout Settings"));
    m_paper->setObjectName(QStringLiteral("paper"));
    m_count->setObjectName(QStringLiteral("countHandouts"));
    m_count->setChecked(settings.countHandouts);
    m_count->setToolTip(tr("For the clinic's records: which topics patients take home. Never a note or anything "
                           "about the patient. Export or clear the counts from the File menu."));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(settings.paper == QPageSize::Letter ? 1 : 0);

    auto *form = new QFormLayout;
    form->addRow(tr("Pa&per:"), m_paper);
    form->addRow(QString(), m_count);

    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_problem->setPalette(palette);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_header, &HandoutHeaderForm::previewChanged, this, [this] {
        growToFit();
        // Again once the layout requests the new preview posted are handled.
        QTimer::singleShot(0, this, &HandoutSettingsDialog::growToFit);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoutSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoutSettingsDialog::reject);
    resize(520, neededHeight(520));
}

int HandoutSettingsDialog::neededHeight(int width) const
{
    // The header form's own layout first: the logo's preview changed inside it.
    m_header->layout()->activate();
    layout()->activate();
    const int wrapped = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : 0;
    return qMax(sizeHint().height(), wrapped);
}

void HandoutSettingsDialog::growToFit()
{
    // The logo's preview makes the form taller; grow with it, or the wrapped
    // help text under it is cut off (the layout's minimum ignores wrapped text).
    if (!layout())
        return;
    const int needed = neededHeight(width());
    if (needed > height())
        resize(width(), needed);
}

HandoutSettings HandoutSettingsDialog::settings() const
{
    HandoutSettings s = m_header->applied(m_settings);
    s.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    s.countHandouts = m_count->isChecked();
    return s;
}

QString HandoutSettingsDialog::problem() const
{
    return m_header->problem();
}

void HandoutSettingsDialog::accept()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (text.isEmpty())
        QDialog::accept();
}

} // namespace huanjiao
