#pragma once

// Shared by the fuzz targets: the libFuzzer entry point and helpers to cut an input into parts.
#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace orglens::fuzz {

// The input without copying it (valid during one LLVMFuzzerTestOneInput call).
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input split at the first `count - 1` occurrences of `separator`; the last part keeps the rest. Missing parts
// are empty, so every input maps to exactly `count` parts.
inline QList<QByteArray> splitInput(const QByteArray &input, char separator, int count)
{
    QList<QByteArray> parts;
    qsizetype start = 0;
    while (parts.size() < count - 1) {
        const qsizetype end = input.indexOf(separator, start);
        if (end < 0)
            break;
        parts << input.mid(start, end - start);
        start = end + 1;
    }
    parts << input.mid(start);
    while (parts.size() < count)
        parts << QByteArray();
    return parts;
}

// An invariant of the code under test: stops the fuzzer with a crash report when it does not hold (also in release
// builds, unlike Q_ASSERT).
inline void expect(bool condition)
{
    if (!condition)
        __builtin_trap();
}

inline QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace orglens::fuzz
