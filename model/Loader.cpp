#include "Loader.h"

#include <array>
#include <utility>

namespace skops {

namespace {

constexpr std::array<std::pair<std::string_view, Loader>, 28> kLoaders{{
    {"JsonNode", Loader::JsonNode},
    {"DictNode", Loader::DictNode},
    {"DefaultDictNode", Loader::DefaultDictNode},
    {"ListNode", Loader::ListNode},
    {"SetNode", Loader::SetNode},
    {"TupleNode", Loader::TupleNode},
    {"SliceNode", Loader::SliceNode},
    {"BytesNode", Loader::BytesNode},
    {"BytearrayNode", Loader::BytearrayNode},
    {"TypeNode", Loader::TypeNode},
    {"FunctionNode", Loader::FunctionNode},
    {"MethodNode", Loader::MethodNode},
    {"PartialNode", Loader::PartialNode},
    {"OperatorFuncNode", Loader::OperatorFuncNode},
    {"ObjectNode", Loader::ObjectNode},
    {"ConstructorFromReduceNode", Loader::ConstructorFromReduceNode},
    {"CachedNode", Loader::CachedNode},
    {"NdArrayNode", Loader::NdArrayNode},
    {"MaskedArrayNode", Loader::MaskedArrayNode},
    {"DTypeNode", Loader::DTypeNode},
    {"RandomStateNode", Loader::RandomStateNode},
    {"RandomGeneratorNode", Loader::RandomGeneratorNode},
    {"SparseMatrixNode", Loader::SparseMatrixNode},
    {"TreeNode", Loader::TreeNode},
    {"LossNode", Loader::LossNode},
    {"SGDNode", Loader::SGDNode},
    {"QuantileForestNode", Loader::QuantileForestNode},
    {"_DictWithDeprecatedKeysNode", Loader::DictWithDeprecatedKeysNode},
}};

} // namespace

std::optional<Loader> loaderFromName(std::string_view name)
{
    for (const auto &[loaderText, loader] : kLoaders) {
        if (loaderText == name)
            return loader;
    }
    return std::nullopt;
}

QString loaderName(Loader loader)
{
    for (const auto &[loaderText, value] : kLoaders) {
        if (value == loader)
            return QString::fromLatin1(loaderText.data(), qsizetype(loaderText.size()));
    }
    return QString();
}

bool isReduceLoader(Loader loader)
{
    return loader == Loader::TreeNode || loader == Loader::LossNode || loader == Loader::SGDNode
           || loader == Loader::QuantileForestNode;
}

} // namespace skops
