#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace skops {

// Every `__loader__` value of protocols 0, 1 and 2 (format doc §5).
enum class Loader : unsigned char {
    JsonNode,
    DictNode,
    DefaultDictNode,
    ListNode,
    SetNode,
    TupleNode,
    SliceNode,
    BytesNode,
    BytearrayNode,
    TypeNode,
    FunctionNode,
    MethodNode,
    PartialNode,
    OperatorFuncNode,
    ObjectNode,
    ConstructorFromReduceNode,
    CachedNode,
    NdArrayNode,
    MaskedArrayNode,
    DTypeNode,
    RandomStateNode,
    RandomGeneratorNode,
    SparseMatrixNode,
    TreeNode,
    LossNode,
    SGDNode,
    QuantileForestNode,
    DictWithDeprecatedKeysNode,
};

std::optional<Loader> loaderFromName(std::string_view name);
QString loaderName(Loader loader);

// Loaders whose construction goes through a reduce tuple (attrs, args, constructor).
bool isReduceLoader(Loader loader);

} // namespace skops
