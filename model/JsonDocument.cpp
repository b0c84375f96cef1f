#include "JsonDocument.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <unordered_map>

namespace skops {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("skops", text);
}

// CPython's json accepts NaN, Infinity and -Infinity as bare literals; the
// nlohmann lexer does not. They are replaced by the number 0 before parsing,
// and recognised again by their position among all number tokens.
struct SpecialNumber {
    std::uint64_t ordinal;
    JsonDocument::Type type;
};

bool startsWith(QByteArrayView text, qsizetype at, const char *word)
{
    const qsizetype n = qsizetype(std::strlen(word));
    return at + n <= text.size() && std::memcmp(text.data() + at, word, size_t(n)) == 0;
}

std::vector<SpecialNumber> findSpecialNumbers(QByteArrayView text, QByteArray *rewritten)
{
    std::vector<SpecialNumber> specials;
    std::vector<std::pair<qsizetype, qsizetype>> ranges;
    std::uint64_t ordinal = 0;
    const qsizetype n = text.size();
    const char *s = text.data();
    for (qsizetype i = 0; i < n;) {
        const char c = s[i];
        if (c == '"') {
            ++i;
            while (i < n && s[i] != '"')
                i += (s[i] == '\\') ? 2 : 1;
            ++i;
        } else if (c == 'N' && startsWith(text, i, "NaN")) {
            specials.push_back({ordinal++, JsonDocument::Type::NaN});
            ranges.emplace_back(i, 3);
            i += 3;
        } else if (c == 'I' && startsWith(text, i, "Infinity")) {
            specials.push_back({ordinal++, JsonDocument::Type::Infinity});
            ranges.emplace_back(i, 8);
            i += 8;
        } else if (c == '-' && startsWith(text, i, "-Infinity")) {
            specials.push_back({ordinal++, JsonDocument::Type::NegativeInfinity});
            ranges.emplace_back(i, 9);
            i += 9;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            ++ordinal;
            ++i;
            while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == 'e'
                             || s[i] == 'E' || s[i] == '+' || s[i] == '-'))
                ++i;
        } else {
            ++i;
        }
    }
    if (!specials.empty()) {
        rewritten->reserve(n);
        qsizetype from = 0;
        for (const auto &[at, length] : ranges) {
            rewritten->append(s + from, at - from);
            rewritten->append('0');
            from = at + length;
        }
        rewritten->append(s + from, n - from);
    }
    return specials;
}

} // namespace

// Builds the arena from nlohmann's SAX events.
class JsonSaxBuilder
{
public:
    using json = nlohmann::json;

    JsonSaxBuilder(JsonDocument &doc, std::vector<SpecialNumber> specials, const Limits &limits,
                   const std::atomic<bool> *cancel)
        : m_doc(doc)
        , m_specials(std::move(specials))
        , m_limits(limits)
        , m_cancel(cancel)
    {
    }

