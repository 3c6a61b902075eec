// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ColorScheme.h"

#include <QObject>

#include <memory>
#include <optional>

class QDBusConnection;
class QDBusPendingCallWatcher;
class QDBusVariant;
class QThread;

namespace huanjiao {

// The desktop's light/dark preference, as the XDG desktop portal tells it
// (org.freedesktop.appearance color-scheme), followed while it changes.
// Qt 6.4 has no QStyleHints::colorScheme; Qt 6.5 reads the same setting.
//
// Nothing here blocks: start() connects to the session bus on a thread of
// its own, then subscribes and reads asynchronously. Without a session bus
// or a portal the scheme stays Unknown, silently.
class SystemColorScheme : public QObject
{
    Q_OBJECT

public:
    explicit SystemColorScheme(QObject *parent = nullptr);
    ~SystemColorScheme() override;

    void start();
    ColorScheme scheme() const { return m_scheme; }
    bool isStarted() const { return m_started; }
    // The first answer, or the lack of one, is in.
    bool isSettled() const { return m_settled; }

    // The portal's value (a uint 0 none, 1 dark, 2 light, wrapped in one or
    // two variants), or nothing for a value of any other type or range.
    static std::optional<ColorScheme> fromPortal(const QVariant &value);
    // A session bus address is set or its usual socket exists. Without one
    // libdbus would try to autolaunch a bus, which is slow and pointless here.
    static bool sessionBusConfigured();

signals:
    void schemeChanged(huanjiao::ColorScheme scheme);
    void settled();

private slots:
    void settingChanged(const QString &space, const QString &key, const QDBusVariant &value);

private:
    void connected();
    void readReplied(QDBusPendingCallWatcher *watcher);
    void setScheme(ColorScheme scheme);
    void settle();

    std::unique_ptr<QThread> m_connecting;
    // Written by m_connecting, read here once it has finished.
    std::unique_ptr<QDBusConnection> m_bus;
    ColorScheme m_scheme = ColorScheme::Unknown;
    bool m_started = false;
    bool m_settled = false;
    // A change signalled before the first read's reply is newer than that reply.
    bool m_changeSeen = false;
};

} // namespace huanjiao
