#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace orglens::widgets {

QImage qrCodeImage(const QByteArray &text, int moduleSize)
{
    constexpr int QuietZone = 4; // modules, ISO/IEC 18004
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || text.isEmpty())
        return {};
    const int size = code->width + 2 * QuietZone;
    QImage modules(size, size, QImage::Format_Grayscale8);
    modules.fill(Qt::white);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1) // bit 0: dark module
                modules.setPixel(x + QuietZone, y + QuietZone, qRgb(0, 0, 0));
    return modules.scaled(size * moduleSize, size * moduleSize, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

} // namespace orglens::widgets
