// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskSession.h"

#include "KioskController.h"

namespace huanjiao {

KioskSession::KioskSession(const QString &path, std::unique_ptr<ContentDatabase> database, const KioskSettings &kiosk,
                           QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_kiosk(kiosk)
    , m_settings(settings)
    , m_reloader(path)
    , m_database(std::move(database))
{
    build();
}

KioskSession::~KioskSession()
{
    m_window.reset(); // before the database it reads
}

void KioskSession::build()
{
    m_window = std::make_unique<BrowserComposition>(m_path, *m_database, WindowProfile::kioskMode(m_kiosk), m_settings);
    connect(controller(), &KioskController::exitRequested, this, &KioskSession::exitRequested);
    // Not from within the reset itself: the window it works on is replaced.
    connect(controller(), &KioskController::resetDone, this, &KioskSession::switchIfUpdated, Qt::QueuedConnection);
}

void KioskSession::start(const QUrl &openUrl)
{
    m_window->show(openUrl);
}

void KioskSession::switchIfUpdated()
{
    if (!m_reloader.hasUpdate())
        return;
    std::unique_ptr<ContentDatabase> update = m_reloader.takeUpdate();
    if (!update)
        return;
    // Between two visitors, so a moment with no window shows nobody anything.
    m_window.reset();
    m_database = std::move(update);
    // What staff set behind the PIN since the start.
    m_kiosk = KioskSettings::load(m_settings);
    build();
    m_window->show();
    emit contentSwitched();
}

} // namespace huanjiao
