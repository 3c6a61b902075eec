// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminPinStore.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSettings>

namespace huanjiao {

namespace {
const QString kSalt = QStringLiteral("kiosk/adminPinSalt");
const QString kHash = QStringLiteral("kiosk/adminPinHash");
const QString kIterationsKey = QStringLiteral("kiosk/adminPinIterations");
constexpr int kSaltBytes = 16;

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
} // namespace

AdminPinStore::AdminPinStore(QSettings &settings)
    : m_settings(settings)
{
}

bool AdminPinStore::hasPin() const
{
    return !m_settings.value(kHash).toByteArray().isEmpty() && !m_settings.value(kSalt).toByteArray().isEmpty();
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
    m_settings.setValue(kSalt, salt.toHex());
    m_settings.setValue(kIterationsKey, kIterations);
    m_settings.setValue(kHash, pbkdf2Sha256(pin.toUtf8(), salt, kIterations).toHex());
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        if (error)
            *error = tr("Cannot write the settings file %1.").arg(m_settings.fileName());
        return false;
    }
    return true;
}

bool AdminPinStore::verify(const QString &pin) const
{
    if (!hasPin())
        return false;
    const QByteArray salt = QByteArray::fromHex(m_settings.value(kSalt).toByteArray());
    const QByteArray hash = QByteArray::fromHex(m_settings.value(kHash).toByteArray());
    const int iterations = qMax(1, m_settings.value(kIterationsKey, kIterations).toInt());
    return sameBytes(pbkdf2Sha256(pin.toUtf8(), salt, iterations), hash);
}

QByteArray AdminPinStore::pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations)
{
    // One block: T1 = U1 ^ U2 ^ ... ^ Uc, U1 = HMAC(P, S || INT(1)), Ui = HMAC(P, Ui-1).
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt);
    mac.addData(QByteArray("\x00\x00\x00\x01", 4));
    QByteArray u = mac.result();
    QByteArray t = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype j = 0; j < t.size(); ++j)
            t[j] = char(t.at(j) ^ u.at(j));
    }
    return t;
}

} // namespace huanjiao