    bool null() { return add(JsonDocument::Type::Null, 0); }
    bool boolean(bool value) { return add(JsonDocument::Type::Boolean, value ? 1 : 0); }
    bool number_integer(json::number_integer_t value)
    {
        if (const auto special = nextSpecial())
            return add(*special, 0);
        return add(JsonDocument::Type::Integer, static_cast<std::uint64_t>(value));
    }
    bool number_unsigned(json::number_unsigned_t value)
    {
        if (const auto special = nextSpecial())
            return add(*special, 0);
        const auto type = value > std::uint64_t(INT64_MAX) ? JsonDocument::Type::Unsigned
                                                           : JsonDocument::Type::Integer;
        return add(type, value);
    }
    bool number_float(json::number_float_t value, const std::string &literal)
    {
        if (const auto special = nextSpecial())
            return add(*special, 0);
        const bool integral = literal.find_first_of(".eE") == std::string::npos;
        std::uint64_t bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        if (!add(integral ? JsonDocument::Type::BigInteger : JsonDocument::Type::Float, bits))
            return false;
        setText(m_doc.m_values.size() - 1, literal);
        return true;
    }
    bool string(std::string &value)
    {
        if (!add(JsonDocument::Type::String, 0))
            return false;
        setText(m_doc.m_values.size() - 1, value);
        return true;
    }
    bool binary(json::binary_t &) { return false; }
    bool start_object(std::size_t) { return open(JsonDocument::Type::Object); }
    bool start_array(std::size_t) { return open(JsonDocument::Type::Array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string &name)
    {
        Frame &frame = m_frames.back();
        frame.replaceAt = -1;
        // Duplicate keys: CPython keeps the first position and the last value.
        if (frame.keys.size() <= 8) {
            for (std::size_t i = 0; i < frame.keys.size(); ++i) {
                const auto &k = frame.keys[i];
                if (std::string_view(m_doc.m_strings).substr(k.offset, k.length) == name) {
                    frame.replaceAt = static_cast<std::int64_t>(i);
                    return true;
                }
            }
        } else {
            if (frame.index.empty()) {
                for (std::size_t i = 0; i < frame.keys.size(); ++i) {
                    const auto &k = frame.keys[i];
                    frame.index.emplace(m_doc.m_strings.substr(k.offset, k.length), i);
                }
            }
            const auto it = frame.index.find(name);
            if (it != frame.index.end()) {
                frame.replaceAt = static_cast<std::int64_t>(it->second);
                return true;
            }
            frame.index.emplace(name, frame.keys.size());
        }
        frame.pendingKey = {std::uint32_t(m_doc.m_strings.size()), std::uint32_t(name.size())};
        m_doc.m_strings += name;
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        std::string what = ex.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 2: ..." -> the tail.
        const auto colon = what.find("parse error");
        if (colon != std::string::npos)
            what = what.substr(colon);
        m_error = makeError(ErrorCode::InvalidJson,
                            tr("schema.json is not valid JSON (byte %1): %2")
                                .arg(position)
                                .arg(QString::fromStdString(what)));
        return false;
    }

    const Error &error() const { return m_error; }

private:
    struct Frame {
        JsonDocument::Index value = 0;
        std::vector<JsonDocument::Index> children;
        std::vector<JsonDocument::KeyRef> keys;
        std::unordered_map<std::string, std::size_t> index;
        JsonDocument::KeyRef pendingKey;
        std::int64_t replaceAt = -1;
    };

    std::optional<JsonDocument::Type> nextSpecial()
    {
        const std::uint64_t ordinal = m_numberOrdinal++;
        if (m_nextSpecial < m_specials.size() && m_specials[m_nextSpecial].ordinal == ordinal)
            return m_specials[m_nextSpecial++].type;
        return std::nullopt;
    }

    void setText(std::size_t value, const std::string &text)
    {
        auto &v = m_doc.m_values[value];
        v.first = std::uint32_t(m_doc.m_strings.size());
        v.count = std::uint32_t(text.size());
        m_doc.m_strings += text;
    }

    bool add(JsonDocument::Type type, std::uint64_t payload)
    {
        if (m_cancel && (m_doc.m_values.size() & 0xFFFF) == 0 && m_cancel->load(std::memory_order_relaxed)) {
            m_error = makeError(ErrorCode::Cancelled, tr("opening was cancelled"));
            return false;
        }
        if (m_doc.m_values.size() >= m_limits.maxJsonValues) {
            m_error = makeError(ErrorCode::SchemaTooLarge,
                                tr("schema.json holds more than %1 values, the limit")
                                    .arg(m_limits.maxJsonValues));
            return false;
        }
        const auto index = JsonDocument::Index(m_doc.m_values.size());
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
            frame.children[std::size_t(frame.replaceAt)] = index;
            frame.replaceAt = -1;
        } else {
            frame.children.push_back(index);
            frame.keys.push_back(frame.pendingKey);
        }
        return true;
    }

