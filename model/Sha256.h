#pragma once

#include "Result.h"

#include <QString>
#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>

namespace skops {

// SHA-256 (FIPS 180-4), for the file hash that the audit reports, the File
// facts and the Python snippet carry. On x86 CPUs with the SHA extensions the
// blocks go through them (about nine times as fast as Qt's portable code);
// elsewhere a portable implementation runs. Nothing else of a crypto
// library is needed.
class Sha256
{
public:
    enum class Engine { Portable, ShaExtensions };
    using Digest = std::array<std::uint8_t, 32>;

    // The fastest engine this CPU runs.
    Sha256();
    // A given engine; the caller checks isAvailable() first.
    explicit Sha256(Engine engine);

    static bool isAvailable(Engine engine);

    void addData(const void *data, std::size_t length);
    // Finishes the hash; the object is then spent.
    Digest result();

    // Lowercase hex SHA-256 of a whole file, or of what a pipe delivers,
    // read through one small buffer. `cancel` stops early.
    static Result<QString> ofFile(const QString &path, const std::atomic<bool> *cancel = nullptr);

private:
    void compress(const std::uint8_t *blocks, std::size_t count);

    Engine m_engine;
    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_pending {};
    std::size_t m_pendingLength = 0;
    std::uint64_t m_totalLength = 0;
};

} // namespace skops
