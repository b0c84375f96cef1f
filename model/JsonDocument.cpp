#include "JsonDocument.h"
#include "ModelText.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <unordered_map>

namespace skops {

namespace {

// Eight bytes at a time ("SWAR"): schema.json is mostly indentation and
// plain ASCII names, which these let the parser skip a word at a time.
constexpr std::uint64_t kOnes = 0x0101010101010101u;
constexpr std::uint64_t kHighBits = 0x8080808080808080u;
constexpr std::uint64_t kLowBits = 0x7F7F7F7F7F7F7F7Fu;

// How far a pass gets before it hands back what lies behind it.
constexpr qsizetype kFinishedStep = qsizetype(256) << 10;

std::uint64_t load8(const char *p)
{
    std::uint64_t v = 0;
    std::memcpy(&v, p, 8);
    return v;
}

// The high bit of each byte of v that equals c, and no other bit.
std::uint64_t bytesEqual(std::uint64_t v, char c)
{
    const std::uint64_t t = v ^ (kOnes * static_cast<unsigned char>(c));
    return ~(((t & kLowBits) + kLowBits) | t | kLowBits);
}

// Whether any byte of v would end a run of plain string text: a quote, a
// backslash, a control character or a non-ASCII byte.
bool endsPlainText(std::uint64_t v)
{
    const std::uint64_t below0x20 = (v - kOnes * 0x20) & ~v & kHighBits;
    return (bytesEqual(v, '"') | bytesEqual(v, '\\') | below0x20 | (v & kHighBits)) != 0;
}

// How many bytes are ',', '[' or '{'.
std::size_t countSeparators(QByteArrayView text)
{
    const char *at = text.data();
    const char *end = at + text.size();
    std::size_t count = 0;
    for (; end - at >= 8; at += 8) {
        const std::uint64_t v = load8(at);
        const std::uint64_t hits = bytesEqual(v, ',') | bytesEqual(v, '[') | bytesEqual(v, '{');
        count += std::size_t(((hits >> 7) * kOnes) >> 56); // sums the bytes: no popcnt needed
    }
    for (; at != end; ++at)
        count += (*at == ',') | (*at == '[') | (*at == '{');
    return count;
}

// The codec CPython's json.loads(bytes) decodes with, as
// json.detect_encoding picks it from the first four bytes.
struct TextEncoding
{
    int unitBytes = 1; // 1: UTF-8, 2: UTF-16, 4: UTF-32
    bool bigEndian = false;
    int bomBytes = 0; // the byte order mark the codec drops
};

bool hasPrefix(QByteArrayView text, const char *prefix, qsizetype length)
{
    return text.size() >= length && std::memcmp(text.data(), prefix, std::size_t(length)) == 0;
}

TextEncoding detectEncoding(QByteArrayView text)
{
    // The UTF-32-LE mark FF FE 00 00 starts with the UTF-16-LE mark FF FE:
    // UTF-32 is tested first, as CPython does.
    if (hasPrefix(text, "\x00\x00\xFE\xFF", 4))
        return { 4, true, 4 };
    if (hasPrefix(text, "\xFF\xFE\x00\x00", 4))
        return { 4, false, 4 };
    if (hasPrefix(text, "\xFE\xFF", 2))
        return { 2, true, 2 };
    if (hasPrefix(text, "\xFF\xFE", 2))
        return { 2, false, 2 };
    if (hasPrefix(text, "\xEF\xBB\xBF", 3))
        return { 1, false, 3 }; // utf-8-sig
    const auto *b = reinterpret_cast<const unsigned char *>(text.data());
    if (text.size() >= 4) {
        if (b[0] == 0) // 00 00 -- --: UTF-32-BE, 00 XX -- --: UTF-16-BE
            return { b[1] ? 2 : 4, true, 0 };
        if (b[1] == 0) // XX 00 00 00: UTF-32-LE, XX 00 XX -- or XX 00 00 XX: UTF-16-LE
            return { (b[2] || b[3]) ? 2 : 4, false, 0 };
    } else if (text.size() == 2) {
        if (b[0] == 0)
            return { 2, true, 0 };
        if (b[1] == 0)
            return { 2, false, 0 };
    }
    return {};
}

JsonDocument::SourceEncoding sourceEncodingOf(const TextEncoding &encoding)
{
    using Source = JsonDocument::SourceEncoding;
    switch (encoding.unitBytes) {
    case 2:
        return encoding.bigEndian ? Source::Utf16BE : Source::Utf16LE;
    case 4:
        return encoding.bigEndian ? Source::Utf32BE : Source::Utf32LE;
    default:
        return Source::Utf8;
    }
}

QString encodingName(const TextEncoding &encoding)
{
    return JsonDocument::encodingName(sourceEncodingOf(encoding));
}

// UTF-16 or UTF-32 text decoded into UTF-8 that the parser reads in place.
struct Utf8Copy
{
    std::unique_ptr<char[]> data;
    qsizetype size = 0;
};

template<int UnitBytes, bool BigEndian> char32_t loadUnit(const unsigned char *p)
{
    if constexpr (UnitBytes == 2)
        return BigEndian ? char32_t(p[0] << 8 | p[1]) : char32_t(p[1] << 8 | p[0]);
    else if constexpr (BigEndian)
        return char32_t(p[0]) << 24 | char32_t(p[1]) << 16 | char32_t(p[2]) << 8 | p[3];
    else
        return char32_t(p[3]) << 24 | char32_t(p[2]) << 16 | char32_t(p[1]) << 8 | p[0];
}

// Decodes `text` (whose first `encoding.bomBytes` are its byte order mark)
// as CPython's codec does, in one pass, handing `text` back in steps. The
// copy is allocated once: UTF-32 never grows in UTF-8 (at most 4 bytes for
// 4), UTF-16 at most 3 bytes for 2 (a BMP character; a surrogate pair is 4
// for 4), and the buffer is cut at limits.maxSchemaBytes, which the decoded
// text must not pass either. Only the pages written to become resident.
//
// CPython decodes with 'surrogatepass', so a lone surrogate (an unpaired
// UTF-16 unit, or any UTF-32 unit in D800-DFFF, which Python never pairs)
// reaches its str and may load. Our text is UTF-8, which cannot hold one:
// it is refused here, as the parser refuses one in a \u escape.
template<int UnitBytes, bool BigEndian>
Result<Utf8Copy> decodeUnits(QByteArrayView text, const TextEncoding &encoding,
    const Limits &limits, const std::atomic<bool> *cancel,
    const JsonDocument::FinishedWith &finishedWith, qsizetype step)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = begin + text.size();
    const auto *at = begin + encoding.bomBytes;
    const auto error
        = [&](const QString &message) { return makeError(ErrorCode::InvalidJson, message); };
    const auto position = [&](const unsigned char *p) { return qint64(p - begin); };
    const auto loneSurrogate = [&](char32_t cp, const unsigned char *p) {
        const QString name
            = QStringLiteral("U+%1").arg(uint(cp), 4, 16, QLatin1Char('0')).toUpper();
        return error((cp <= 0xDBFF
                ? ModelText::tr("schema.json is not valid %1 (byte %2): lone high surrogate %3")
                : ModelText::tr("schema.json is not valid %1 (byte %2): lone low surrogate %3"))
                         .arg(encodingName(encoding))
                         .arg(position(p))
                         .arg(name));
    };
    if (const qsizetype rest = (end - at) % UnitBytes; rest != 0)
        return error(
            ModelText::tr("schema.json is not valid %1 (byte %2): truncated data, its length "
                          "is not a multiple of %3 bytes")
                .arg(encodingName(encoding))
                .arg(position(end - rest))
                .arg(UnitBytes));

