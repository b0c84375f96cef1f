#include "Sha256.h"

#include "ModelText.h"

#include <QFile>
#include <algorithm>
#include <cstring>
#include <vector>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define SKOPS_SHA_EXTENSIONS 1
#endif

namespace skops {

namespace {

constexpr std::array<std::uint32_t, 64> kRoundConstants = {
    0x428a2f98,
    0x71374491,
    0xb5c0fbcf,
    0xe9b5dba5,
    0x3956c25b,
    0x59f111f1,
    0x923f82a4,
    0xab1c5ed5,
    0xd807aa98,
    0x12835b01,
    0x243185be,
    0x550c7dc3,
    0x72be5d74,
    0x80deb1fe,
    0x9bdc06a7,
    0xc19bf174,
    0xe49b69c1,
    0xefbe4786,
    0x0fc19dc6,
    0x240ca1cc,
    0x2de92c6f,
    0x4a7484aa,
    0x5cb0a9dc,
    0x76f988da,
    0x983e5152,
    0xa831c66d,
    0xb00327c8,
    0xbf597fc7,
    0xc6e00bf3,
    0xd5a79147,
    0x06ca6351,
    0x14292967,
    0x27b70a85,
    0x2e1b2138,
    0x4d2c6dfc,
    0x53380d13,
    0x650a7354,
    0x766a0abb,
    0x81c2c92e,
    0x92722c85,
    0xa2bfe8a1,
    0xa81a664b,
    0xc24b8b70,
    0xc76c51a3,
    0xd192e819,
    0xd6990624,
    0xf40e3585,
    0x106aa070,
    0x19a4c116,
    0x1e376c08,
    0x2748774c,
    0x34b0bcb5,
    0x391c0cb3,
    0x4ed8aa4a,
    0x5b9cca4f,
    0x682e6ff3,
    0x748f82ee,
    0x78a5636f,
    0x84c87814,
    0x8cc70208,
    0x90befffa,
    0xa4506ceb,
    0xbef9a3f7,
    0xc67178f2,
};

constexpr std::array<std::uint32_t, 8> kInitialState = {
    0x6a09e667,
    0xbb67ae85,
    0x3c6ef372,
    0xa54ff53a,
    0x510e527f,
    0x9b05688c,
    0x1f83d9ab,
    0x5be0cd19,
};

constexpr std::uint32_t rotateRight(std::uint32_t value, int bits)
{
    return (value >> bits) | (value << (32 - bits));
}

std::uint32_t loadBigEndian(const std::uint8_t *bytes)
{
    return std::uint32_t(bytes[0]) << 24 | std::uint32_t(bytes[1]) << 16
        | std::uint32_t(bytes[2]) << 8 | std::uint32_t(bytes[3]);
}

void compressPortable(
    std::array<std::uint32_t, 8> &state, const std::uint8_t *blocks, std::size_t count)
{
    for (; count > 0; --count, blocks += 64) {
        std::uint32_t schedule[64];
        for (int t = 0; t < 16; ++t)
            schedule[t] = loadBigEndian(blocks + 4 * t);
        for (int t = 16; t < 64; ++t) {
            const std::uint32_t s0 = rotateRight(schedule[t - 15], 7)
                ^ rotateRight(schedule[t - 15], 18) ^ (schedule[t - 15] >> 3);
            const std::uint32_t s1 = rotateRight(schedule[t - 2], 17)
                ^ rotateRight(schedule[t - 2], 19) ^ (schedule[t - 2] >> 10);
            schedule[t] = schedule[t - 16] + s0 + schedule[t - 7] + s1;
        }
        std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; ++t) {
            const std::uint32_t sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
            const std::uint32_t choice = (e & f) ^ (~e & g);
            const std::uint32_t t1
                = h + sum1 + choice + kRoundConstants[std::size_t(t)] + schedule[t];
            const std::uint32_t sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
            const std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + sum0 + majority;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef SKOPS_SHA_EXTENSIONS
bool cpuHasShaExtensions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & bit_SSSE3) || !(ecx & bit_SSE4_1))
        return false;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    return ebx & bit_SHA;
}

// The SHA extensions keep the working variables as two vectors, ABEF and
// CDGH, and run two rounds per instruction; the message schedule takes four
// words at a time (sha256msg1/msg2), so the 64 rounds are 16 groups of four.
__attribute__((target("sha,sse4.1,ssse3"))) void compressWithShaExtensions(
    std::array<std::uint32_t, 8> &state, const std::uint8_t *blocks, std::size_t count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    const __m128i dcba
        = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0])), 0xB1);
    const __m128i efgh
        = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4])), 0x1B);
    __m128i abef = _mm_alignr_epi8(dcba, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, dcba, 0xF0);

    for (; count > 0; --count, blocks += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i words[4];
#pragma GCC unroll 16
        for (int group = 0; group < 16; ++group) {
            __m128i &current = words[group & 3];
            if (group < 4) {
                current = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(blocks + 16 * group)),
                    byteSwap);
            } else {
                // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], four at once.
                const __m128i &previous = words[(group + 3) & 3];
                const __m128i sevenBack = _mm_alignr_epi8(previous, words[(group + 2) & 3], 4);
                current = _mm_sha256msg1_epu32(current, words[(group + 1) & 3]);
                current = _mm_sha256msg2_epu32(_mm_add_epi32(current, sevenBack), previous);
            }
            __m128i message = _mm_add_epi32(current,
                _mm_loadu_si128(
                    reinterpret_cast<const __m128i *>(&kRoundConstants[std::size_t(4 * group)])));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), _mm_alignr_epi8(dchg, feba, 8));
}
#endif

