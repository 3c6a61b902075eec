#include "KioskSession.h"

#include "BrowserWindow.h"
#include "KioskController.h"
#include "SearchService.h"

#include <QTimer>

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
    tearDown();
}

void KioskSession::build()
{
    m_repository.emplace(m_database->database());
    m_pages.emplace(*m_repository, m_database->info());
    m_search = std::make_unique<SearchService>(m_path);
    m_window = std::make_unique<BrowserWindow>(*m_repository, *m_pages, *m_search);
    m_controller = std::make_unique<KioskController>(m_window.get(), *m_repository, m_kiosk, m_settings);
    connect(m_controller.get(), &KioskController::exitRequested, this, &KioskSession::exitRequested);
    // Not from within the reset itself: the window it works on is replaced.
    connect(m_controller.get(), &KioskController::resetDone, this, &KioskSession::switchIfUpdated,
            Qt::QueuedConnection);
}

void KioskSession::tearDown()
{
    // In the reverse order of build(): each part refers to the ones before it.
    m_controller.reset();
    m_window.reset();
    m_search.reset();
    m_pages.reset();
    m_repository.reset();
}

void KioskSession::start(const QUrl &openUrl)
{
    if (!openUrl.isEmpty())
        m_window->openUrl(openUrl);
    m_controller->start();
}

void KioskSession::switchIfUpdated()
{
    if (!m_reloader.hasUpdate())
        return;
    std::unique_ptr<ContentDatabase> update = m_reloader.takeUpdate();
    if (!update)
        return;
    // Between two visitors, so a moment with no window shows nobody anything.
    tearDown();
    m_database = std::move(update);
    build();
    m_controller->start();
    emit contentSwitched();
}

} // namespace huanjiao