    const quint64 units = quint64(end - at) / UnitBytes;
    const quint64 bound = units * (UnitBytes == 2 ? 3 : 4);
    const auto capacity = qsizetype(std::min(bound, limits.maxSchemaBytes));
    Utf8Copy copy;
    copy.data = std::make_unique_for_overwrite<char[]>(std::size_t(capacity));
    char *out = copy.data.get();
    char *const outEnd = out + capacity;

    const unsigned char *handedUpTo = begin;
    while (at != end) {
        const unsigned char *stepEnd = at + std::min<qsizetype>(step, end - at);
        while (at < stepEnd) {
            const unsigned char *const unitAt = at;
            char32_t cp = loadUnit<UnitBytes, BigEndian>(at);
            at += UnitBytes;
            if constexpr (UnitBytes == 2) {
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    const char32_t low = end - at >= 2 ? loadUnit<2, BigEndian>(at) : 0;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return loneSurrogate(cp, unitAt);
                    at += 2;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return loneSurrogate(cp, unitAt);
                }
            } else {
                if (cp > 0x10FFFF)
                    return error(
                        ModelText::tr("schema.json is not valid %1 (byte %2): %3 is not a code "
                                      "point, the last one is U+10FFFF")
                            .arg(encodingName(encoding))
                            .arg(position(unitAt))
                            .arg(QStringLiteral("0x%1").arg(uint(cp), 8, 16, QLatin1Char('0'))));
                if (cp >= 0xD800 && cp <= 0xDFFF)
                    return loneSurrogate(cp, unitAt);
            }
            const int length = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (outEnd - out < length)
                return makeError(ErrorCode::SchemaTooLarge,
                    ModelText::tr("schema.json takes more than %1 bytes once decoded from %2 to "
                                  "UTF-8, the limit")
                        .arg(limits.maxSchemaBytes)
                        .arg(encodingName(encoding)));
            switch (length) {
            case 1:
                *out++ = char(cp);
                break;
            case 2:
                *out++ = char(0xC0 | (cp >> 6));
                *out++ = char(0x80 | (cp & 0x3F));
                break;
            case 3:
                *out++ = char(0xE0 | (cp >> 12));
                *out++ = char(0x80 | ((cp >> 6) & 0x3F));
                *out++ = char(0x80 | (cp & 0x3F));
                break;
            default:
                *out++ = char(0xF0 | (cp >> 18));
                *out++ = char(0x80 | ((cp >> 12) & 0x3F));
                *out++ = char(0x80 | ((cp >> 6) & 0x3F));
                *out++ = char(0x80 | (cp & 0x3F));
            }
        }
        if (cancel && cancel->load(std::memory_order_relaxed))
            return makeError(ErrorCode::Cancelled, ModelText::tr("opening was cancelled"));
        if (finishedWith) {
            finishedWith(
                QByteArrayView(reinterpret_cast<const char *>(handedUpTo), at - handedUpTo));
            handedUpTo = at;
        }
    }
    if (finishedWith && handedUpTo != end) // only a byte order mark
        finishedWith(QByteArrayView(reinterpret_cast<const char *>(handedUpTo), end - handedUpTo));
    copy.size = out - copy.data.get();
    return copy;
}

