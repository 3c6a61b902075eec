// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QSettings;

namespace huanjiao {

// The kiosk's admin PIN, never kept as the PIN itself: an Argon2id hash
// (libargon2) with its salt and cost parameters beside it, in a file of its
// own, admin-pin, next to the settings file and readable by its owner only
// (0600). A file that others can read or that someone else owns is not used.
// Set with `huanjiao --set-admin-pin`.
//
// Earlier versions kept a PBKDF2 hash of a PIN of 4 or more digits in the
// settings file itself, which every user can read; such a PIN is no longer
// accepted (hasLegacyPin() says so, to tell people to set a new one).
//
// Wrong PINs in a row are kept beside it too (admin-pin-attempts, 0600), so
// the kiosk's growing wait between tries survives a restart.
class AdminPinStore
{
    Q_DECLARE_TR_FUNCTIONS(AdminPinStore)

public:
    static constexpr int kMinLength = 6;
    static constexpr int kMaxLength = 12;
    // Argon2id costs for new PINs: about a quarter of a second and 64 MiB a
    // try, so the million 6-digit PINs take days on one machine.
    static constexpr quint32 kTimeCost = 3;
    static constexpr quint32 kMemoryKiB = 64 * 1024;
    static constexpr quint32 kParallelism = 1;

    explicit AdminPinStore(QSettings &settings);

    QString pinFile() const { return m_pinFile; }
    QString attemptsFile() const { return m_attemptsFile; }

    // What the staff's Settings dialog tells about the PIN.
    enum class State {
        None,    // never set
        Set,     // a usable PIN
        Retired, // only an earlier version's PIN, which no longer unlocks the kiosk
        Exposed, // a PIN file others can read or change, so not used
    };
    State state() const;

    bool hasPin() const;
    // A PIN set by an earlier version (in the settings file, readable by
    // everyone); it no longer unlocks the kiosk.
    bool hasLegacyPin() const;
    // Why there is no usable PIN, for people (empty when there is one): none
    // set, an old one retired, or a PIN file others could read.
    QString missingPinMessage() const;
    // Digits only (the PIN pad has nothing else), kMinLength to kMaxLength of
    // them. Empty when the PIN is acceptable, else why not.
    static QString problem(const QString &pin);
    // Stores the PIN's hash with a new random salt; false (with *error) when
    // the PIN is not acceptable or the file cannot be written. An old PIN in
    // the settings file is removed.
    bool setPin(const QString &pin, QString *error = nullptr);
    bool verify(const QString &pin) const;

    struct Attempts
    {
        int failures = 0;
        qint64 nextTryUtcMs = 0; // wall clock, ms since the epoch
    };
    Attempts attempts() const;
    bool saveAttempts(const Attempts &attempts) const;

    static QByteArray argon2id(const QByteArray &password, const QByteArray &salt, quint32 timeCost,
                               quint32 memoryKiB, quint32 parallelism);

private:
    struct Stored
    {
        quint32 timeCost = 0;
        quint32 memoryKiB = 0;
        quint32 parallelism = 0;
        QByteArray salt;
        QByteArray hash;
    };
    // False when the file is missing, unreadable, malformed or not private.
    bool load(Stored *stored) const;
    bool filePrivate() const;

    QSettings &m_settings;
    QString m_pinFile;
    QString m_attemptsFile;
};

} // namespace huanjiao
