#pragma once

#include "JsonDocument.h"
#include "Result.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace skops {

// schema.json text exactly as CPython's json.dumps(value, indent=2) writes
// what json.loads read (format doc §3.1): two-space indentation, ", " and
// ": " separators, every non-ASCII character as \uXXXX (surrogate pairs
// above U+FFFF), NaN/Infinity literals, floats as Python's repr, integers of
// any width exact, object members in their order.
//
// Changes are written as patches keyed by values of the document, so the
// document itself stays immutable: a value can be left out (an object
// member or array element), replaced by a value of any document, or an
// object can get members appended. A replacement taken from the same
// document is written with the patches of its descendants but not its own.
class SchemaWriter
{
public:
    using Index = JsonDocument::Index;

    explicit SchemaWriter(const JsonDocument &document);

    void remove(Index value);
    void replace(Index value, const JsonDocument &source, Index with);
    void append(Index object, std::string key, const JsonDocument &source, Index with);
    bool hasPatches() const;

    // The whole document; fails when the text would grow beyond maxBytes.
    Result<std::string> write(quint64 maxBytes) const;

    // One value, unpatched, as json.dumps(value, indent=2) writes it.
    static std::string dumps(const JsonDocument &document, Index value);
    // A JSON string literal with ensure_ascii escaping.
    static void appendString(std::string &out, std::string_view utf8);
    static std::string quoted(std::string_view utf8);

private:
    struct Source {
        const JsonDocument *document = nullptr;
        Index value = JsonDocument::npos;
    };
    struct Appended {
        std::string key;
        Source source;
    };
    class Output;

    void writeValue(Output &out, const JsonDocument &document, Index value, int level,
                    bool patchItself) const;
    bool patches(const JsonDocument &document) const { return &document == &m_document; }

    const JsonDocument &m_document;
    std::unordered_set<Index> m_removed;
    std::unordered_map<Index, Source> m_replaced;
    std::unordered_map<Index, std::vector<Appended>> m_appended;
};

} // namespace skops
