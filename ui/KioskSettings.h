#pragma once

class QSettings;

namespace huanjiao {

// How a clinic sets up its kiosk, in the [kiosk] group of the settings file
// (documented in huanjiao(1)). Reading them writes nothing.
struct KioskSettings
{
    enum class Printing { DefaultPrinter, Off };

    int idleTimeoutSeconds = 120; // with no touch, then the countdown
    int countdownSeconds = 10;
    Printing printing = Printing::DefaultPrinter;
    int fontPointSize = 15; // larger type than the desk; the pages scale with it

    static KioskSettings load(const QSettings &settings);
};

} // namespace huanjiao
