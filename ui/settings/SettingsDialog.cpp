// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "AdminPinStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace huanjiao {

namespace {

// A telephone number as people write one: digits, spaces and dashes, a
// leading + for an international code; from 3 digits (110) to 15 (E.164).
const QRegularExpression kPhoneCharacters(QRegularExpression::anchoredPattern(QStringLiteral("\\+?[0-9 -]*")));

bool isPhoneNumber(const QString &text)
{
    if (!kPhoneCharacters.match(text).hasMatch())
        return false;
    const qsizetype digits = std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    return digits >= 3 && digits <= 15;
}

} // namespace

SettingsDialog::SettingsDialog(const InterfaceSettings &settings, const KioskSettings &kiosk,
                               AdminPinStore::State adminPin, QWidget *parent)
    : QDialog(parent)
    , m_initialLanguage(settings.language)
    , m_initialDatabase(settings.databasePath)
    , m_initialKiosk(kiosk)
{
    setWindowTitle(tr("Settings"));
    m_pages = new QTabWidget(this);
    m_pages->setAccessibleName(tr("Settings pages"));
    m_pages->addTab(createGeneralPage(), tr("&General"));
    m_pages->addTab(createKioskPage(kiosk, adminPin), tr("&Kiosk"));

    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_zoom->setValue(settings.zoomPercent);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(settings.theme))));
    m_database->setText(settings.databasePath);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setForegroundRole(QPalette::BrightText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget;
    m_language = new QComboBox(page);
    m_zoom = new QSpinBox(page);
    m_theme = new QComboBox(page);
    m_database = new QLineEdit(page);
    m_database->setObjectName(QStringLiteral("database"));
    m_language->setObjectName(QStringLiteral("language"));
    m_restartNote = new QLabel(page);

    // Each language is named in itself, so a reader lost in the other one finds theirs.
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setAccessibleName(tr("Interface language"));

    m_zoom->setRange(InterfaceSettings::kMinZoom, InterfaceSettings::kMaxZoom);
    m_zoom->setSingleStep(InterfaceSettings::kZoomStep);
    m_zoom->setSuffix(QStringLiteral(" %"));
    m_zoom->setAccessibleName(tr("Type size of pages, in percent"));

    using Theme = InterfaceSettings::Theme;
    m_theme->addItem(tr("Same as the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->addItem(tr("High contrast"), int(Theme::HighContrast));
    m_theme->setAccessibleName(tr("Theme"));

    m_database->setPlaceholderText(tr("The database installed with Huanjiao"));
    m_database->setAccessibleName(tr("Content database"));
    auto *browse = new QPushButton(tr("Choose…"), page);
    browse->setAccessibleName(tr("Choose the content database"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseDatabase);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);

    auto *handout = new QPushButton(tr("Clinic details for handouts…"), page);
    handout->setAccessibleName(tr("Clinic details for handouts"));
    connect(handout, &QPushButton::clicked, this, &SettingsDialog::handoutSettingsRequested);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Type size:"), m_zoom);
    form->addRow(tr("T&heme:"), m_theme);
    auto *databaseLabel = new QLabel(tr("Content &database:"), page);
    databaseLabel->setBuddy(m_database); // a row that is a layout gets no buddy, and shows the & as it is
    form->addRow(databaseLabel, databaseRow);
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

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createKioskPage(const KioskSettings &kiosk, AdminPinStore::State adminPin)
{
    auto *page = new QWidget;
    auto *note = new QLabel(tr("For a waiting-room kiosk started with huanjiao --kiosk. These take effect the next "
                               "time the kiosk is started; on the kiosk, staff change them behind the admin PIN "
                               "(hold the top right corner), and there they apply at once."),
                            page);
    note->setWordWrap(true);

    const QString seconds = QStringLiteral(" ") + tr("s", "seconds");
    m_idleTimeout = new QSpinBox(page);
    m_idleTimeout->setRange(KioskSettings::kMinIdleTimeout, KioskSettings::kMaxIdleTimeout);
    m_idleTimeout->setSingleStep(15);
    m_idleTimeout->setSuffix(seconds);
    m_idleTimeout->setValue(kiosk.idleTimeoutSeconds);
    m_idleTimeout->setObjectName(QStringLiteral("idleTimeout"));
    m_idleTimeout->setAccessibleName(tr("Idle time before the countdown, in seconds"));

    m_countdown = new QSpinBox(page);
    m_countdown->setRange(KioskSettings::kMinCountdown, KioskSettings::kMaxCountdown);
    m_countdown->setSuffix(seconds);
    m_countdown->setValue(kiosk.countdownSeconds);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setAccessibleName(tr("Length of the countdown before the kiosk resets, in seconds"));

    m_printing = new QComboBox(page);
    m_printing->addItem(tr("Straight to the default printer, no dialog"), int(KioskSettings::Printing::DefaultPrinter));
    m_printing->addItem(tr("Off"), int(KioskSettings::Printing::Off));
    m_printing->setCurrentIndex(qMax(0, m_printing->findData(int(kiosk.printing))));
    m_printing->setObjectName(QStringLiteral("printing"));
    m_printing->setAccessibleName(tr("Kiosk printing"));

    m_kioskFontSize = new QSpinBox(page);
    m_kioskFontSize->setRange(KioskSettings::kMinFontSize, KioskSettings::kMaxFontSize);
    m_kioskFontSize->setSuffix(QStringLiteral(" ") + tr("pt", "points of type size"));
    m_kioskFontSize->setValue(kiosk.fontPointSize);
    m_kioskFontSize->setObjectName(QStringLiteral("kioskFontSize"));
    m_kioskFontSize->setAccessibleName(tr("Kiosk type size, in points"));

    auto *pinState = new QLabel(pinStateText(adminPin), page);
    pinState->setObjectName(QStringLiteral("pinState"));
    pinState->setWordWrap(true);
    // A PIN that no longer works must not read like a settled fact: bold,
    // which every theme shows (a colour of our own would not suit them all).
    if (adminPin == AdminPinStore::State::Retired || adminPin == AdminPinStore::State::Exposed) {
        QFont bold = pinState->font();
        bold.setBold(true);
        pinState->setFont(bold);
    }

    const auto pinField = [page](const QString &name, const QString &objectName) {
        auto *field = new QLineEdit(page);
        field->setObjectName(objectName);
        field->setEchoMode(QLineEdit::Password);
        field->setMaxLength(AdminPinStore::kMaxLength);
        field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        field->setAccessibleName(name);
        return field;
    };
    m_pin = pinField(tr("New admin PIN"), QStringLiteral("newPin"));
    m_pin->setPlaceholderText(tr("%1 to %2 digits").arg(AdminPinStore::kMinLength).arg(AdminPinStore::kMaxLength));
    m_pinAgain = pinField(tr("New admin PIN again"), QStringLiteral("newPinAgain"));
    m_pinAgain->setPlaceholderText(tr("The same PIN again"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Idle time before the countdown:"), m_idleTimeout);
    form->addRow(tr("&Countdown:"), m_countdown);
    form->addRow(tr("&Printing:"), m_printing);
    form->addRow(tr("Kiosk type si&ze:"), m_kioskFontSize);
    form->addRow(tr("Admin PIN:"), pinState);
    form->addRow(tr("&New admin PIN:"), m_pin);
    form->addRow(tr("&Repeat the PIN:"), m_pinAgain);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(createCrisisNumbersBox(page));
    layout->addStretch(1);
    return page;
}

QString SettingsDialog::pinStateText(AdminPinStore::State state)
{
    switch (state) {
    case AdminPinStore::State::Set:
        return tr("An admin PIN is set. Type a new one twice to change it.");
    case AdminPinStore::State::Retired:
        return tr("The admin PIN set by an earlier version of Huanjiao no longer unlocks the kiosk: it was kept where "
                  "every user of this computer could read it, and it may be shorter than %1 digits. Type a new PIN "
                  "of %1 to %2 digits twice to replace it.")
            .arg(AdminPinStore::kMinLength)
            .arg(AdminPinStore::kMaxLength);
    case AdminPinStore::State::Exposed:
        return tr("The admin PIN file can be read or changed by other users, so it is not used and the kiosk cannot "
                  "be left from the screen. Type a new PIN twice to replace it.");
    case AdminPinStore::State::None:
        break;
    }
    return tr("No admin PIN is set: the kiosk cannot be left from the screen. Type one twice to set it.");
}

// The numbers the crisis card gives, in the window and on the kiosk: a clinic
// abroad or with its own line sets them here rather than in the settings file.
QWidget *SettingsDialog::createCrisisNumbersBox(QWidget *page)
{
    auto *box = new QGroupBox(tr("Numbers on the crisis card"), page);
    box->setObjectName(QStringLiteral("crisisNumbers"));
    const auto numberField = [box](const QString &name, const QString &objectName) {
        auto *field = new QLineEdit(box);
        field->setObjectName(objectName);
        field->setMaxLength(24);
        field->setValidator(new QRegularExpressionValidator(kPhoneCharacters, field));
        field->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        field->setAccessibleName(name);
        return field;
    };
    const CrisisNumbers defaults;
    m_mentalHealthLine = numberField(tr("Mental-health line"), QStringLiteral("mentalHealthLine"));
    m_mentalHealthLine->setPlaceholderText(defaults.mentalHealthLine);
    m_emergencyNumber = numberField(tr("Ambulance number"), QStringLiteral("emergencyNumber"));
    m_emergencyNumber->setPlaceholderText(defaults.emergency);
    m_policeNumber = numberField(tr("Police number"), QStringLiteral("policeNumber"));
    m_policeNumber->setPlaceholderText(defaults.police);
    setCrisisNumbers(defaults);

    auto *note = new QLabel(tr("Shown when a search signals thoughts of suicide or a medical emergency. "
                               "A field left empty gives the national number."),
                            box);
    note->setWordWrap(true);
    auto *form = new QFormLayout(box);
    form->addRow(note);
    form->addRow(tr("&Mental-health line:"), m_mentalHealthLine);
    form->addRow(tr("&Ambulance:"), m_emergencyNumber);
    form->addRow(tr("P&olice:"), m_policeNumber);
    return box;
}

void SettingsDialog::setCrisisNumbers(const CrisisNumbers &numbers)
{
    m_mentalHealthLine->setText(numbers.mentalHealthLine);
    m_emergencyNumber->setText(numbers.emergency);
    m_policeNumber->setText(numbers.police);
}

CrisisNumbers SettingsDialog::crisisNumbers() const
{
    CrisisNumbers numbers;
    const auto take = [](const QLineEdit *field, QString *number) {
        const QString text = field->text().trimmed();
        if (!text.isEmpty())
            *number = text;
    };
    take(m_mentalHealthLine, &numbers.mentalHealthLine);
    take(m_emergencyNumber, &numbers.emergency);
    take(m_policeNumber, &numbers.police);
    return numbers;
}

QString SettingsDialog::crisisNumbersProblem() const
{
    for (const QLineEdit *field : {m_mentalHealthLine, m_emergencyNumber, m_policeNumber}) {
        const QString text = field->text().trimmed();
        if (!text.isEmpty() && !isPhoneNumber(text))
            return tr("%1 is not a telephone number: write 3 to 15 digits (spaces, dashes and a leading + are "
                      "allowed), or leave the field empty for the national number.")
                .arg(text);
    }
    return {};
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

KioskSettings SettingsDialog::kioskSettings() const
{
    KioskSettings kiosk = m_initialKiosk; // what this page does not show (large print) is kept
    kiosk.idleTimeoutSeconds = m_idleTimeout->value();
    kiosk.countdownSeconds = m_countdown->value();
    kiosk.printing = KioskSettings::Printing(m_printing->currentData().toInt());
    kiosk.fontPointSize = m_kioskFontSize->value();
    return kiosk.bounded();
}

QString SettingsDialog::newAdminPin() const
{
    return pinProblem().isEmpty() ? m_pin->text() : QString();
}

QString SettingsDialog::pinProblem() const
{
    const QString pin = m_pin->text();
    if (pin.isEmpty() && m_pinAgain->text().isEmpty())
        return {};
    if (pin != m_pinAgain->text())
        return tr("The two admin PINs are not the same. Type the new PIN in both fields, or leave both empty to "
                  "keep the PIN as it is.");
    return AdminPinStore::problem(pin);
}

QString SettingsDialog::problem() const
{
    const QString path = m_database->text().trimmed();
    if (!path.isEmpty() && !QFileInfo(path).isFile())
        return tr("There is no content database at %1. Choose the huanjiao.sqlite file, or leave the field empty.")
            .arg(path);
    const QString pin = pinProblem();
    return pin.isEmpty() ? crisisNumbersProblem() : pin;
}

void SettingsDialog::accept()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (text.isEmpty()) {
        QDialog::accept();
        return;
    }
    // Show the page the problem is on, with the keyboard in the field to mend.
    const bool pin = !pinProblem().isEmpty() && text == pinProblem();
    QLineEdit *field = pin ? m_pin : m_database;
    if (!pin && text == crisisNumbersProblem()) {
        for (QLineEdit *number : {m_mentalHealthLine, m_emergencyNumber, m_policeNumber}) {
            if (!isPhoneNumber(number->text().trimmed()) && !number->text().trimmed().isEmpty()) {
                field = number;
                break;
            }
        }
    }
    m_pages->setCurrentIndex(field == m_database ? 0 : 1);
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
}

bool SettingsDialog::saveKiosk(QSettings &settings, QString *error) const
{
    const QString why = problem();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    kioskSettings().save(settings);
    crisisNumbers().save(settings);
    const QString pin = newAdminPin();
    if (!pin.isEmpty())
        return AdminPinStore(settings).setPin(pin, error); // syncs and checks the file
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = tr("Cannot write the settings file %1.").arg(settings.fileName());
        return false;
    }
    return true;
}

void SettingsDialog::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the content database"),
                                                      m_database->text(), tr("Content databases (*.sqlite)"));
    if (!path.isEmpty())
        m_database->setText(path);
}

} // namespace huanjiao
