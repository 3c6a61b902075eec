#pragma once

#include <QByteArray>
#include <QImage>

namespace huanjiao {

// A QR code made with libqrencode, as a one-bit image: one pixel per module
// plus the four-module quiet zone scanners need. Scale it without smoothing.
class QrCode
{
public:
    // A null image when the text does not fit in a QR code.
    static QImage image(const QByteArray &text);
};

} // namespace huanjiao
