#pragma once

#include <QtGlobal>

#include <cstring>

// Integers as .npy data stores them: 1 to 8 bytes, either byte order.
namespace skops::raw {

inline quint64 readUnsigned(const char *p, int size, bool bigEndian)
{
    if (size == 8 && bigEndian == (Q_BYTE_ORDER == Q_BIG_ENDIAN)) {
        quint64 value = 0; // the native layout: one load
        std::memcpy(&value, p, 8);
        return value;
    }
    quint64 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<unsigned char>(p[bigEndian ? i : size - 1 - i]);
    return value;
}

inline qint64 readSigned(const char *p, int size, bool bigEndian)
{
    const int unusedBits = 64 - 8 * size;
    return qint64(readUnsigned(p, size, bigEndian) << unusedBits) >> unusedBits;
}

} // namespace skops::raw
