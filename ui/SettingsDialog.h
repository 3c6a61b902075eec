#pragma once

#include "InterfaceSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace huanjiao {

// The reader's preferences: interface language, type size, theme and the
// content database; the clinic's handout details open their own dialog.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const InterfaceSettings &settings, QWidget *parent = nullptr);

    InterfaceSettings settings() const;
    // Closes only with a database path that exists (or none).
    void accept() override;
    QString problem() const;

signals:
    // The handout details are kept by whoever owns them.
    void handoutSettingsRequested();

private:
    void chooseDatabase();

    QComboBox *m_language;
    QSpinBox *m_zoom;
    QComboBox *m_theme;
    QLineEdit *m_database;
    QLabel *m_restartNote;
    QLabel *m_problem;
    QString m_initialLanguage;
    QString m_initialDatabase;
};

} // namespace huanjiao
