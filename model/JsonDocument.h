#pragma once

#include "Limits.h"
#include "Result.h"

#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace skops {

// schema.json as skops writes and CPython reads it, in one flat arena:
// object member order is kept (it carries meaning for DictNode), a duplicate
// key keeps its first position with the last value, the non-standard
// NaN/Infinity/-Infinity literals are accepted, and integers of any width are
// kept exactly (as their text). Values are addressed by index; the document
// is immutable once parsed.
class JsonDocument
{
public:
    using Index = std::uint32_t;
    static constexpr Index npos = 0xFFFFFFFFu;

    enum class Type : std::uint8_t {
        Null,
        Boolean,
        Integer,     // fits in int64
        Unsigned,    // fits in uint64 but not int64
        BigInteger,  // wider than 64 bits; exact digits in text()
        Float,       // finite; the literal as written in text()
        NaN,
        Infinity,
        NegativeInfinity,
        String,
        Array,
        Object,
    };

    // Reads `text` as CPython's json.loads(bytes) does: the encoding is
    // told from its first four bytes as json.detect_encoding tells it, so
    // UTF-8 (a byte order mark dropped), UTF-16 and UTF-32 (either byte
    // order, with or without a byte order mark) are all accepted.
    //
    // UTF-8 is parsed in place, front to back (twice: a counting pass, then
    // the parse), and each stretch it is done with is handed to
    // `finishedWith`, in steps of a few hundred KB: a caller reading a file
    // mapping lets those pages go, so a large schema is never resident whole
    // next to its parsed arena. UTF-16 and UTF-32 are first decoded into an
    // owned UTF-8 copy (at most limits.maxSchemaBytes), in one pass that
    // hands `text` back in the same steps; the passes over the copy hand
    // nothing back. Either way `finishedWith` only ever sees stretches of
    // `text`, front to back.
    using FinishedWith = std::function<void(QByteArrayView)>;
    static Result<JsonDocument> parse(QByteArrayView text, const Limits &limits = Limits(),
        const std::atomic<bool> *cancel = nullptr, const FinishedWith &finishedWith = {});
    // JSON held in a Python str, as json.loads(str) reads it: a JsonNode's
    // content, or a value typed for one. `utf8` is the str's UTF-8; no
    // other encoding is looked for, and a leading byte order mark is
    // refused, as json.loads(str) refuses it.
    static Result<JsonDocument> parseText(QByteArrayView utf8, const Limits &limits = Limits());

    // How `parse` found its text stored. skops.io.dump writes UTF-8
    // without a byte order mark; anything else came from another program.
    enum class SourceEncoding { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE };
    SourceEncoding sourceEncoding() const { return m_sourceEncoding; }
    bool sourceHadByteOrderMark() const { return m_sourceHadByteOrderMark; }
    static QString encodingName(SourceEncoding encoding);

    Index root() const { return m_root; }
    std::size_t valueCount() const { return m_values.size(); }

    Type type(Index v) const { return m_values[v].type; }
    bool isObject(Index v) const { return v != npos && type(v) == Type::Object; }
    bool isArray(Index v) const { return v != npos && type(v) == Type::Array; }
    bool isString(Index v) const { return v != npos && type(v) == Type::String; }
    bool isNumber(Index v) const;

    bool boolean(Index v) const { return m_values[v].payload != 0; }
    std::int64_t integer(Index v) const { return static_cast<std::int64_t>(m_values[v].payload); }
    std::uint64_t unsignedInteger(Index v) const { return m_values[v].payload; }
    // The number as a double (integers rounded, NaN and infinities as such).
    double number(Index v) const;
    // String content (UTF-8), or the literal text of a Float/BigInteger.
    std::string_view text(Index v) const
    {
        const Value &value = m_values[v];
        const bool hasText = value.type == Type::String || value.type == Type::Float
                             || value.type == Type::BigInteger;
        return hasText ? std::string_view(m_strings).substr(value.first, value.count) : std::string_view();
    }
    QString qstring(Index v) const;

    // Arrays and objects: number of elements / members.
    std::uint32_t size(Index v) const { return m_values[v].count; }
    Index child(Index v, std::uint32_t i) const { return m_children[m_values[v].first + i]; }
    std::string_view key(Index object, std::uint32_t i) const
    {
        const KeyRef &k = m_keys[m_values[object].first + i];
        return std::string_view(m_strings).substr(k.offset, k.length);
    }
    Index member(Index object, std::string_view key) const;

    Index parent(Index v) const { return m_values[v].parent; }
    // The key (objects) or position (arrays) of v in its parent.
    std::uint32_t slot(Index v) const { return m_values[v].slot; }
    // RFC 6901 pointer of v, "" for the root, as the oracles write paths.
    QString pointer(Index v) const;
    // The value at an RFC 6901 pointer, or npos.
    Index resolve(const QString &pointer) const;

    // The value as compact JSON text, Python-style separators (", ", ": ").
    std::string serialize(Index v, int indent = -1) const;

private:
    friend class JsonParser;
    struct Value {
        Type type = Type::Null;
        std::uint32_t count = 0;   // elements, members, or string length
        Index parent = npos;
        std::uint32_t slot = 0;
        std::uint32_t first = 0;   // first child in m_children / first char in m_strings
        std::uint64_t payload = 0; // bool, int64, uint64 or double bits
    };
    struct KeyRef {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
    };
    void serializeInto(std::string &out, Index v, int indent, int level) const;

    std::vector<Value> m_values;
    std::vector<Index> m_children;
    std::vector<KeyRef> m_keys; // parallel to m_children; used for object members
    std::string m_strings;
    Index m_root = npos;
    SourceEncoding m_sourceEncoding = SourceEncoding::Utf8;
    bool m_sourceHadByteOrderMark = false;
};

} // namespace skops