Result<Utf8Copy> decodeToUtf8(QByteArrayView text, const TextEncoding &encoding,
    const Limits &limits, const std::atomic<bool> *cancel,
    const JsonDocument::FinishedWith &finishedWith, qsizetype step)
{
    if (encoding.unitBytes == 2)
        return encoding.bigEndian
            ? decodeUnits<2, true>(text, encoding, limits, cancel, finishedWith, step)
            : decodeUnits<2, false>(text, encoding, limits, cancel, finishedWith, step);
    return encoding.bigEndian
        ? decodeUnits<4, true>(text, encoding, limits, cancel, finishedWith, step)
        : decodeUnits<4, false>(text, encoding, limits, cancel, finishedWith, step);
}

} // namespace

// A one-pass parser straight into the arena, for the JSON CPython's json
// module reads: NaN, Infinity and -Infinity are literals, integers of any
// width are kept exactly, invalid UTF-8 and lone surrogates are refused.
// (CPython lets a lone surrogate through: its json module keeps one from
// a \u escape, and json.loads(bytes) decodes with 'surrogatepass', so one
// encoded in UTF-8, UTF-16 or UTF-32 passes too. Our strings are UTF-8,
// which cannot hold one: such a file stays refused, with a message that
// names the surrogate.) Iterative (an explicit stack), so nesting depth
// costs no C++ stack.
class JsonParser
{
public:
    using Index = JsonDocument::Index;
    using Type = JsonDocument::Type;

    // `text` is UTF-8: schema.json after its byte order mark
    // (`positionBase` bytes), or its UTF-8 copy when it was UTF-16
    // (`sourceUnitBytes` 2) or UTF-32 (4); error positions count bytes of
    // schema.json as stored.
    JsonParser(JsonDocument &doc, QByteArrayView text, const Limits &limits,
        const std::atomic<bool> *cancel, const JsonDocument::FinishedWith &finishedWith,
        qsizetype positionBase, int sourceUnitBytes)
        : m_doc(doc)
        , m_begin(text.data())
        , m_at(text.data())
        , m_end(text.data() + text.size())
        , m_limits(limits)
        , m_cancel(cancel)
        , m_finishedWith(finishedWith)
        , m_finishedUpTo(text.data())
        , m_positionBase(positionBase)
        , m_sourceUnitBytes(sourceUnitBytes)
    {
    }

    static Result<JsonDocument> parse(QByteArrayView utf8, const Limits &limits,
        const std::atomic<bool> *cancel, const JsonDocument::FinishedWith &finishedWith,
        qsizetype positionBase, int sourceUnitBytes);

    bool run()
    {
        bool needValue = true;
        for (;;) {
            skipSpace();
            if (needValue) {
                if (!value(&needValue))
                    return false;
                continue;
            }
            if (m_frames.empty())
                break;
            if (m_at == m_end)
                return syntaxError("unexpected end of input");
            const bool object = m_frames.back().object;
            const char c = *m_at++;
            if (c == (object ? '}' : ']')) {
                close();
                continue;
            }
            if (c != ',')
                return syntaxError(object ? "expected ',' or '}'" : "expected ',' or ']'");
            skipSpace();
            if (object && !key())
                return false;
            needValue = true;
        }
        if (m_at != m_end)
            return syntaxError("unexpected text after the end of the document");
        return true;
    }

