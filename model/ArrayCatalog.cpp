#include "ArrayCatalog.h"

#include <unordered_map>

namespace skops {

std::vector<ArrayReference> ArrayCatalog::collect(const JsonDocument &schema)
{
    std::vector<ArrayReference> references;
    std::unordered_map<QString, std::size_t> byMember[2];
    // Document order without recursion: a stack of values, children pushed
    // in reverse so that they pop in order.
    std::vector<JsonDocument::Index> stack{schema.root()};
    while (!stack.empty()) {
        const JsonDocument::Index value = stack.back();
        stack.pop_back();
        if (!schema.isObject(value) && !schema.isArray(value))
            continue;
        if (schema.isObject(value)) {
            const auto loader = schema.member(value, "__loader__");
            const auto file = schema.member(value, "file");
            const std::string_view loaderText = schema.isString(loader) ? schema.text(loader) : "";
            const bool npy = loaderText == "NdArrayNode"
                             && schema.isString(schema.member(value, "type"))
                             && schema.text(schema.member(value, "type")) == "numpy";
            const bool sparse = loaderText == "SparseMatrixNode";
            if ((npy || sparse) && schema.isString(file) && !schema.text(file).empty()) {
                const QString member = schema.qstring(file);
                auto &index = byMember[sparse ? 1 : 0];
                const auto it = index.find(member);
                if (it == index.end()) {
                    ArrayReference reference;
                    reference.kind = sparse ? ArrayReference::Kind::Sparse : ArrayReference::Kind::Npy;
                    reference.member = member;
                    const auto module = schema.member(value, "__module__");
                    const auto cls = schema.member(value, "__class__");
                    reference.className = schema.qstring(module) + QLatin1Char('.') + schema.qstring(cls);
                    reference.path = schema.pointer(value);
                    index.emplace(member, references.size());
                    references.push_back(std::move(reference));
                } else {
                    references[it->second].otherPaths.append(schema.pointer(value));
                }
            }
        }
        for (std::uint32_t i = schema.size(value); i > 0; --i)
            stack.push_back(schema.child(value, i - 1));
    }
    return references;
}

} // namespace skops
