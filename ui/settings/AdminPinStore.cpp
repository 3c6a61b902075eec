// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminPinStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSettings>

#include <argon2.h>

#include <sys/stat.h>
#include <unistd.h>

namespace huanjiao {

namespace {
// Where earlier versions kept the PIN's PBKDF2 hash, in the settings file.
const QString kLegacySalt = QStringLiteral("kiosk/adminPinSalt");
const QString kLegacyHash = QStringLiteral("kiosk/adminPinHash");
const QString kLegacyIterations = QStringLiteral("kiosk/adminPinIterations");
const QString kFormat = QStringLiteral("huanjiao-admin-pin");
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// A file someone edited to ask for hours or gigabytes per try is not used.
constexpr quint32 kMostTimeCost = 64;
constexpr quint32 kMostMemoryKiB = 1024 * 1024;

// Compares in time that does not depend on where the first difference is.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// Owned by whoever runs the kiosk, and no one else may read or write it.
bool isPrivate(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return S_ISREG(info.st_mode) && info.st_uid == ::geteuid() && (info.st_mode & 077) == 0;
}

// Written whole or not at all, created 0600 before the first byte is in it.
bool writePrivate(const QString &path, const QByteArray &bytes, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // An old file's looser mode must not survive the rename.
    if (!isPrivate(path) && !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = QStringLiteral("cannot make the file private");
        return false;
    }
    return true;
}
} // namespace

AdminPinStore::AdminPinStore(QSettings &settings)
    : m_settings(settings)
{
    const QString folder = QFileInfo(settings.fileName()).absolutePath();
    m_pinFile = folder + QStringLiteral("/admin-pin");
    m_attemptsFile = folder + QStringLiteral("/admin-pin-attempts");
}

bool AdminPinStore::load(Stored *stored) const
{
    if (!isPrivate(m_pinFile))
        return false;
    QFile file(m_pinFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject json = QJsonDocument::fromJson(file.read(4096)).object();
    if (json.value(QStringLiteral("format")).toString() != kFormat
        || json.value(QStringLiteral("algorithm")).toString() != QLatin1String("argon2id"))
        return false;
    stored->timeCost = quint32(json.value(QStringLiteral("timeCost")).toInt());
    stored->memoryKiB = quint32(json.value(QStringLiteral("memoryKiB")).toInt());
    stored->parallelism = quint32(json.value(QStringLiteral("parallelism")).toInt());
    stored->salt = QByteArray::fromHex(json.value(QStringLiteral("salt")).toString().toLatin1());
    stored->hash = QByteArray::fromHex(json.value(QStringLiteral("hash")).toString().toLatin1());
    return stored->timeCost >= 1 && stored->timeCost <= kMostTimeCost && stored->memoryKiB >= 8
        && stored->memoryKiB <= kMostMemoryKiB && stored->parallelism >= 1 && stored->parallelism <= 16
        && stored->salt.size() >= 8 && stored->hash.size() == kHashBytes;
}

bool AdminPinStore::hasPin() const
{
    Stored stored;
    return load(&stored);
}

AdminPinStore::State AdminPinStore::state() const
{
    if (hasPin())
        return State::Set;
    if (QFileInfo::exists(m_pinFile) && !isPrivate(m_pinFile))
        return State::Exposed;
    return hasLegacyPin() ? State::Retired : State::None;
}

bool AdminPinStore::hasLegacyPin() const
{
    return !m_settings.value(kLegacyHash).toByteArray().isEmpty();
}

QString AdminPinStore::missingPinMessage() const
{
    switch (state()) {
    case State::Set:
        return {};
    case State::Exposed:
        return tr("The admin PIN file %1 can be read or changed by others, so it is not used. Set a new PIN with: "
                  "huanjiao --set-admin-pin")
            .arg(QDir::toNativeSeparators(m_pinFile));
    case State::Retired:
        return tr("The admin PIN was kept where every user of this computer could read it and no longer works. "
                  "Set a new PIN of at least %1 digits with: huanjiao --set-admin-pin")
            .arg(kMinLength);
    case State::None:
        break;
    }
    return tr("No admin PIN is set. Set one with: huanjiao --set-admin-pin");
}

QString AdminPinStore::problem(const QString &pin)
{
    if (pin.size() < kMinLength || pin.size() > kMaxLength)
        return tr("The admin PIN must have %1 to %2 digits.").arg(kMinLength).arg(kMaxLength);
    for (QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return tr("The admin PIN may only have the digits 0 to 9: the kiosk's PIN pad has nothing else.");
    }
    return {};
}

bool AdminPinStore::setPin(const QString &pin, QString *error)
{
    const QString why = problem(pin);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray hash = argon2id(pin.toUtf8(), salt, kTimeCost, kMemoryKiB, kParallelism);
    if (hash.isEmpty()) {
        if (error)
            *error = tr("The PIN could not be hashed (not enough memory?).");
        return false;
    }
    const QJsonObject json{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                           {QStringLiteral("version"), ARGON2_VERSION_NUMBER},
                           {QStringLiteral("timeCost"), int(kTimeCost)},
                           {QStringLiteral("memoryKiB"), int(kMemoryKiB)},
                           {QStringLiteral("parallelism"), int(kParallelism)},
                           {QStringLiteral("salt"), QString::fromLatin1(salt.toHex())},
                           {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())}};
    QString why2;
    if (!writePrivate(m_pinFile, QJsonDocument(json).toJson(), &why2)) {
        if (error)
            *error = tr("Cannot write the admin PIN file %1: %2.").arg(QDir::toNativeSeparators(m_pinFile), why2);
        return false;
    }
    if (hasLegacyPin()) {
        m_settings.remove(kLegacySalt);
        m_settings.remove(kLegacyHash);
        m_settings.remove(kLegacyIterations);
        m_settings.sync();
    }
    saveAttempts({});
    return true;
}

bool AdminPinStore::verify(const QString &pin) const
{
    Stored stored;
    if (!load(&stored) || !problem(pin).isEmpty())
        return false;
    const QByteArray hash = argon2id(pin.toUtf8(), stored.salt, stored.timeCost, stored.memoryKiB, stored.parallelism);
    return !hash.isEmpty() && sameBytes(hash, stored.hash);
}

AdminPinStore::Attempts AdminPinStore::attempts() const
{
    Attempts attempts;
    if (!isPrivate(m_attemptsFile))
        return attempts;
    QFile file(m_attemptsFile);
    if (!file.open(QIODevice::ReadOnly))
        return attempts;
    const QJsonObject json = QJsonDocument::fromJson(file.read(4096)).object();
    attempts.failures = qMax(0, json.value(QStringLiteral("failures")).toInt());
    attempts.nextTryUtcMs = qint64(json.value(QStringLiteral("nextTryUtcMs")).toDouble());
    return attempts;
}

bool AdminPinStore::saveAttempts(const Attempts &attempts) const
{
    const QJsonObject json{{QStringLiteral("failures"), attempts.failures},
                           {QStringLiteral("nextTryUtcMs"), double(attempts.nextTryUtcMs)}};
    return writePrivate(m_attemptsFile, QJsonDocument(json).toJson(QJsonDocument::Compact), nullptr);
}

QByteArray AdminPinStore::argon2id(const QByteArray &password, const QByteArray &salt, quint32 timeCost,
                                   quint32 memoryKiB, quint32 parallelism)
{
    QByteArray hash(kHashBytes, Qt::Uninitialized);
    const int result = argon2id_hash_raw(timeCost, memoryKiB, parallelism, password.constData(), size_t(password.size()),
                                         salt.constData(), size_t(salt.size()), hash.data(), size_t(hash.size()));
    return result == ARGON2_OK ? hash : QByteArray();
}

} // namespace huanjiao
