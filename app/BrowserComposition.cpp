// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowserComposition.h"

#include "BrowserWindow.h"
#include "ContentDatabase.h"
#include "ContentManagerLauncher.h"
#include "HandoutActions.h"
#include "KioskController.h"
#include "ReadAloud.h"
#include "SearchService.h"
#include "WindowExposure.h"
#include "WindowPlacement.h"

namespace huanjiao {

BrowserComposition::BrowserComposition(const QString &path, const ContentDatabase &database,
                                       const WindowProfile &profile, QSettings &settings)
    : m_profile(profile)
    , m_repository(database.database())
    , m_pages(m_repository, database.info())
    , m_search(std::make_unique<SearchService>(path))
    , m_window(std::make_unique<BrowserWindow>(m_repository, m_pages, *m_search))
{
    if (m_profile.userStore)
        m_window->setUserStore(m_profile.userStore);
    if (!m_profile.kiosk) {
        // A desktop window is quit from its menu and comes back where it was left.
        // Clinic staff reach the content manager from the desktop window, never from a kiosk.
        new ContentManagerLauncher(m_window->handouts()->fileMenu(), m_window.get());
        m_window->addQuitAction();
        new WindowPlacement(m_window.get(), m_window->splitter());
    }
    if (m_profile.kiosk)
        m_kiosk = std::make_unique<KioskController>(m_window.get(), m_repository, *m_profile.kiosk, settings);
}

BrowserComposition::~BrowserComposition()
{
    // In the reverse order of construction: each part refers to the ones before it.
    m_kiosk.reset();
    m_window.reset();
    m_search.reset();
}

void BrowserComposition::show(const QUrl &openUrl)
{
    if (!openUrl.isEmpty())
        m_window->openUrl(openUrl);
    if (m_kiosk)
        m_kiosk->start();
    else
        m_window->show();
    // Not needed for the first frame: read aloud starts its engine on a
    // thread of its own and shows its controls once a voice is ready.
    WindowExposure::whenExposed(m_window.get(), m_window.get(), [this] { startReadAloud(); });
}

void BrowserComposition::startReadAloud()
{
    if (m_readAloud)
        return;
    m_readAloud = new ReadAloud(m_window->documents(), m_window.get(), m_window->viewMenu(), m_profile.speechEngine);
    if (!m_kiosk)
        return;
    // A visitor's reading stops with the visit; its toolbar is the kiosk's size.
    m_kiosk->addVisitorState(m_readAloud);
    QObject::connect(m_readAloud, &ReadAloud::availabilityKnown, m_kiosk.get(), [this](bool available) {
        if (available && m_readAloud && m_readAloud->toolBar())
            m_kiosk->adoptToolBar(m_readAloud->toolBar());
    });
}

} // namespace huanjiao
