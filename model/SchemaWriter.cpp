#include "SchemaWriter.h"
#include "ModelText.h"

#include "PythonText.h"

#include <cmath>
#include <cstdio>

namespace skops {

namespace {

void appendEscape(std::string &out, char32_t unit)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(unit));
    out += buffer;
}

// Decodes one UTF-8 sequence at `at`; invalid bytes decode as U+FFFD
// (JsonDocument only holds valid UTF-8, so this is defensive).
char32_t decodeUtf8(std::string_view text, std::size_t &at)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    int length = 0;
    char32_t code = 0;
    if (lead < 0x80) {
        ++at;
        return lead;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2;
        code = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        code = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        code = lead & 0x07;
    } else {
        ++at;
        return 0xFFFD;
    }
    if (at + std::size_t(length) > text.size()) {
        at = text.size();
        return 0xFFFD;
    }
    for (int i = 1; i < length; ++i) {
        const unsigned char next = byte(at + std::size_t(i));
        if ((next & 0xC0) != 0x80) {
            at += std::size_t(i);
            return 0xFFFD;
        }
        code = (code << 6) | (next & 0x3F);
    }
    at += std::size_t(length);
    return code;
}

std::string floatText(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    return python::floatRepr(value).toStdString();
}

} // namespace

// The text being written, with the size limit checked as it grows.
class SchemaWriter::Output
{
public:
    explicit Output(quint64 maxBytes) : m_maxBytes(maxBytes) {}

    std::string text;
    bool overflowed() const { return m_overflowed; }
    bool full()
    {
        if (quint64(text.size()) > m_maxBytes)
            m_overflowed = true;
        return m_overflowed;
    }
    void newline(int level)
    {
        text += '\n';
        text.append(std::size_t(2 * level), ' ');
    }

private:
    quint64 m_maxBytes;
    bool m_overflowed = false;
};

SchemaWriter::SchemaWriter(const JsonDocument &document) : m_document(document) {}

void SchemaWriter::remove(Index value)
{
    m_removed.insert(value);
}

void SchemaWriter::replace(Index value, const JsonDocument &source, Index with)
{
    m_replaced[value] = Source{&source, with};
}

void SchemaWriter::append(Index object, std::string key, const JsonDocument &source, Index with)
{
    m_appended[object].push_back(Appended{std::move(key), Source{&source, with}});
}

bool SchemaWriter::hasPatches() const
{
    return !m_removed.empty() || !m_replaced.empty() || !m_appended.empty();
}

Result<std::string> SchemaWriter::write(quint64 maxBytes) const
{
    Output out(maxBytes);
    writeValue(out, m_document, m_document.root(), 0, true);
    if (out.overflowed() || out.full())
        return makeError(ErrorCode::SchemaTooLarge,
            ModelText::tr("the rewritten schema.json would have more than %1 bytes, the limit")
                .arg(maxBytes));
    return std::move(out.text);
}

std::string SchemaWriter::dumps(const JsonDocument &document, Index value)
{
    const SchemaWriter unpatched(document);
    Output out(~quint64(0));
    unpatched.writeValue(out, document, value, 0, false);
    return std::move(out.text);
}

std::string SchemaWriter::quoted(std::string_view utf8)
{
    std::string out;
    appendString(out, utf8);
    return out;
}

void SchemaWriter::appendString(std::string &out, std::string_view utf8)
{
    out += '"';
    std::size_t at = 0;
    while (at < utf8.size()) {
        const char32_t c = decodeUtf8(utf8, at);
        switch (c) {
        case U'"':
            out += "\\\"";
            break;
        case U'\\':
            out += "\\\\";
            break;
        case U'\n':
            out += "\\n";
            break;
        case U'\r':
            out += "\\r";
            break;
        case U'\t':
            out += "\\t";
            break;
        case U'\b':
            out += "\\b";
            break;
        case U'\f':
            out += "\\f";
            break;
        default:
            if (c >= 0x20 && c < 0x7F) {
                out += char(c);
            } else if (c > 0xFFFF) {
                const char32_t v = c - 0x10000;
                appendEscape(out, 0xD800 | (v >> 10));
                appendEscape(out, 0xDC00 | (v & 0x3FF));
            } else {
                appendEscape(out, c);
            }
        }
    }
    out += '"';
}

void SchemaWriter::writeValue(Output &out, const JsonDocument &document, Index value, int level,
                              bool patchItself) const
{
    if (out.full())
        return;
    if (patchItself && patches(document)) {
        const auto replaced = m_replaced.find(value);
        if (replaced != m_replaced.end()) {
            writeValue(out, *replaced->second.document, replaced->second.value, level, false);
            return;
        }
    }
    std::string &text = out.text;
    switch (document.type(value)) {
    case JsonDocument::Type::Null:
        text += "null";
        break;
    case JsonDocument::Type::Boolean:
        text += document.boolean(value) ? "true" : "false";
        break;
    case JsonDocument::Type::Integer:
        text += std::to_string(document.integer(value));
        break;
    case JsonDocument::Type::Unsigned:
        text += std::to_string(document.unsignedInteger(value));
        break;
    case JsonDocument::Type::BigInteger:
        text += document.text(value);
        break;
    case JsonDocument::Type::Float:
    case JsonDocument::Type::NaN:
    case JsonDocument::Type::Infinity:
    case JsonDocument::Type::NegativeInfinity:
        text += floatText(document.number(value));
        break;
    case JsonDocument::Type::String:
        appendString(text, document.text(value));
        break;
    case JsonDocument::Type::Array:
    case JsonDocument::Type::Object: {
        const bool object = document.type(value) == JsonDocument::Type::Object;
        const bool patched = patches(document);
        const std::vector<Appended> *appended = nullptr;
        if (patched && object) {
            const auto it = m_appended.find(value);
            if (it != m_appended.end())
                appended = &it->second;
        }
        bool empty = true;
        const auto separate = [&] {
            text += empty ? (object ? "{" : "[") : ",";
            empty = false;
            out.newline(level + 1);
        };
        const std::uint32_t count = document.size(value);
        for (std::uint32_t i = 0; i < count && !out.full(); ++i) {
            const Index child = document.child(value, i);
            if (patched && m_removed.count(child))
                continue;
            separate();
            if (object) {
                appendString(text, document.key(value, i));
                text += ": ";
            }
            writeValue(out, document, child, level + 1, true);
        }
        if (appended) {
            for (const Appended &member : *appended) {
                separate();
                appendString(text, member.key);
                text += ": ";
                writeValue(out, *member.source.document, member.source.value, level + 1, false);
            }
        }
        if (empty) {
            text += object ? "{}" : "[]";
        } else {
            out.newline(level);
            text += object ? '}' : ']';
        }
        break;
    }
    }
}

} // namespace skops
