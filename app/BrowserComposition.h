// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageSource.h"
#include "ReadAloud.h"
#include "Repository.h"
#include "WindowProfile.h"

#include <QPointer>
#include <QUrl>

#include <memory>

class QSettings;

namespace huanjiao {

class BrowserWindow;
class ContentDatabase;
class KioskController;
class SearchService;

// The one way a window is put together, desktop and kiosk alike: content,
// search, the window and its parts, read aloud; then what the profile adds
// (the kiosk's lock-down and reset, the desktop's bookmarks).
class BrowserComposition
{
public:
    // `database` (opened from `path`) and `settings` (the admin PIN) must
    // outlive the composition.
    BrowserComposition(const QString &path, const ContentDatabase &database, const WindowProfile &profile,
                       QSettings &settings);
    ~BrowserComposition();
    BrowserComposition(const BrowserComposition &) = delete;
    BrowserComposition &operator=(const BrowserComposition &) = delete;

    // Shows the window (full screen in kiosk mode) with `openUrl` if given;
    // read aloud starts once the window is on screen.
    void show(const QUrl &openUrl = {});

    BrowserWindow *window() const { return m_window.get(); }
    // Null on the desktop.
    KioskController *kiosk() const { return m_kiosk.get(); }
    // Null until the window has been on screen.
    ReadAloud *readAloud() const { return m_readAloud; }

private:
    void startReadAloud();

    WindowProfile m_profile;
    Repository m_repository;
    PageSource m_pages;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<BrowserWindow> m_window;
    std::unique_ptr<KioskController> m_kiosk;
    QPointer<ReadAloud> m_readAloud;
};

} // namespace huanjiao
