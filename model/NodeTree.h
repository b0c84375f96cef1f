#pragma once

#include "JsonDocument.h"
#include "Limits.h"
#include "Loader.h"
#include "Result.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace skops {

using NodeId = std::uint32_t;
constexpr NodeId kNoNode = 0xFFFFFFFFu;

// Names that TreeNode and LossNode add to the trust of everything built
// below them (format doc §8.4); stored per node at its first occurrence.
enum TrustContextFlag : std::uint8_t {
    InheritsTreeTrust = 1,
    InheritsLossTrust = 2,
};

// One use of a node: where skops' tree building met it. A back edge points
// to a node still being built (an `__id__` cycle); it is never followed.
struct NodeRef {
    NodeId node = kNoNode;
    std::string_view label;                       // dict key, or the group's name
    JsonDocument::Index state = JsonDocument::npos; // the state that led here (npos: synthetic)
    bool backEdge = false;
};

// One entry of a loader's `children`, in skops' order: a node, a list or a
// mapping of nodes, raw JSON (slice bounds, method names, protocol-0
// states), a payload member, or nothing (an ObjectNode without state).
enum class GroupKind : std::uint8_t { Node, List, Map, Raw, Bytes, Absent };

struct ChildGroup {
    std::string_view name;
    GroupKind kind = GroupKind::Node;
    std::uint32_t firstRef = 0;
    std::uint32_t refCount = 0;
    JsonDocument::Index raw = JsonDocument::npos; // Raw: the JSON value
};

struct Node {
    Loader loader = Loader::JsonNode;
    std::uint8_t protocolVariant = 2;   // 0 or 1 for the old FunctionNode/RandomGeneratorNode
    std::uint8_t trustContext = 0;      // TrustContextFlag bits
    bool synthetic = false;             // the constructor TypeNode of a reduce node
    bool namesAreStrings = true;        // __module__ and __class__ are JSON strings
    JsonDocument::Index state = JsonDocument::npos;
    NodeId parent = kNoNode;            // where it was first met
    std::string_view key;               // its label there ("root" for the root)
    std::string_view module;
    std::string_view className;
    std::uint32_t firstGroup = 0;
    std::uint32_t groupCount = 0;
};

// The immutable node tree skops' get_tree builds for a schema (format doc
// §4, §5, §7): one node per distinct state, `__id__` repeats resolved to the
// first node with that id, cycles cut. Nothing is imported or constructed.
class NodeTree
{
public:
    using MemberExists = std::function<bool(const QString &name)>;

    static Result<NodeTree> build(std::shared_ptr<const JsonDocument> document,
                                  const MemberExists &memberExists,
                                  const Limits &limits = Limits(),
                                  const std::atomic<bool> *cancel = nullptr);

    const JsonDocument &document() const { return *m_document; }
    int protocol() const { return m_protocol; }
    QString skopsVersion() const { return m_skopsVersion; }

    NodeId root() const { return 0; }
    std::size_t nodeCount() const { return m_nodes.size(); }
    const Node &node(NodeId id) const { return m_nodes[id]; }
    std::span<const ChildGroup> groups(NodeId id) const;
    std::span<const NodeRef> refs(const ChildGroup &group) const;
    // Every reference in the tree, in build order (the root has none).
    const std::vector<NodeRef> &allRefs() const { return m_refs; }

    // `module.class`, as skops forms names.
    std::string typeName(NodeId id) const;
    QString qTypeName(NodeId id) const;
    // JSON pointer of the node's state (a synthetic node: its owner's).
    QString path(NodeId id) const;
    // The `file` member an NdArrayNode/SparseMatrixNode/BytesNode reads, or "".
    QString memberName(NodeId id) const;
    // The constructor TypeNode of a reduce node; for a MethodNode, its object.
    NodeId childNamed(NodeId id, std::string_view groupName) const;
    // The first reference that repeats an ancestor's `__id__`, or nullptr.
    // skops builds such trees but cannot visualize or load them.
    const NodeRef *firstBackEdge() const;

private:
    friend class NodeTreeBuilder;
    std::shared_ptr<const JsonDocument> m_document;
    int m_protocol = 2;
    QString m_skopsVersion;
    std::vector<Node> m_nodes;
    std::vector<ChildGroup> m_groups;
    std::vector<NodeRef> m_refs;
};

} // namespace skops
