// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskSettings.h"

#include <QSettings>

namespace huanjiao {

namespace {
const QString kIdleTimeout = QStringLiteral("kiosk/idleTimeout");
const QString kCountdown = QStringLiteral("kiosk/countdown");
const QString kPrinting = QStringLiteral("kiosk/printing");
const QString kFontSize = QStringLiteral("kiosk/fontSize");
const QString kLargePrint = QStringLiteral("kiosk/largePrint");
const QString kPrintingOff = QStringLiteral("off");
const QString kPrintingDefault = QStringLiteral("default-printer");

// A value that is no number at all keeps the default (rather than becoming 0).
int number(const QSettings &settings, const QString &key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? value : fallback;
}
} // namespace

KioskSettings KioskSettings::load(const QSettings &settings)
{
    KioskSettings kiosk;
    kiosk.idleTimeoutSeconds = number(settings, kIdleTimeout, kiosk.idleTimeoutSeconds);
    kiosk.countdownSeconds = number(settings, kCountdown, kiosk.countdownSeconds);
    kiosk.printing = settings.value(kPrinting).toString() == kPrintingOff ? Printing::Off : Printing::DefaultPrinter;
    kiosk.fontPointSize = number(settings, kFontSize, kiosk.fontPointSize);
    kiosk.largePrint = settings.value(kLargePrint, kiosk.largePrint).toBool();
    return kiosk.bounded();
}

void KioskSettings::save(QSettings &settings) const
{
    const KioskSettings kiosk = bounded();
    settings.setValue(kIdleTimeout, kiosk.idleTimeoutSeconds);
    settings.setValue(kCountdown, kiosk.countdownSeconds);
    settings.setValue(kPrinting, kiosk.printing == Printing::Off ? kPrintingOff : kPrintingDefault);
    settings.setValue(kFontSize, kiosk.fontPointSize);
    settings.setValue(kLargePrint, kiosk.largePrint);
}

KioskSettings KioskSettings::bounded() const
{
    KioskSettings kiosk = *this;
    kiosk.idleTimeoutSeconds = qBound(kMinIdleTimeout, idleTimeoutSeconds, kMaxIdleTimeout);
    kiosk.countdownSeconds = qBound(kMinCountdown, countdownSeconds, kMaxCountdown);
    kiosk.fontPointSize = qBound(kMinFontSize, fontPointSize, kMaxFontSize);
    return kiosk;
}

} // namespace huanjiao
