// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSettings;

namespace huanjiao {

// How a clinic sets up its kiosk, in the [kiosk] group of the settings file
// (documented in huanjiao(1)). Reading them writes nothing. The settings
// dialog writes them with save(); the kiosk reads them when it starts.
struct KioskSettings
{
    enum class Printing { DefaultPrinter, Off };

    // Bounds keep a hand-edited file from locking the kiosk into resetting
    // every second or never; load() and save() both hold to them.
    static constexpr int kMinIdleTimeout = 15;
    static constexpr int kMaxIdleTimeout = 3600;
    static constexpr int kMinCountdown = 0;
    static constexpr int kMaxCountdown = 60;
    static constexpr int kMinFontSize = 10;
    static constexpr int kMaxFontSize = 36;

    int idleTimeoutSeconds = 120; // with no touch, then the countdown
    int countdownSeconds = 10;
    Printing printing = Printing::DefaultPrinter;
    int fontPointSize = 15; // larger type than the desk; the pages scale with it
    // What a visitor takes home: the one-page summary, in large print unless
    // the clinic prefers the ordinary size.
    bool largePrint = true;

    static KioskSettings load(const QSettings &settings);
    // Writes every value, each brought within its bounds.
    void save(QSettings &settings) const;
    KioskSettings bounded() const;
};

} // namespace huanjiao
