#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace huanjiao {

SettingsDialog::SettingsDialog(const InterfaceSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_zoom(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_database(new QLineEdit(settings.databasePath, this))
    , m_restartNote(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_initialLanguage(settings.language)
    , m_initialDatabase(settings.databasePath)
{
    setWindowTitle(tr("Settings"));

    // Each language is named in itself, so a reader lost in the other one finds theirs.
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_language->setAccessibleName(tr("Interface language"));

    m_zoom->setRange(InterfaceSettings::kMinZoom, InterfaceSettings::kMaxZoom);
    m_zoom->setSingleStep(InterfaceSettings::kZoomStep);
    m_zoom->setSuffix(QStringLiteral(" %"));
    m_zoom->setValue(settings.zoomPercent);
    m_zoom->setAccessibleName(tr("Type size of pages, in percent"));

    using Theme = InterfaceSettings::Theme;
    m_theme->addItem(tr("Same as the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->addItem(tr("High contrast"), int(Theme::HighContrast));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(settings.theme))));
    m_theme->setAccessibleName(tr("Theme"));

    m_database->setPlaceholderText(tr("The database installed with Huanjiao"));
    m_database->setAccessibleName(tr("Content database"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setAccessibleName(tr("Choose the content database"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseDatabase);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);

    auto *handout = new QPushButton(tr("Clinic details for handouts…"), this);
    handout->setAccessibleName(tr("Clinic details for handouts"));
    connect(handout, &QPushButton::clicked, this, &SettingsDialog::handoutSettingsRequested);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Type size:"), m_zoom);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("Content &database:"), databaseRow);
    form->addRow(QString(), handout);

    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("A new language or database takes effect when Huanjiao is started again."));
    m_restartNote->setVisible(false);
    auto updateNote = [this] {
        m_restartNote->setVisible(m_language->currentData().toString() != m_initialLanguage
                                  || m_database->text().trimmed() != m_initialDatabase);
    };
    connect(m_language, &QComboBox::currentIndexChanged, this, updateNote);
    connect(m_database, &QLineEdit::textChanged, this, updateNote);

    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setForegroundRole(QPalette::BrightText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

InterfaceSettings SettingsDialog::settings() const
{
    InterfaceSettings s;
    s.language = m_language->currentData().toString();
    s.zoomPercent = m_zoom->value();
    s.theme = InterfaceSettings::Theme(m_theme->currentData().toInt());
    s.databasePath = m_database->text().trimmed();
    return s;
}

QString SettingsDialog::problem() const
{
    const QString path = m_database->text().trimmed();
    if (!path.isEmpty() && !QFileInfo(path).isFile())
        return tr("There is no content database at %1. Choose the huanjiao.sqlite file, or leave the field empty.")
            .arg(path);
    return {};
}

void SettingsDialog::accept()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (text.isEmpty())
        QDialog::accept();
}

void SettingsDialog::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the content database"),
                                                      m_database->text(), tr("Content databases (*.sqlite)"));
    if (!path.isEmpty())
        m_database->setText(path);
}

} // namespace huanjiao