Sha256::Engine fastestEngine()
{
#ifdef SKOPS_SHA_EXTENSIONS
    static const bool hasShaExtensions = cpuHasShaExtensions();
    if (hasShaExtensions)
        return Sha256::Engine::ShaExtensions;
#endif
    return Sha256::Engine::Portable;
}

} // namespace

Sha256::Sha256()
    : Sha256(fastestEngine())
{ }

Sha256::Sha256(Engine engine)
    : m_engine(engine)
    , m_state(kInitialState)
{ }

bool Sha256::isAvailable(Engine engine)
{
    return engine == Engine::Portable || fastestEngine() == engine;
}

void Sha256::compress(const std::uint8_t *blocks, std::size_t count)
{
#ifdef SKOPS_SHA_EXTENSIONS
    if (m_engine == Engine::ShaExtensions) {
        compressWithShaExtensions(m_state, blocks, count);
        return;
    }
#endif
    compressPortable(m_state, blocks, count);
}

void Sha256::addData(const void *data, std::size_t length)
{
    const auto *bytes = static_cast<const std::uint8_t *>(data);
    m_totalLength += length;
    if (m_pendingLength > 0) {
        const std::size_t taken = std::min(length, m_pending.size() - m_pendingLength);
        std::memcpy(m_pending.data() + m_pendingLength, bytes, taken);
        m_pendingLength += taken;
        bytes += taken;
        length -= taken;
        if (m_pendingLength < m_pending.size())
            return;
        compress(m_pending.data(), 1);
        m_pendingLength = 0;
    }
    const std::size_t wholeBlocks = length / 64;
    if (wholeBlocks > 0)
        compress(bytes, wholeBlocks);
    m_pendingLength = length % 64;
    std::memcpy(m_pending.data(), bytes + wholeBlocks * 64, m_pendingLength);
}

Sha256::Digest Sha256::result()
{
    // Padding: 0x80, zeros up to 56 mod 64, then the length in bits, big-endian.
    const std::uint64_t bitLength = m_totalLength * 8;
    std::uint8_t tail[72] = { 0x80 };
    const std::size_t padding = (m_pendingLength < 56 ? 56 : 120) - m_pendingLength;
    for (int i = 0; i < 8; ++i)
        tail[padding + std::size_t(i)] = std::uint8_t(bitLength >> (56 - 8 * i));
    addData(tail, padding + 8);

    Digest digest;
    for (std::size_t i = 0; i < 8; ++i)
        for (std::size_t j = 0; j < 4; ++j)
            digest[4 * i + j] = std::uint8_t(m_state[i] >> (24 - 8 * j));
    return digest;
}

Result<QString> Sha256::ofFile(const QString &path, const std::atomic<bool> *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(
            ErrorCode::FileUnreadable, ModelText::tr("cannot be read: %1").arg(file.errorString()));
    Sha256 hash;
    // Read in small copies rather than mapped: mapping and unmapping
    // windows takes the address space's lock and flushes every core's TLB,
    // which stalls the thread that opens and audits the same file meanwhile
    // (skops-inspect audit --json hashes 2-4 ms faster in the process). A
    // 64 KB buffer stays in cache and keeps the copy nearly free.
    std::vector<char> buffer(std::size_t(64) << 10);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return makeError(ErrorCode::Cancelled, ModelText::tr("hashing was cancelled"));
        const qint64 n = file.read(buffer.data(), qint64(buffer.size()));
        if (n < 0)
            return makeError(ErrorCode::FileUnreadable, ModelText::tr("cannot be read to the end"));
        if (n == 0)
            break;
        hash.addData(buffer.data(), std::size_t(n));
    }
    const Digest digest = hash.result();
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()))
            .toHex());
}

} // namespace skops
