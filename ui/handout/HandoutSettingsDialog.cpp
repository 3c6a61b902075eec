// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QPushButton>

namespace huanjiao {

namespace {
constexpr int kLogoPreviewHeight = 40;
}

HandoutSettingsDialog::HandoutSettingsDialog(const HandoutSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(settings.clinicName, this))
    , m_address(new QLineEdit(settings.address, this))
    , m_phone(new QLineEdit(settings.phone, this))
    , m_logo(new QLineEdit(settings.logoPath, this))
    , m_logoPreview(new QLabel(this))
    , m_qrTemplate(new QLineEdit(settings.qrTemplate, this))
    , m_paper(new QComboBox(this))
    , m_count(new QCheckBox(tr("&Count the handouts given out (topic, kind and date only)"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Handout Settings"));
    m_name->setObjectName(QStringLiteral("clinicName"));
    m_address->setObjectName(QStringLiteral("address"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_logo->setObjectName(QStringLiteral("logo"));
    m_qrTemplate->setObjectName(QStringLiteral("qrTemplate"));
    m_paper->setObjectName(QStringLiteral("paper"));
    m_count->setObjectName(QStringLiteral("countHandouts"));
    m_count->setChecked(settings.countHandouts);
    m_count->setToolTip(tr("For the clinic's records: which topics patients take home. Never a note or anything "
                           "about the patient. Export or clear the counts from the File menu."));
    m_name->setPlaceholderText(tr("Printed at the top of every page"));
    m_qrTemplate->setPlaceholderText(QStringLiteral("https://clinic.example/t/{id}"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(settings.paper == QPageSize::Letter ? 1 : 0);

    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    auto *qrHelp = new QLabel(qrHelpText(), this);
    qrHelp->setWordWrap(true);
    qrHelp->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("Clinic &name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    auto *logoLabel = new QLabel(tr("&Logo:"), this);
    logoLabel->setBuddy(m_logo); // a row of a layout gets no buddy by itself
    form->addRow(logoLabel, logoRow);
    form->addRow(QString(), m_logoPreview);
    form->addRow(tr("&QR code link:"), m_qrTemplate);
    form->addRow(QString(), qrHelp);
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
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &HandoutSettingsDialog::chooseLogo);
    connect(m_logo, &QLineEdit::textChanged, this, &HandoutSettingsDialog::updateLogoPreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoutSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoutSettingsDialog::reject);
    updateLogoPreview();
    resize(520, neededHeight(520));
}

int HandoutSettingsDialog::neededHeight(int width) const
{
    layout()->activate();
    const int wrapped = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : 0;
    return qMax(sizeHint().height(), wrapped);
}

HandoutSettings HandoutSettingsDialog::settings() const
{
    HandoutSettings s;
    s.clinicName = m_name->text().trimmed();
    s.address = m_address->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.logoPath = m_logo->text().trimmed();
    s.qrTemplate = m_qrTemplate->text().trimmed();
    s.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    s.countHandouts = m_count->isChecked();
    return s;
}

void HandoutSettingsDialog::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the clinic's logo"),
                                                      QFileInfo(m_logo->text()).absolutePath(),
                                                      tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        m_logo->setText(path);
}

void HandoutSettingsDialog::updateLogoPreview()
{
    const QImage logo(m_logo->text().trimmed());
    if (logo.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(m_logo->text().trimmed().isEmpty() ? tr("No logo") : tr("Not an image that can be read"));
        return;
    }
    // Scaled for the screen's real pixels: at a ratio of 2 a 40-pixel preview has 80.
    const qreal ratio = m_logoPreview->devicePixelRatioF();
    QPixmap preview = QPixmap::fromImage(logo.scaledToHeight(qRound(kLogoPreviewHeight * ratio), Qt::SmoothTransformation));
    preview.setDevicePixelRatio(ratio);
    m_logoPreview->setPixmap(preview);
    // The preview makes the form taller; grow with it, or the wrapped help
    // text under it is cut off (the layout's minimum ignores wrapped text).
    if (layout()) {
        const int needed = neededHeight(width());
        if (needed > height())
            resize(width(), needed);
    }
}

QString HandoutSettingsDialog::qrHelpText()
{
    return tr("The QR code on each handout leads here; {id} becomes the topic's id, for example "
              "hemifacial-spasm. Without a link the handouts have no QR code: a phone cannot open the "
              "program's own addresses.");
}

QString HandoutSettingsDialog::qrProblem(const QString &link)
{
    const QString qr = link.trimmed();
    if (!qr.isEmpty() && !qr.contains(QLatin1String("{id}")))
        return tr("The QR code link must contain {id}, where each topic's id goes, for example "
                  "https://clinic.example/t/{id}.");
    return {};
}

QString HandoutSettingsDialog::problem() const
{
    const QString logo = m_logo->text().trimmed();
    if (!logo.isEmpty() && QImage(logo).isNull())
        return tr("%1 cannot be read as an image. Choose a PNG or JPEG file, or leave the logo empty.").arg(logo);
    return qrProblem(m_qrTemplate->text());
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
