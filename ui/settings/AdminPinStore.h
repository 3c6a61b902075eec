// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QSettings;

namespace huanjiao {

// The kiosk's admin PIN, kept in QSettings as a salted PBKDF2-HMAC-SHA256
// hash, never as the PIN itself. Set with `huanjiao --set-admin-pin`.
//
// Qt's own PBKDF2 (QPasswordDigestor) lives in QtNetwork, which nothing else
// here needs; QMessageAuthenticationCode in QtCore gives HMAC-SHA256, and
// PBKDF2 on top of it is a few lines (RFC 8018, one 32-byte block).
class AdminPinStore
{
    Q_DECLARE_TR_FUNCTIONS(AdminPinStore)

public:
    static constexpr int kMinLength = 4;
    static constexpr int kMaxLength = 12;
    static constexpr int kIterations = 100000;

    explicit AdminPinStore(QSettings &settings);

    bool hasPin() const;
    // Digits only (the PIN pad has nothing else), kMinLength to kMaxLength of
    // them. Empty when the PIN is acceptable, else why not.
    static QString problem(const QString &pin);
    // Stores the PIN's hash with a new random salt; false (with *error) when
    // the PIN is not acceptable or the settings cannot be written.
    bool setPin(const QString &pin, QString *error = nullptr);
    bool verify(const QString &pin) const;

    static QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations);

private:
    QSettings &m_settings;
};

} // namespace huanjiao
