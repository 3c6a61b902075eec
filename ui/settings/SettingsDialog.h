// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminPinStore.h"
#include "CrisisNumbers.h"
#include "InterfaceSettings.h"
#include "KioskSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;
class QTabWidget;

namespace huanjiao {

// The reader's preferences: interface language, type size, theme and the
// content database; on a page of their own the kiosk's options and admin
// PIN. The clinic's handout details open their own dialog. The dialog is
// not offered in kiosk mode: kiosk options take effect at the next start
// (the kiosk's own staff settings, behind the PIN, apply them at once).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const InterfaceSettings &settings, const KioskSettings &kiosk = {},
                            AdminPinStore::State adminPin = AdminPinStore::State::None, QWidget *parent = nullptr);
    // What the kiosk page says of the admin PIN in that state.
    static QString pinStateText(AdminPinStore::State state);

    InterfaceSettings settings() const;
    KioskSettings kioskSettings() const;
    // The numbers the crisis card gives (the clinic's, or the national defaults).
    void setCrisisNumbers(const CrisisNumbers &numbers);
    CrisisNumbers crisisNumbers() const;
    // The new admin PIN typed twice; empty when the PIN is to stay as it is.
    QString newAdminPin() const;
    // Closes only with a database path that exists (or none) and, when a
    // new admin PIN was typed, the same acceptable PIN in both fields.
    void accept() override;
    QString problem() const;
    // Writes the kiosk options, the crisis numbers and the new admin PIN, if any. Writes nothing
    // and says why (in *error) while there is a problem() or when the
    // settings file cannot be written.
    bool saveKiosk(QSettings &settings, QString *error = nullptr) const;

    QTabWidget *pages() const { return m_pages; }

signals:
    // The handout details are kept by whoever owns them.
    void handoutSettingsRequested();

private:
    QWidget *createGeneralPage();
    QWidget *createKioskPage(const KioskSettings &kiosk, AdminPinStore::State adminPin);
    QWidget *createCrisisNumbersBox(QWidget *page);
    QString pinProblem() const;
    QString crisisNumbersProblem() const;
    void chooseDatabase();

    QTabWidget *m_pages = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_zoom = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_restartNote = nullptr;
    QSpinBox *m_idleTimeout = nullptr;
    QSpinBox *m_countdown = nullptr;
    QComboBox *m_printing = nullptr;
    QSpinBox *m_kioskFontSize = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinAgain = nullptr;
    QLineEdit *m_mentalHealthLine = nullptr;
    QLineEdit *m_emergencyNumber = nullptr;
    QLineEdit *m_policeNumber = nullptr;
    QLabel *m_problem = nullptr;
    QString m_initialLanguage;
    QString m_initialDatabase;
    KioskSettings m_initialKiosk;
};

} // namespace huanjiao