    const Error &error() const { return m_error; }

    void handBackRest()
    {
        if (m_finishedWith && m_end > m_finishedUpTo)
            m_finishedWith(QByteArrayView(m_finishedUpTo, m_end - m_finishedUpTo));
    }

private:
    struct Frame {
        Index value = 0;
        bool object = false;
        std::size_t firstPending = 0;   // its children in m_pendingChildren / m_pendingKeys
        std::int64_t replaceAt = -1;    // a repeated key: the slot its value replaces
        std::unique_ptr<std::unordered_map<std::string_view, std::size_t>> keyIndex;
        const char *keyIndexBase = nullptr; // m_strings' buffer when keyIndex was built
    };

    bool fail(ErrorCode code, const QString &message)
    {
        m_error = makeError(code, message);
        return false;
    }

    bool syntaxError(const char *what)
    {
        return fail(ErrorCode::InvalidJson,
            ModelText::tr("schema.json is not valid JSON (byte %1): %2")
                .arg(position())
                .arg(QString::fromLatin1(what)));
    }

    // Where m_at is in schema.json as stored. A UTF-8 copy of UTF-16 text
    // is counted back unit by unit (a 4-byte sequence was a surrogate
    // pair); this runs only for an error.
    qint64 position() const
    {
        if (m_sourceUnitBytes == 0)
            return m_positionBase + (m_at - m_begin);
        qint64 units = 0;
        for (const char *p = m_begin; p != m_at; ++p) {
            const auto c = static_cast<unsigned char>(*p);
            if ((c & 0xC0) != 0x80)
                units += (c >= 0xF0 && m_sourceUnitBytes == 2) ? 2 : 1;
        }
        return m_positionBase + units * m_sourceUnitBytes;
    }