    bool open(JsonDocument::Type type)
    {
        if (int(m_frames.size()) >= m_limits.maxJsonDepth) {
            m_error = makeError(ErrorCode::TooDeep,
                                tr("schema.json is nested more than %1 levels deep, the limit")
                                    .arg(m_limits.maxJsonDepth));
            return false;
        }
        if (!add(type, 0))
            return false;
        Frame frame;
        frame.value = JsonDocument::Index(m_doc.m_values.size() - 1);
        m_frames.push_back(std::move(frame));
        return true;
    }

    bool close()
    {
        Frame frame = std::move(m_frames.back());
        m_frames.pop_back();
        auto &value = m_doc.m_values[frame.value];
        value.first = std::uint32_t(m_doc.m_children.size());
        value.count = std::uint32_t(frame.children.size());
        const bool isObject = value.type == JsonDocument::Type::Object;
        for (std::size_t i = 0; i < frame.children.size(); ++i) {
            auto &child = m_doc.m_values[frame.children[i]];
            child.parent = frame.value;
            child.slot = std::uint32_t(i);
            m_doc.m_children.push_back(frame.children[i]);
            m_doc.m_keys.push_back(isObject ? frame.keys[i] : JsonDocument::KeyRef{});
        }
        return true;
    }

    JsonDocument &m_doc;
    std::vector<SpecialNumber> m_specials;
    std::size_t m_nextSpecial = 0;
    std::uint64_t m_numberOrdinal = 0;
    Limits m_limits;
    const std::atomic<bool> *m_cancel;
    std::vector<Frame> m_frames;
    Error m_error;
};

Result<JsonDocument> JsonDocument::parse(QByteArrayView utf8, const Limits &limits,
                                         const std::atomic<bool> *cancel)
{
    if (quint64(utf8.size()) > limits.maxSchemaBytes)
        return makeError(ErrorCode::SchemaTooLarge,
                         tr("schema.json has %1 bytes, more than the limit of %2")
                             .arg(utf8.size())
                             .arg(limits.maxSchemaBytes));
    if (utf8.startsWith("\xEF\xBB\xBF"))
        utf8 = utf8.sliced(3);
    QByteArray rewritten;
    std::vector<SpecialNumber> specials = findSpecialNumbers(utf8, &rewritten);
    const QByteArrayView text = specials.empty() ? utf8 : QByteArrayView(rewritten);

    JsonDocument doc;
    doc.m_values.reserve(std::size_t(text.size() / 16));
    JsonSaxBuilder builder(doc, std::move(specials), limits, cancel);
    bool ok = false;
    try {
        ok = nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
    } catch (const std::exception &e) {
        return makeError(ErrorCode::InvalidJson,
                         tr("schema.json cannot be parsed: %1").arg(QString::fromUtf8(e.what())));
    }
    if (!ok) {
        if (builder.error().code != ErrorCode::None)
            return builder.error();
        return makeError(ErrorCode::InvalidJson, tr("schema.json is not valid JSON"));
    }
    return doc;
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

std::string_view JsonDocument::text(Index v) const
{
    const Value &value = m_values[v];
    switch (value.type) {
    case Type::String:
    case Type::Float:
    case Type::BigInteger:
        return std::string_view(m_strings).substr(value.first, value.count);
    default:
        return {};
    }
}

QString JsonDocument::qstring(Index v) const
{
    const std::string_view t = text(v);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

std::string_view JsonDocument::key(Index object, std::uint32_t i) const
{
    const KeyRef &k = m_keys[m_values[object].first + i];
    return std::string_view(m_strings).substr(k.offset, k.length);
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
    std::vector<QString> parts;
    for (Index at = v; at != npos && parent(at) != npos; at = parent(at)) {
        const Index p = parent(at);
        if (type(p) == Type::Object) {
            const std::string_view k = key(p, slot(at));
            QString part = QString::fromUtf8(k.data(), qsizetype(k.size()));
            part.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
            parts.push_back(part);
        } else {
            parts.push_back(QString::number(slot(at)));
        }
    }
    QString result;
    for (auto it = parts.rbegin(); it != parts.rend(); ++it)
        result += QLatin1Char('/') + *it;
    return result;
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
