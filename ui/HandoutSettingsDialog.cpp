#include "HandoutSettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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
{
    setWindowTitle(tr("Handout Settings"));
    m_name->setPlaceholderText(tr("Printed at the top of every page"));
    m_qrTemplate->setPlaceholderText(QStringLiteral("https://clinic.example/t/{id}"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(settings.paper == QPageSize::Letter ? 1 : 0);

    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    auto *qrHelp = new QLabel(tr("The QR code on each handout leads here; {id} becomes the topic's id, for example "
                                 "hemifacial-spasm. Leave it empty to put the topic's own address in the code."),
                              this);
    qrHelp->setWordWrap(true);
    qrHelp->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("Clinic &name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Logo:"), logoRow);
    form->addRow(QString(), m_logoPreview);
    form->addRow(tr("&QR code link:"), m_qrTemplate);
    form->addRow(QString(), qrHelp);
    form->addRow(tr("Pa&per:"), m_paper);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &HandoutSettingsDialog::chooseLogo);
    connect(m_logo, &QLineEdit::textChanged, this, &HandoutSettingsDialog::updateLogoPreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoutSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoutSettingsDialog::reject);
    updateLogoPreview();
    resize(520, sizeHint().height());
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
    m_logoPreview->setPixmap(QPixmap::fromImage(logo.scaledToHeight(kLogoPreviewHeight, Qt::SmoothTransformation)));
}

void HandoutSettingsDialog::accept()
{
    const QString logo = m_logo->text().trimmed();
    if (!logo.isEmpty() && QImage(logo).isNull()) {
        QMessageBox::warning(this, tr("Logo not usable"),
                             tr("%1 cannot be read as an image. Choose a PNG or JPEG file, or leave the logo empty.")
                                 .arg(logo));
        return;
    }
    const QString qr = m_qrTemplate->text().trimmed();
    if (!qr.isEmpty() && !qr.contains(QLatin1String("{id}"))) {
        QMessageBox::warning(this, tr("QR code link"),
                             tr("The QR code link must contain {id}, where each topic's id goes, for example "
                                "https://clinic.example/t/{id}."));
        return;
    }
    QDialog::accept();
}

} // namespace huanjiao
