// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutHeaderForm.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace huanjiao {

namespace {
constexpr int kLogoPreviewHeight = 40;
}

HandoutHeaderForm::HandoutHeaderForm(const HandoutSettings &settings, Logo logo, QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_qrTemplate(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("clinicName"));
    m_address->setObjectName(QStringLiteral("address"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_qrTemplate->setObjectName(QStringLiteral("qrTemplate"));
    m_name->setPlaceholderText(tr("Printed at the top of every page"));
    m_qrTemplate->setPlaceholderText(QStringLiteral("https://clinic.example/t/{id}"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Clinic &name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    if (logo == Logo::Shown) {
        m_logo = new QLineEdit(this);
        m_logo->setObjectName(QStringLiteral("logo"));
        m_logoPreview = new QLabel(this);
        auto *browse = new QPushButton(tr("Choose…"), this);
        auto *logoRow = new QHBoxLayout;
        logoRow->addWidget(m_logo, 1);
        logoRow->addWidget(browse);
        auto *logoLabel = new QLabel(tr("&Logo:"), this);
        logoLabel->setBuddy(m_logo); // a row of a layout gets no buddy by itself
        form->addRow(logoLabel, logoRow);
        form->addRow(QString(), m_logoPreview);
        connect(browse, &QPushButton::clicked, this, &HandoutHeaderForm::chooseLogo);
        connect(m_logo, &QLineEdit::textChanged, this, &HandoutHeaderForm::updateLogoPreview);
        connect(m_logo, &QLineEdit::textEdited, this, &HandoutHeaderForm::edited);
    }
    form->addRow(tr("&QR code link:"), m_qrTemplate);
    auto *qrHelp = new QLabel(qrHelpText(), this);
    qrHelp->setWordWrap(true);
    qrHelp->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), qrHelp);
    for (QLineEdit *edit : {m_name, m_address, m_phone, m_qrTemplate})
        connect(edit, &QLineEdit::textEdited, this, &HandoutHeaderForm::edited);
    setSettings(settings);
}

void HandoutHeaderForm::setSettings(const HandoutSettings &settings)
{
    m_name->setText(settings.clinicName);
    m_address->setText(settings.address);
    m_phone->setText(settings.phone);
    m_qrTemplate->setText(settings.qrTemplate);
    if (m_logo)
        m_logo->setText(settings.logoPath);
    updateLogoPreview();
}

HandoutSettings HandoutHeaderForm::applied(HandoutSettings settings) const
{
    settings.clinicName = m_name->text().trimmed();
    settings.address = m_address->text().trimmed();
    settings.phone = m_phone->text().trimmed();
    settings.qrTemplate = m_qrTemplate->text().trimmed();
    if (m_logo)
        settings.logoPath = m_logo->text().trimmed();
    return settings;
}

void HandoutHeaderForm::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the clinic's logo"),
                                                      QFileInfo(m_logo->text()).absolutePath(),
                                                      tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty()) {
        m_logo->setText(path);
        emit edited();
    }
}

void HandoutHeaderForm::updateLogoPreview()
{
    if (!m_logo)
        return;
    const QImage logo(m_logo->text().trimmed());
    if (logo.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(m_logo->text().trimmed().isEmpty() ? tr("No logo") : tr("Not an image that can be read"));
        emit previewChanged();
        return;
    }
    // Scaled for the screen's real pixels: at a ratio of 2 a 40-pixel preview has 80.
    const qreal ratio = m_logoPreview->devicePixelRatioF();
    QPixmap preview = QPixmap::fromImage(logo.scaledToHeight(qRound(kLogoPreviewHeight * ratio), Qt::SmoothTransformation));
    preview.setDevicePixelRatio(ratio);
    m_logoPreview->setPixmap(preview);
    emit previewChanged();
}

QString HandoutHeaderForm::qrHelpText()
{
    return tr("The QR code on each handout leads here; {id} becomes the topic's id, for example "
              "hemifacial-spasm. Without a link the handouts have no QR code: a phone cannot open the "
              "program's own addresses.");
}

QString HandoutHeaderForm::qrProblem(const QString &link)
{
    const QString qr = link.trimmed();
    if (!qr.isEmpty() && !qr.contains(QLatin1String("{id}")))
        return tr("The QR code link must contain {id}, where each topic's id goes, for example "
                  "https://clinic.example/t/{id}.");
    return {};
}

QString HandoutHeaderForm::problem() const
{
    const QString logo = m_logo ? m_logo->text().trimmed() : QString();
    if (!logo.isEmpty() && QImage(logo).isNull())
        return tr("%1 cannot be read as an image. Choose a PNG or JPEG file, or leave the logo empty.").arg(logo);
    return qrProblem(m_qrTemplate->text());
}

} // namespace huanjiao
