// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskSession.h"

#include "ClinicPublisher.h"
#include "KioskController.h"

#include <QDir>
#include <QFileInfo>

namespace huanjiao {

KioskSession::KioskSession(const QString &path, std::unique_ptr<ContentDatabase> database, const KioskSettings &kiosk,
                           QSettings &settings, QObject *parent,
                           const std::optional<ClinicPaths> &awaitedClinic)
    : QObject(parent)
    , m_path(path)
    , m_kiosk(kiosk)
    , m_settings(settings)
    , m_reloader(std::make_unique<ContentDatabaseReloader>(path))
    , m_database(std::move(database))
{
    if (awaitedClinic && QFileInfo(awaitedClinic->published).absoluteFilePath() != QFileInfo(path).absoluteFilePath()) {
        m_awaitedClinic = awaitedClinic;
        // Its folder is watched for the file to appear; a user's data folder may not be there yet.
        QDir().mkpath(QFileInfo(awaitedClinic->published).absolutePath());
        m_firstPublish = std::make_unique<ContentDatabaseReloader>(awaitedClinic->published);
        // Published before this session started watching: looked at once now.
        m_firstPublish->check();
    }
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
    std::unique_ptr<ContentDatabase> update;
    if (m_reloader->hasUpdate()) {
        update = m_reloader->takeUpdate();
    } else if (m_firstPublish && m_firstPublish->hasUpdate() && ClinicPublisher::isCurrent(*m_awaitedClinic)) {
        // A file left from before an upgrade of the base is not taken; the next publish is.
        // The clinic's first publish: from now on its file is the one followed.
        update = m_firstPublish->takeUpdate();
        m_reloader = std::move(m_firstPublish);
        m_path = m_reloader->path();
    }
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
