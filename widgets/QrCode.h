#pragma once

#include <QByteArray>
#include <QImage>

namespace orglens::widgets {

// `text` as a QR code (libqrencode, error correction level M), black on white, each module `moduleSize` pixels
// square (scaled nearest-neighbour, so edges stay sharp) with the 4-module quiet zone scanners need.
// A null image when the text cannot be encoded.
QImage qrCodeImage(const QByteArray &text, int moduleSize = 5);

} // namespace orglens::widgets
