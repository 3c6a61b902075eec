// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>

namespace huanjiao {

// A QR code made with libqrencode, as a one-bit image with the four-module
// quiet zone scanners need. Each module is `moduleSize` pixels square, so
// that viewers and printers that smooth scaled images keep the edges sharp.
class QrCode
{
public:
    // A null image when the text does not fit in a QR code.
    static QImage image(const QByteArray &text, int moduleSize = 1);
};

} // namespace huanjiao
