// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemColorScheme.h"

#include "DesktopPortal.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace huanjiao {

namespace {
using namespace DesktopPortal;
// A portal that is D-Bus activated can take a moment to answer the first call.
constexpr int kReadTimeoutMs = 10000;
} // namespace

SystemColorScheme::SystemColorScheme(QObject *parent)
    : QObject(parent)
{
}

SystemColorScheme::~SystemColorScheme()
{
    // The thread only waits for the bus connection; it cannot be cut short.
    if (m_connecting)
        m_connecting->wait();
}

bool SystemColorScheme::sessionBusConfigured()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus")));
}

void SystemColorScheme::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!sessionBusConfigured()) {
        settle();
        return;
    }
    // Connecting (and the Hello call behind it) blocks for some milliseconds,
    // longer if the bus is slow: not on the UI thread.
    // A named connection of our own rather than QDBusConnection::sessionBus():
    // Qt starts that one with incoming delivery suspended, to be resumed by an
    // event loop of the thread that made it, and this thread has none.
    m_connecting.reset(QThread::create([this] {
        m_bus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("huanjiao-color-scheme")));
    }));
    connect(m_connecting.get(), &QThread::finished, this, &SystemColorScheme::connected);
    m_connecting->start();
}

void SystemColorScheme::connected()
{
    if (!m_bus || !m_bus->isConnected()) {
        settle();
        return;
    }
    // No service name in the match: with one, QtDBus would ask the bus for
    // its owner synchronously. Path, interface and the first two arguments
    // narrow it to the portal's appearance setting.
    // QtDBus finds the slot's argument types by name, and Qt knows a type's
    // name only once it is registered; until then the connection fails.
    qRegisterMetaType<QDBusVariant>();
    m_bus->connect(QString(), kPath, kInterface, QStringLiteral("SettingChanged"), {kNamespace, kKey},
                   QStringLiteral("ssv"), this, SLOT(settingChanged(QString, QString, QDBusVariant)));
    // Read, not ReadOne: every portal version has it (ReadOne came with
    // version 2); fromPortal() unwraps its extra variant.
    QDBusMessage read = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Read"));
    read << kNamespace << kKey;
    auto *watcher = new QDBusPendingCallWatcher(m_bus->asyncCall(read, kReadTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &SystemColorScheme::readReplied);
}

void SystemColorScheme::readReplied(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    // An error (no portal, no such setting) leaves the scheme Unknown: the
    // platform's palette stands, which is all the app could do anyway.
    const QDBusMessage reply = watcher->reply();
    if (reply.type() == QDBusMessage::ReplyMessage && !m_changeSeen && !reply.arguments().isEmpty()) {
        if (const auto scheme = fromPortal(reply.arguments().constFirst()))
            setScheme(*scheme);
    }
    settle();
}

void SystemColorScheme::settingChanged(const QString &space, const QString &key, const QDBusVariant &value)
{
    if (space != kNamespace || key != kKey)
        return;
    if (const auto scheme = fromPortal(QVariant::fromValue(value))) {
        m_changeSeen = true;
        setScheme(*scheme);
    }
}

std::optional<ColorScheme> SystemColorScheme::fromPortal(const QVariant &value)
{
    QVariant v = value;
    // Read wraps the value in a second variant; ReadOne and SettingChanged in one.
    for (int depth = 0; depth < 2 && v.metaType() == QMetaType::fromType<QDBusVariant>(); ++depth)
        v = v.value<QDBusVariant>().variant();
    if (v.metaType() != QMetaType::fromType<uint>())
        return std::nullopt;
    switch (v.toUInt()) {
    case 0: return ColorScheme::NoPreference;
    case 1: return ColorScheme::Dark;
    case 2: return ColorScheme::Light;
    default: return std::nullopt;
    }
}

void SystemColorScheme::setScheme(ColorScheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    emit schemeChanged(scheme);
}

void SystemColorScheme::settle()
{
    if (m_settled)
        return;
    m_settled = true;
    emit settled();
}

} // namespace huanjiao