    void skipSpace()
    {
        // Indentation comes after a line break: retry the word-wide skip
        // after every byte.
        for (;;) {
            while (m_end - m_at >= 8 && load8(m_at) == kOnes * ' ')
                m_at += 8;
            if (m_at == m_end || !(*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
                return;
            ++m_at;
        }
    }

    bool literal(std::string_view word)
    {
        if (std::size_t(m_end - m_at) < word.size() || std::memcmp(m_at, word.data(), word.size()) != 0)
            return false;
        m_at += word.size();
        return true;
    }

    // One value at m_at. An array or object is opened and left on the
    // stack; `needValue` then says whether its first element follows.
    bool value(bool *needValue)
    {
        *needValue = false;
        if (m_at == m_end)
            return syntaxError("unexpected end of input");
        switch (*m_at) {
        case '{':
        case '[': {
            const bool object = *m_at == '{';
            ++m_at;
            if (int(m_frames.size()) >= m_limits.maxJsonDepth)
                return fail(ErrorCode::TooDeep,
                            ModelText::tr("schema.json is nested more than %1 levels deep, the limit")
                                .arg(m_limits.maxJsonDepth));
            if (!add(object ? Type::Object : Type::Array, 0))
                return false;
            Frame frame;
            frame.value = Index(m_doc.m_values.size() - 1);
            frame.object = object;
            frame.firstPending = m_pendingChildren.size();
            m_frames.push_back(std::move(frame));
            skipSpace();
            if (m_at != m_end && *m_at == (object ? '}' : ']')) {
                ++m_at;
                close();
                return true;
            }
            *needValue = true;
            return object ? key() : true;
        }
        case '"': {
            std::uint32_t offset = 0;
            std::uint32_t length = 0;
            if (!string(&offset, &length) || !add(Type::String, 0))
                return false;
            setText(offset, length);
            return true;
        }
        case 't':
            return literal("true") ? add(Type::Boolean, 1) : syntaxError("invalid literal");
        case 'f':
            return literal("false") ? add(Type::Boolean, 0) : syntaxError("invalid literal");
        case 'n':
            return literal("null") ? add(Type::Null, 0) : syntaxError("invalid literal");
        case 'N':
            return literal("NaN") ? add(Type::NaN, 0) : syntaxError("invalid literal");
        case 'I':
            return literal("Infinity") ? add(Type::Infinity, 0) : syntaxError("invalid literal");
        case '-':
            if (literal("-Infinity"))
                return add(Type::NegativeInfinity, 0);
            return number();
        default:
            if (*m_at >= '0' && *m_at <= '9')
                return number();
            return syntaxError("unexpected character");
        }
    }

    // `"key" :` inside an object, ready for the value.
    bool key()
    {
        if (m_at == m_end || *m_at != '"')
            return syntaxError("expected a string as object key");
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
        if (!string(&offset, &length))
            return false;
        skipSpace();
        if (m_at == m_end || *m_at != ':')
            return syntaxError("expected ':' after an object key");
        ++m_at;
        skipSpace();

        Frame &frame = m_frames.back();
        frame.replaceAt = -1;
        const std::string_view name(m_doc.m_strings.data() + offset, length);
        const std::size_t count = m_pendingKeys.size() - frame.firstPending;
        // Duplicate keys: CPython keeps the first position and the last value.
        const auto keyAt = [&](std::size_t i) {
            const JsonDocument::KeyRef &k = m_pendingKeys[frame.firstPending + i];
            return std::string_view(m_doc.m_strings.data() + k.offset, k.length);
        };
        std::int64_t repeated = -1;
        if (count <= 8) {
            for (std::size_t i = 0; i < count && repeated < 0; ++i) {
                if (keyAt(i) == name)
                    repeated = std::int64_t(i);
            }
        } else {
            if (!frame.keyIndex)
                frame.keyIndex = std::make_unique<std::unordered_map<std::string_view, std::size_t>>();
            rebuildKeyIndex(frame, count);
            const auto it = frame.keyIndex->find(name);
            if (it != frame.keyIndex->end())
                repeated = std::int64_t(it->second);
        }
        if (repeated >= 0) {
            frame.replaceAt = repeated;
            m_doc.m_strings.resize(offset); // the first spelling is kept
            return true;
        }
        m_pendingKeys.push_back({offset, length});
        return true;
    }

    // The index of a large object's keys: views into m_strings, rebuilt
    // whenever its buffer moved.
    void rebuildKeyIndex(Frame &frame, std::size_t count)
    {
        auto &index = *frame.keyIndex;
        const char *base = m_doc.m_strings.data();
        if (index.size() + 1 == count && frame.keyIndexBase == base) {
            const JsonDocument::KeyRef &k = m_pendingKeys[frame.firstPending + count - 1];
            index.emplace(std::string_view(base + k.offset, k.length), count - 1);
            return;
        }
        index.clear();
        for (std::size_t i = 0; i < count; ++i) {
            const JsonDocument::KeyRef &k = m_pendingKeys[frame.firstPending + i];
            index.emplace(std::string_view(base + k.offset, k.length), i);
        }
        frame.keyIndexBase = base;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(unsigned *out)
    {
        if (m_end - m_at < 4)
            return syntaxError("incomplete \\u escape");
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(m_at[i]);
            if (d < 0)
                return syntaxError("invalid \\u escape");
            v = v * 16 + unsigned(d);
        }
        m_at += 4;
        *out = v;
        return true;
    }

    void appendUtf8(unsigned cp)
    {
        std::string &out = m_doc.m_strings;
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    // Length of the valid UTF-8 sequence at p (a byte >= 0x80), or 0.
    static int utf8Sequence(const unsigned char *p, const unsigned char *end)
    {
        const unsigned char c = p[0];
        int n = 0;
        unsigned cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            cp = c & 0x07;
        } else {
            return 0;
        }
        if (end - p < n)
            return 0;
        for (int i = 1; i < n; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return 0;
        return n;
    }

    // A string at m_at (the opening quote), unescaped onto m_doc.m_strings.
    bool string(std::uint32_t *offset, std::uint32_t *length)
    {
        ++m_at;
        std::string &out = m_doc.m_strings;
        *offset = std::uint32_t(out.size());
        for (;;) {
            // Copy the longest run of plain ASCII in one go.
            const char *run = m_at;
            while (m_end - m_at >= 8 && !endsPlainText(load8(m_at)))
                m_at += 8;
            while (m_at != m_end) {
                const auto c = static_cast<unsigned char>(*m_at);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                    break;
                ++m_at;
            }
            out.append(run, std::size_t(m_at - run));
            if (m_at == m_end)
                return syntaxError("unterminated string");
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"') {
                ++m_at;
                break;
            }
            if (c < 0x20)
                return syntaxError("control character inside a string");
            if (c >= 0x80) {
                const int n = utf8Sequence(reinterpret_cast<const unsigned char *>(m_at),
                                           reinterpret_cast<const unsigned char *>(m_end));
                if (n == 0)
                    return syntaxError("invalid UTF-8");
                out.append(m_at, std::size_t(n));
                m_at += n;
                continue;
            }
            // A backslash escape.
            ++m_at;
            if (m_at == m_end)
                return syntaxError("unterminated string");
            const char e = *m_at++;
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(&cp))
                    return false;
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    return syntaxError("lone low surrogate in a \\u escape");
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned low = 0;
                    if (m_end - m_at < 2 || m_at[0] != '\\' || m_at[1] != 'u')
                        return syntaxError("lone high surrogate in a \\u escape");
                    m_at += 2;
                    if (!hex4(&low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return syntaxError("high surrogate not followed by a low one");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(cp);
                break;
            }
            default:
                return syntaxError("invalid escape in a string");
            }
        }
        if (out.size() > 0xFFFFFFFFu)
            return fail(ErrorCode::SchemaTooLarge, ModelText::tr("schema.json holds too much text"));
        *length = std::uint32_t(out.size() - *offset);
        return true;
    }

    bool number()
    {
        const char *start = m_at;
        const bool negative = *m_at == '-';
        if (negative)
            ++m_at;
        if (m_at == m_end || *m_at < '0' || *m_at > '9')
            return syntaxError("invalid number");
        if (*m_at == '0') {
            ++m_at;
        } else {
            while (m_at != m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
        }
        const char *integerEnd = m_at;
        bool integral = true;
        if (m_at != m_end && *m_at == '.') {
            integral = false;
            ++m_at;
            if (m_at == m_end || *m_at < '0' || *m_at > '9')
                return syntaxError("invalid number: digits must follow '.'");
            while (m_at != m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
        }
        if (m_at != m_end && (*m_at == 'e' || *m_at == 'E')) {
            integral = false;
            ++m_at;
            if (m_at != m_end && (*m_at == '+' || *m_at == '-'))
                ++m_at;
            if (m_at == m_end || *m_at < '0' || *m_at > '9')
                return syntaxError("invalid number: digits must follow the exponent");
            while (m_at != m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
        }
        if (integral) {
            // Magnitude first; it fits in 64 bits up to 19 digits for sure.
            const char *digits = start + (negative ? 1 : 0);
            std::uint64_t magnitude = 0;
            const auto [end, ec] = std::from_chars(digits, integerEnd, magnitude);
            if (ec == std::errc() && end == integerEnd) {
                if (!negative)
                    return add(magnitude > std::uint64_t(INT64_MAX) ? Type::Unsigned : Type::Integer, magnitude);
                if (magnitude <= std::uint64_t(INT64_MAX) + 1)
                    return add(Type::Integer, std::uint64_t(0) - magnitude);
            }
        }
        double d = 0;
        const auto [end, ec] = std::from_chars(start, m_at, d);
        if (ec == std::errc::result_out_of_range) {
            // Underflow rounds to zero as in CPython; overflow is refused
            // for floats and kept as text for wide integers.
            d = std::strtod(std::string(start, m_at).c_str(), nullptr);
            if (!std::isfinite(d) && !integral)
                return syntaxError("number out of range");
        } else if (ec != std::errc() || end != m_at) {
            return syntaxError("invalid number");
        }
        std::uint64_t bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        if (!add(integral ? Type::BigInteger : Type::Float, bits))
            return false;
        const auto offset = std::uint32_t(m_doc.m_strings.size());
        m_doc.m_strings.append(start, std::size_t(m_at - start));
        setText(offset, std::uint32_t(m_at - start));
        return true;
    }

    void setText(std::uint32_t offset, std::uint32_t length)
    {
        JsonDocument::Value &v = m_doc.m_values.back();
        v.first = offset;
        v.count = length;
    }

    bool add(Type type, std::uint64_t payload)
    {
        if (m_cancel && (m_doc.m_values.size() & 0xFFFF) == 0 && m_cancel->load(std::memory_order_relaxed))
            return fail(ErrorCode::Cancelled, ModelText::tr("opening was cancelled"));
        // Nothing behind the value starting here is read again: keys and
        // strings were copied into the arena.
        if (m_finishedWith && m_at - m_finishedUpTo >= kFinishedStep) {
            m_finishedWith(QByteArrayView(m_finishedUpTo, m_at - m_finishedUpTo));
            m_finishedUpTo = m_at;
        }
        if (m_doc.m_values.size() >= m_limits.maxJsonValues)
            return fail(ErrorCode::SchemaTooLarge, ModelText::tr("schema.json holds more than %1 values, the limit")
                                                      .arg(m_limits.maxJsonValues));
        const auto index = Index(m_doc.m_values.size());
        JsonDocument::Value value;
        value.type = type;
        value.payload = payload;
        m_doc.m_values.push_back(value);
        if (m_frames.empty()) {
            m_doc.m_root = index;
            return true;
        }
        Frame &frame = m_frames.back();
        if (frame.replaceAt >= 0) {
            m_pendingChildren[frame.firstPending + std::size_t(frame.replaceAt)] = index;
            frame.replaceAt = -1;
        } else {
            m_pendingChildren.push_back(index);
            if (!frame.object)
                m_pendingKeys.push_back({});
        }
        return true;
    }

    void close()
    {
        Frame &frame = m_frames.back();
        JsonDocument::Value &value = m_doc.m_values[frame.value];
        const std::size_t count = m_pendingChildren.size() - frame.firstPending;
        value.first = std::uint32_t(m_doc.m_children.size());
        value.count = std::uint32_t(count);
        for (std::size_t i = 0; i < count; ++i) {
            const Index child = m_pendingChildren[frame.firstPending + i];
            JsonDocument::Value &c = m_doc.m_values[child];
            c.parent = frame.value;
            c.slot = std::uint32_t(i);
            m_doc.m_children.push_back(child);
            m_doc.m_keys.push_back(m_pendingKeys[frame.firstPending + i]);
        }
        m_pendingChildren.resize(frame.firstPending);
        m_pendingKeys.resize(frame.firstPending);
        m_frames.pop_back();
    }

    JsonDocument &m_doc;
    const char *m_begin;
    const char *m_at;
    const char *m_end;
    Limits m_limits;
    const std::atomic<bool> *m_cancel;
    const JsonDocument::FinishedWith &m_finishedWith;
    const char *m_finishedUpTo;
    qsizetype m_positionBase;
    int m_sourceUnitBytes;
    std::vector<Frame> m_frames;
    std::vector<Index> m_pendingChildren;
    std::vector<JsonDocument::KeyRef> m_pendingKeys;
    Error m_error;
};

Result<JsonDocument> JsonDocument::parse(QByteArrayView text, const Limits &limits,
    const std::atomic<bool> *cancel, const FinishedWith &finishedWith)
{
    if (quint64(text.size()) > limits.maxSchemaBytes)
        return makeError(ErrorCode::SchemaTooLarge,
            ModelText::tr("schema.json has %1 bytes, more than the limit of %2")
                .arg(text.size())
                .arg(limits.maxSchemaBytes));
    // Four bytes decide; UTF-8, the usual case, is parsed where it lies.
    const TextEncoding encoding = detectEncoding(text);
    Result<JsonDocument> doc = [&]() -> Result<JsonDocument> {
        if (encoding.unitBytes == 1)
            return JsonParser::parse(
                text.sliced(encoding.bomBytes), limits, cancel, finishedWith, encoding.bomBytes, 0);
        const Result<Utf8Copy> copy
            = decodeToUtf8(text, encoding, limits, cancel, finishedWith, kFinishedStep);
        if (!copy.ok())
            return copy.error();
        // All of `text` was handed back while it was decoded. The copy is
        // our own memory, not the caller's: nothing of it is handed back.
        return JsonParser::parse(QByteArrayView(copy.value().data.get(), copy.value().size),
            limits, cancel, {}, encoding.bomBytes, encoding.unitBytes);
    }();
    if (doc.ok()) {
        doc.value().m_sourceEncoding = sourceEncodingOf(encoding);
        doc.value().m_sourceHadByteOrderMark = encoding.bomBytes != 0;
    }
    return doc;
}

QString JsonDocument::encodingName(SourceEncoding encoding)
{
    switch (encoding) {
    case SourceEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case SourceEncoding::Utf16LE:
        return QStringLiteral("UTF-16-LE");
    case SourceEncoding::Utf16BE:
        return QStringLiteral("UTF-16-BE");
    case SourceEncoding::Utf32LE:
        return QStringLiteral("UTF-32-LE");
    case SourceEncoding::Utf32BE:
        return QStringLiteral("UTF-32-BE");
    }
    return QString();
}

Result<JsonDocument> JsonParser::parse(QByteArrayView utf8, const Limits &limits,
    const std::atomic<bool> *cancel, const JsonDocument::FinishedWith &finishedWith,
    qsizetype positionBase, int sourceUnitBytes)
{
    JsonDocument doc;
    // Every value but the root follows a '[', '{' or ',': counting those
    // bytes (commas inside strings too) bounds the value count, so the
    // arrays are allocated once, never regrown and copied. Unescaped text
    // is never longer than its source.
    std::size_t bound = 1;
    for (qsizetype at = 0; at < utf8.size(); at += kFinishedStep) {
        const QByteArrayView step = utf8.sliced(at, std::min(kFinishedStep, utf8.size() - at));
        bound += countSeparators(step);
        if (finishedWith)
            finishedWith(step);
    }
    doc.m_values.reserve(bound);
    doc.m_children.reserve(bound);
    doc.m_keys.reserve(bound);
    doc.m_strings.reserve(std::size_t(utf8.size()));
    JsonParser parser(doc, utf8, limits, cancel, finishedWith, positionBase, sourceUnitBytes);
    if (!parser.run())
        return parser.error();
    parser.handBackRest();
    return doc;
}

Result<JsonDocument> JsonDocument::parseText(QByteArrayView utf8, const Limits &limits)
{
    if (quint64(utf8.size()) > limits.maxSchemaBytes)
        return makeError(ErrorCode::SchemaTooLarge,
            ModelText::tr("schema.json has %1 bytes, more than the limit of %2")
                .arg(utf8.size())
                .arg(limits.maxSchemaBytes));
    return JsonParser::parse(utf8, limits, nullptr, {}, 0, 0);
}

bool JsonDocument::isNumber(Index v) const
{
    switch (type(v)) {
    case Type::Integer:
    case Type::Unsigned:
    case Type::BigInteger:
    case Type::Float:
    case Type::NaN:
    case Type::Infinity:
    case Type::NegativeInfinity:
        return true;
    default:
        return false;
    }
}

double JsonDocument::number(Index v) const
{
    const Value &value = m_values[v];
    switch (value.type) {
    case Type::Integer:
        return double(std::int64_t(value.payload));
    case Type::Unsigned:
        return double(value.payload);
    case Type::BigInteger:
    case Type::Float: {
        double d = 0;
        std::memcpy(&d, &value.payload, sizeof d);
        return d;
    }
    case Type::NaN:
        return std::nan("");
    case Type::Infinity:
        return HUGE_VAL;
    case Type::NegativeInfinity:
        return -HUGE_VAL;
    case Type::Boolean:
        return value.payload ? 1.0 : 0.0;
    default:
        return 0.0;
    }
}

QString JsonDocument::qstring(Index v) const
{
    const std::string_view t = text(v);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

JsonDocument::Index JsonDocument::member(Index object, std::string_view name) const
{
    if (!isObject(object))
        return npos;
    const std::uint32_t n = size(object);
    for (std::uint32_t i = 0; i < n; ++i) {
        if (key(object, i) == name)
            return child(object, i);
    }
    return npos;
}

QString JsonDocument::pointer(Index v) const
{
    // Collected leaf-first in UTF-8, then reversed segment by segment: one
    // conversion to QString per pointer instead of one per step.
    std::vector<Index> steps;
    for (Index at = v; at != npos && parent(at) != npos; at = parent(at))
        steps.push_back(at);
    std::string utf8;
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        const Index p = parent(*it);
        utf8 += '/';
        if (type(p) == Type::Object) {
            for (const char c : key(p, slot(*it))) {
                if (c == '~')
                    utf8 += "~0";
                else if (c == '/')
                    utf8 += "~1";
                else
                    utf8 += c;
            }
        } else {
            char digits[16];
            const auto end = std::to_chars(digits, digits + sizeof digits, slot(*it));
            utf8.append(digits, end.ptr);
        }
    }
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

JsonDocument::Index JsonDocument::resolve(const QString &path) const
{
    Index at = m_root;
    if (path.isEmpty())
        return at;
    if (!path.startsWith(QLatin1Char('/')))
        return npos;
    const QStringList parts = path.mid(1).split(QLatin1Char('/'));
    for (QString part : parts) {
        part.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (isObject(at)) {
            at = member(at, part.toStdString());
        } else if (isArray(at)) {
            bool ok = false;
            const uint i = part.toUInt(&ok);
            at = (ok && i < size(at)) ? child(at, i) : npos;
        } else {
            return npos;
        }
        if (at == npos)
            return npos;
    }
    return at;
}

namespace {

void appendJsonString(std::string &out, std::string_view s)
{
    out += '"';
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

std::string JsonDocument::serialize(Index v, int indent) const
{
    std::string out;
    serializeInto(out, v, indent, 0);
    return out;
}

void JsonDocument::serializeInto(std::string &out, Index v, int indent, int level) const
{
    const auto newline = [&](int depth) {
        if (indent >= 0) {
            out += '\n';
            out.append(std::size_t(indent * depth), ' ');
        }
    };
    const Value &value = m_values[v];
    switch (value.type) {
    case Type::Null:
        out += "null";
        break;
    case Type::Boolean:
        out += value.payload ? "true" : "false";
        break;
    case Type::Integer:
        out += std::to_string(std::int64_t(value.payload));
        break;
    case Type::Unsigned:
        out += std::to_string(value.payload);
        break;
    case Type::BigInteger:
    case Type::Float:
        out += text(v);
        break;
    case Type::NaN:
        out += "NaN";
        break;
    case Type::Infinity:
        out += "Infinity";
        break;
    case Type::NegativeInfinity:
        out += "-Infinity";
        break;
    case Type::String:
        appendJsonString(out, text(v));
        break;
    case Type::Array:
    case Type::Object: {
        const bool object = value.type == Type::Object;
        out += object ? '{' : '[';
        for (std::uint32_t i = 0; i < value.count; ++i) {
            if (i > 0)
                out += indent >= 0 ? "," : ", ";
            newline(level + 1);
            if (object) {
                appendJsonString(out, key(v, i));
                out += ": ";
            }
            serializeInto(out, child(v, i), indent, level + 1);
        }
        if (value.count > 0)
            newline(level);
        out += object ? '}' : ']';
        break;
    }
    }
}

} // namespace skops
