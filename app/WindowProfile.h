// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KioskSettings.h"

#include <QString>

#include <optional>

namespace huanjiao {

class UserStore;

// What one mode of the window differs in; everything else is the same window
// (BrowserComposition). A feature added to the window reaches both modes
// unless a profile turns it off here, on purpose.
struct WindowProfile
{
    // Kiosk mode: full screen and locked (KioskController), and every part
    // that keeps something of a visitor is reset between visitors.
    std::optional<KioskSettings> kiosk;
    // Bookmarks and recently viewed pages. None in kiosk mode: a kiosk keeps
    // nothing of one visitor for the next. Must outlive the window.
    UserStore *userStore = nullptr;
    // The TextToSpeech engine read aloud uses; empty for the system's default.
    QString speechEngine;

    static WindowProfile desktop(UserStore *store)
    {
        WindowProfile profile;
        profile.userStore = store;
        return profile;
    }
    static WindowProfile kioskMode(const KioskSettings &settings)
    {
        WindowProfile profile;
        profile.kiosk = settings;
        return profile;
    }
};

} // namespace huanjiao
