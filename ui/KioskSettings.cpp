#include "KioskSettings.h"

#include <QSettings>

namespace huanjiao {

KioskSettings KioskSettings::load(const QSettings &settings)
{
    KioskSettings kiosk;
    // Out-of-range values fall back to sensible bounds rather than locking
    // the kiosk into resetting every second or never.
    kiosk.idleTimeoutSeconds
        = qBound(15, settings.value(QStringLiteral("kiosk/idleTimeout"), kiosk.idleTimeoutSeconds).toInt(), 3600);
    kiosk.countdownSeconds
        = qBound(0, settings.value(QStringLiteral("kiosk/countdown"), kiosk.countdownSeconds).toInt(), 60);
    const QString printing = settings.value(QStringLiteral("kiosk/printing")).toString();
    kiosk.printing = printing == QLatin1String("off") ? Printing::Off : Printing::DefaultPrinter;
    kiosk.fontPointSize
        = qBound(10, settings.value(QStringLiteral("kiosk/fontSize"), kiosk.fontPointSize).toInt(), 36);
    return kiosk;
}

} // namespace huanjiao
