#include "NodeTree.h"
#include "ModelText.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>

namespace skops {

namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

constexpr std::string_view kTreeModule = "sklearn.tree._tree";
constexpr std::string_view kTreeClass = "Tree";
constexpr std::string_view kQuantileModule = "quantile_forest._quantile_forest_fast";
constexpr std::string_view kQuantileClass = "QuantileForest";

} // namespace

class NodeTreeBuilder
{
public:
    using Index = JsonDocument::Index;

    NodeTreeBuilder(NodeTree &tree, const NodeTree::MemberExists &memberExists, const Limits &limits,
                    const std::atomic<bool> *cancel)
        : m_tree(tree)
        , m_doc(*tree.m_document)
        , m_memberExists(memberExists)
        , m_limits(limits)
        , m_cancel(cancel)
    {
    }

    Status run()
    {
        const Index root = m_doc.root();
        if (!m_doc.isObject(root))
            return makeError(
                ErrorCode::InvalidSchema, ModelText::tr("schema.json is not a JSON object"));
        const Status protocol = readProtocol(root);
        if (!protocol.ok())
            return protocol;
        const Index version = m_doc.member(root, "_skops_version");
        if (m_doc.isString(version))
            m_tree.m_skopsVersion = m_doc.qstring(version);
        build(root, 0, "root");
        if (m_failed)
            return m_error;
        return Status();
    }

private:
    struct PendingGroup {
        ChildGroup group;
        std::vector<NodeRef> refs;
    };

    Status readProtocol(Index root)
    {
        const Index value = m_doc.member(root, "protocol");
        if (value == JsonDocument::npos)
            return makeError(ErrorCode::UnsupportedProtocol,
                ModelText::tr("schema.json has no \"protocol\" field"));
        // CPython compares with ==, so false/0.0 mean 0 and true/1.0 mean 1.
        double number = 0;
        if (m_doc.type(value) == JsonDocument::Type::Boolean)
            number = m_doc.boolean(value) ? 1 : 0;
        else if (m_doc.isNumber(value))
            number = m_doc.number(value);
        else
            return makeError(ErrorCode::UnsupportedProtocol,
                ModelText::tr("the \"protocol\" field is not a number"));
        if (number != 0 && number != 1 && number != 2)
            return makeError(ErrorCode::UnsupportedProtocol,
                ModelText::tr("protocol %1 is not supported: this version reads protocols 0, 1 "
                              "and 2")
                    .arg(QString::fromStdString(m_doc.serialize(value))));
        m_tree.m_protocol = int(number);
        return Status();
    }

    void fail(ErrorCode code, const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = makeError(code, message);
        }
    }

    QString where(Index state) const
    {
        const QString path = m_doc.pointer(state);
        return path.isEmpty() ? ModelText::tr("the root node")
                              : ModelText::tr("the node at %1").arg(path);
    }

    // The memo key of an __id__, normalised like Python's == and hash:
    // 1, 1.0 and true are one key; "1" is another. Empty: not memoised.
    std::optional<std::string> idKey(Index id)
    {
        switch (m_doc.type(id)) {
        case JsonDocument::Type::Null:
            return std::nullopt;
        case JsonDocument::Type::Boolean:
            return m_doc.boolean(id) ? std::optional<std::string>("n1") : std::nullopt;
        case JsonDocument::Type::Integer:
            return m_doc.integer(id) == 0 ? std::nullopt
                                          : std::optional("n" + std::to_string(m_doc.integer(id)));
        case JsonDocument::Type::Unsigned:
            return "n" + std::to_string(m_doc.unsignedInteger(id));
        case JsonDocument::Type::BigInteger: {
            std::string digits(m_doc.text(id));
            const bool negative = !digits.empty() && digits.front() == '-';
            std::string magnitude = digits.substr(negative ? 1 : 0);
            magnitude.erase(0, std::min(magnitude.find_first_not_of('0'), magnitude.size() - 1));
            return "n" + std::string(negative && magnitude != "0" ? "-" : "") + magnitude;
        }
        case JsonDocument::Type::Float: {
            const double d = m_doc.number(id);
            if (d == 0)
                return std::nullopt;
            char buffer[400];
            if (std::isfinite(d) && d == std::floor(d)) {
                const auto end = std::to_chars(buffer, buffer + sizeof buffer, d,
                                               std::chars_format::fixed, 0);
                return "n" + std::string(buffer, end.ptr);
            }
            const auto end = std::to_chars(buffer, buffer + sizeof buffer, d);
            return "n" + std::string(buffer, end.ptr);
        }
        case JsonDocument::Type::Infinity:
            return std::string("n+inf");
        case JsonDocument::Type::NegativeInfinity:
            return std::string("n-inf");
        case JsonDocument::Type::NaN:
            // A NaN never equals another: truthy, yet never found again.
            return std::string("nan#") + std::to_string(id);
        case JsonDocument::Type::String:
            if (m_doc.text(id).empty())
                return std::nullopt;
            return "s" + std::string(m_doc.text(id));
        case JsonDocument::Type::Array:
        case JsonDocument::Type::Object:
            break;
        }
        return std::nullopt;
    }

    Index need(Index state, std::string_view field, const char *whatFor = nullptr)
    {
        const Index value = m_doc.member(state, field);
        if (value == JsonDocument::npos)
            fail(ErrorCode::InvalidSchema,
                ModelText::tr("%1 has no \"%2\" field%3")
                    .arg(where(state), toQString(field),
                        whatFor ? QStringLiteral(" (%1)").arg(ModelText::tr(whatFor)) : QString()));
        return value;
    }

    Index needObject(Index state, std::string_view field)
    {
        const Index value = need(state, field);
        if (value != JsonDocument::npos && !m_doc.isObject(value)) {
            fail(ErrorCode::InvalidSchema,
                ModelText::tr("the \"%1\" field of %2 is not a JSON object")
                    .arg(toQString(field), where(state)));
            return JsonDocument::npos;
        }
        return value;
    }

    PendingGroup nodeGroup(std::string_view name, Index childState, std::uint8_t ctx)
    {
        PendingGroup group;
        group.group.name = name;
        group.group.kind = GroupKind::Node;
        if (childState != JsonDocument::npos && !m_failed)
            group.refs.push_back(buildRef(childState, ctx, name));
        return group;
    }

    PendingGroup listGroup(std::string_view name, Index array, std::uint8_t ctx, Index owner)
    {
        PendingGroup group;
        group.group.name = name;
        group.group.kind = GroupKind::List;
        if (array == JsonDocument::npos)
            return group;
        if (!m_doc.isArray(array)) {
            fail(ErrorCode::InvalidSchema,
                ModelText::tr("the \"%1\" field of %2 is not a list of nodes")
                    .arg(toQString(name), where(owner)));
            return group;
        }
        const std::uint32_t n = m_doc.size(array);
        group.refs.reserve(n);
        for (std::uint32_t i = 0; i < n && !m_failed; ++i)
            group.refs.push_back(buildRef(m_doc.child(array, i), ctx, name));
        return group;
    }

    PendingGroup rawGroup(std::string_view name, Index value)
    {
        PendingGroup group;
        group.group.name = name;
        group.group.kind = GroupKind::Raw;
        group.group.raw = value;
        return group;
    }

    PendingGroup bytesGroup(Index state)
    {
        PendingGroup group;
        group.group.name = "content";
        group.group.kind = GroupKind::Bytes;
        const Index file = need(state, "file");
        if (file == JsonDocument::npos)
            return group;
        if (!m_doc.isString(file)) {
            fail(ErrorCode::InvalidSchema,
                ModelText::tr("the \"file\" field of %1 is not a string").arg(where(state)));
            return group;
        }
        group.group.raw = file;
        const QString member = m_doc.qstring(file);
        if (!m_memberExists(member))
            fail(ErrorCode::MissingMember,
                ModelText::tr("%1 refers to the archive member \"%2\", which does not exist")
                    .arg(where(state), member));
        return group;
    }

    NodeRef buildRef(Index state, std::uint8_t ctx, std::string_view label)
    {
        NodeRef ref;
        ref.label = label;
        ref.state = state;
        if (m_doc.isObject(state)) {
            const Index id = m_doc.member(state, "__id__");
            if (id != JsonDocument::npos) {
                if (const auto key = idKey(id)) {
                    const auto hit = m_memo.find(*key);
                    if (hit != m_memo.end()) {
                        ref.node = hit->second;
                        ref.backEdge = m_building[hit->second];
                        return ref;
                    }
                }
            }
        }
        ref.node = build(state, ctx, label);
        return ref;
    }

    NodeId build(Index state, std::uint8_t ctx, std::string_view key, NodeId parent = kNoNode)
    {
        if (m_failed)
            return kNoNode;
        if (!m_doc.isObject(state)) {
            fail(ErrorCode::InvalidSchema,
                ModelText::tr("the value at %1 should be a node (a JSON object)")
                    .arg(m_doc.pointer(state)));
            return kNoNode;
        }
        const Index id = m_doc.member(state, "__id__");
        std::optional<std::string> memoKey;
        if (id != JsonDocument::npos) {
            if (m_doc.isArray(id) || m_doc.isObject(id)) {
                fail(ErrorCode::InvalidSchema,
                    ModelText::tr(
                        "the \"__id__\" of %1 is a list or an object, which cannot be an id")
                        .arg(where(state)));
                return kNoNode;
            }
            memoKey = idKey(id);
        }
        const Index loaderValue = need(state, "__loader__");
        if (m_failed)
            return kNoNode;
        if (!m_doc.isString(loaderValue)) {
            fail(ErrorCode::InvalidSchema,
                ModelText::tr("the \"__loader__\" of %1 is not a string").arg(where(state)));
            return kNoNode;
        }
        const Index moduleValue = need(state, "__module__");
        const Index classValue = need(state, "__class__");
        if (m_failed)
            return kNoNode;
        const bool namesAreStrings = m_doc.isString(moduleValue) && m_doc.isString(classValue);
        const auto loader = loaderFromName(m_doc.text(loaderValue));
        if (!loader) {
            fail(ErrorCode::UnknownLoader,
                ModelText::tr("%1 names the loader \"%2\", which skops does not have (type %3.%4, "
                              "protocol %5)")
                    .arg(where(state), m_doc.qstring(loaderValue),
                        QString::fromStdString(m_doc.serialize(moduleValue)),
                        QString::fromStdString(m_doc.serialize(classValue)))
                    .arg(m_tree.m_protocol));
            return kNoNode;
        }
        // Only a JsonNode never forms its name; skops fails on any other
        // node whose module or class is not text.
        if (!namesAreStrings && *loader != Loader::JsonNode) {
            fail(ErrorCode::InvalidSchema,
                ModelText::tr("the \"__module__\" and \"__class__\" of %1 must be strings")
                    .arg(where(state)));
            return kNoNode;
        }
        if (m_tree.m_nodes.size() >= m_limits.maxNodes) {
            fail(ErrorCode::TooManyNodes,
                ModelText::tr("the schema has more than %1 nodes, the limit")
                    .arg(m_limits.maxNodes));
            return kNoNode;
        }
        if (m_cancel && (m_tree.m_nodes.size() & 0xFFF) == 0 && m_cancel->load(std::memory_order_relaxed)) {
            fail(ErrorCode::Cancelled, ModelText::tr("opening was cancelled"));
            return kNoNode;
        }

        const auto nodeId = NodeId(m_tree.m_nodes.size());
        Node node;
        node.loader = *loader;
        node.trustContext = ctx;
        node.namesAreStrings = namesAreStrings;
        node.state = state;
        node.key = key;
        node.parent = parent == kNoNode ? m_currentParent : parent;
        if (namesAreStrings) {
            node.module = m_doc.text(moduleValue);
            node.className = m_doc.text(classValue);
        }
        if (*loader == Loader::FunctionNode && m_tree.m_protocol == 0)
            node.protocolVariant = 0;
        if (*loader == Loader::RandomGeneratorNode && m_tree.m_protocol < 2)
            node.protocolVariant = std::uint8_t(m_tree.m_protocol);
        m_tree.m_nodes.push_back(node);
        m_building.push_back(true);
        // Registered before the children, as skops does: a child that
        // repeats this id is a reference back to this node (a cycle).
        if (memoKey && *loader != Loader::CachedNode)
            m_memo.emplace(*memoKey, nodeId);

        const NodeId savedParent = m_currentParent;
        m_currentParent = nodeId;
        std::vector<PendingGroup> groups = buildChildren(nodeId, *loader, state, ctx);
        m_currentParent = savedParent;
        m_building[nodeId] = false;
        if (m_failed)
            return kNoNode;

        Node &stored = m_tree.m_nodes[nodeId];
        stored.firstGroup = std::uint32_t(m_tree.m_groups.size());
        stored.groupCount = std::uint32_t(groups.size());
        for (PendingGroup &pending : groups) {
            pending.group.firstRef = std::uint32_t(m_tree.m_refs.size());
            pending.group.refCount = std::uint32_t(pending.refs.size());
            m_tree.m_refs.insert(m_tree.m_refs.end(), pending.refs.begin(), pending.refs.end());
            m_tree.m_groups.push_back(pending.group);
        }
        return nodeId;
    }

    std::vector<PendingGroup> buildChildren(NodeId nodeId, Loader loader, Index state,
                                            std::uint8_t ctx)
    {
        std::vector<PendingGroup> groups;
        switch (loader) {
        case Loader::JsonNode:
            need(state, "content");
            break;
        case Loader::DictNode: {
            groups.push_back(nodeGroup("key_types", need(state, "key_types"), ctx));
            const Index content = needObject(state, "content");
            PendingGroup entries;
            entries.group.name = "content";
            entries.group.kind = GroupKind::Map;
            if (content != JsonDocument::npos) {
                const std::uint32_t n = m_doc.size(content);
                entries.refs.reserve(n);
                for (std::uint32_t i = 0; i < n && !m_failed; ++i)
                    entries.refs.push_back(buildRef(m_doc.child(content, i), ctx, m_doc.key(content, i)));
            }
            groups.push_back(std::move(entries));
            break;
        }
        case Loader::DefaultDictNode:
        case Loader::DictWithDeprecatedKeysNode: {
            const Index content = needObject(state, "content");
            if (content == JsonDocument::npos)
                break;
            const std::string_view second = loader == Loader::DefaultDictNode
                                                ? std::string_view("default_factory")
                                                : std::string_view("_deprecated_key_to_new_key");
            const Index mainState = need(content, "main");
            const Index secondState = need(content, second);
            groups.push_back(nodeGroup("main", mainState, ctx));
            groups.push_back(nodeGroup(second, secondState, ctx));
            break;
        }
        case Loader::ListNode:
        case Loader::SetNode:
        case Loader::TupleNode:
            groups.push_back(listGroup("content", need(state, "content"), ctx, state));
            break;
        case Loader::SliceNode: {
            const Index content = needObject(state, "content");
            if (content == JsonDocument::npos)
                break;
            for (const std::string_view bound : {"start", "stop", "step"})
                groups.push_back(rawGroup(bound, need(content, bound)));
            break;
        }
        case Loader::BytesNode:
        case Loader::BytearrayNode:
            groups.push_back(bytesGroup(state));
            break;
        case Loader::TypeNode:
            break;
        case Loader::FunctionNode:
            if (m_tree.m_protocol == 0) {
                const Index content = needObject(state, "content");
                if (content == JsonDocument::npos)
                    break;
                for (const std::string_view field : {"module_path", "function"}) {
                    const Index value = need(content, field);
                    if (value != JsonDocument::npos && !m_doc.isString(value))
                        fail(ErrorCode::InvalidSchema,
                            ModelText::tr(
                                "the \"%1\" of the protocol-0 function at %2 is not a string")
                                .arg(toQString(field), m_doc.pointer(state)));
                }
                groups.push_back(rawGroup("content", content));
            }
            break;
        case Loader::MethodNode: {
            const Index content = needObject(state, "content");
            if (content == JsonDocument::npos)
                break;
            const Index objState = need(content, "obj");
            const Index func = need(content, "func");
            if (m_failed)
                break;
            PendingGroup obj = nodeGroup("obj", objState, ctx);
            if (m_failed)
                break;
            // An object of another class than the node claims is kept:
            // skops >= 0.12 refuses such a file, StructuralCheck reports it,
            // and the audit names the method of the object actually held.
            if (!m_doc.isString(func)) {
                fail(ErrorCode::InvalidSchema,
                    ModelText::tr("the method name (\"func\") of %1 is not a string")
                        .arg(where(state)));
                break;
            }
            groups.push_back(std::move(obj));
            groups.push_back(rawGroup("func", func));
            break;
        }
        case Loader::PartialNode: {
            const Index content = needObject(state, "content");
            if (content == JsonDocument::npos)
                break;
            for (const std::string_view field : {"func", "args", "kwds", "namespace"}) {
                const Index child = need(content, field);
                groups.push_back(nodeGroup(field, child, ctx));
            }
            break;
        }
        case Loader::OperatorFuncNode: {
            // Any module is kept: skops >= 0.12 refuses one other than
            // `operator`, StructuralCheck reports it, and the audit names the
            // `operator` function construction would call.
            groups.push_back(nodeGroup("attrs", need(state, "attrs"), ctx));
            break;
        }
        case Loader::ObjectNode: {
            const Index content = m_doc.member(state, "content");
            if (content == JsonDocument::npos || m_doc.type(content) == JsonDocument::Type::Null) {
                PendingGroup absent;
                absent.group.name = "attrs";
                absent.group.kind = GroupKind::Absent;
                groups.push_back(absent);
            } else {
                groups.push_back(nodeGroup("attrs", content, ctx));
            }
            break;
        }
        case Loader::ConstructorFromReduceNode:
        case Loader::RandomStateNode:
        case Loader::DTypeNode:
            groups.push_back(nodeGroup("content", need(state, "content"), ctx));
            break;
        case Loader::CachedNode:
            break;
        case Loader::NdArrayNode: {
            const Index type = need(state, "type");
            if (m_failed)
                break;
            const std::string_view typeText = m_doc.isString(type) ? m_doc.text(type) : "";
            if (typeText == "numpy") {
                groups.push_back(bytesGroup(state));
            } else if (typeText == "json") {
                groups.push_back(listGroup("content", need(state, "content"), ctx, state));
                groups.push_back(nodeGroup("shape", need(state, "shape"), ctx));
            } else {
                fail(ErrorCode::InvalidSchema,
                    ModelText::tr(
                        "%1 has the unknown array type %2 (expected \"numpy\" or \"json\")")
                        .arg(where(state), QString::fromStdString(m_doc.serialize(type))));
            }
            break;
        }
        case Loader::MaskedArrayNode: {
            const Index content = needObject(state, "content");
            if (content == JsonDocument::npos)
                break;
            const Index data = need(content, "data");
            const Index mask = need(content, "mask");
            groups.push_back(nodeGroup("data", data, ctx));
            groups.push_back(nodeGroup("mask", mask, ctx));
            break;
        }
        case Loader::RandomGeneratorNode: {
            const Index content = needObject(state, "content");
            if (content == JsonDocument::npos)
                break;
            const Index bitGenerator = need(content, "bit_generator");
            if (m_tree.m_protocol == 0) {
                groups.push_back(rawGroup("bit_generator_state", bitGenerator));
                break;
            }
            const Index seedSeq = m_tree.m_protocol >= 2 ? need(content, "seed_seq") : JsonDocument::npos;
            groups.push_back(nodeGroup("bit_generator_state", bitGenerator, ctx));
            if (m_tree.m_protocol >= 2)
                groups.push_back(nodeGroup("seed_seq_state", seedSeq, ctx));
            break;
        }
        case Loader::SparseMatrixNode: {
            const Index type = m_doc.member(state, "type");
            if (!m_doc.isString(type) || m_doc.text(type) != "scipy") {
                fail(ErrorCode::InvalidSchema,
                    ModelText::tr(
                        "%1: cannot load object of type %2 (its \"type\" is not \"scipy\")")
                        .arg(where(state), QString::fromStdString(m_tree.typeName(nodeId))));
                break;
            }
            groups.push_back(bytesGroup(state));
            break;
        }
        case Loader::TreeNode:
        case Loader::LossNode:
        case Loader::SGDNode:
        case Loader::QuantileForestNode: {
            const Index reduce = needObject(state, "__reduce__");
            if (m_failed)
                break;
            std::uint8_t childCtx = ctx;
            if (loader == Loader::TreeNode)
                childCtx |= InheritsTreeTrust;
            else if (loader == Loader::LossNode || loader == Loader::SGDNode)
                childCtx |= InheritsLossTrust;
            const Index content = need(state, "content");
            if (m_failed)
                break;
            groups.push_back(nodeGroup("attrs", content, childCtx));
            const Index args = need(reduce, "args");
            groups.push_back(nodeGroup("args", args, childCtx));
            if (m_failed)
                break;
            groups.push_back(constructorGroup(nodeId, loader, childCtx));
            break;
        }
        }
        return groups;
    }

    // The TypeNode skops creates for a reduce node's constructor: not in the
    // file, built with the node's own trust context.
    PendingGroup constructorGroup(NodeId owner, Loader loader, std::uint8_t ctx)
    {
        PendingGroup group;
        group.group.name = "constructor";
        group.group.kind = GroupKind::Node;
        if (m_tree.m_nodes.size() >= m_limits.maxNodes) {
            fail(ErrorCode::TooManyNodes,
                ModelText::tr("the schema has more than %1 nodes, the limit")
                    .arg(m_limits.maxNodes));
            return group;
        }
        Node ctor;
        ctor.loader = Loader::TypeNode;
        ctor.synthetic = true;
        ctor.trustContext = ctx;
        ctor.state = m_tree.m_nodes[owner].state;
        ctor.parent = owner;
        ctor.key = "constructor";
        if (loader == Loader::TreeNode) {
            ctor.module = kTreeModule;
            ctor.className = kTreeClass;
        } else if (loader == Loader::QuantileForestNode) {
            ctor.module = kQuantileModule;
            ctor.className = kQuantileClass;
        } else {
            ctor.module = m_tree.m_nodes[owner].module;
            ctor.className = m_tree.m_nodes[owner].className;
        }
        const auto id = NodeId(m_tree.m_nodes.size());
        m_tree.m_nodes.push_back(ctor);
        m_building.push_back(false);
        NodeRef ref;
        ref.node = id;
        ref.label = "constructor";
        group.refs.push_back(ref);
        return group;
    }

    NodeTree &m_tree;
    const JsonDocument &m_doc;
    const NodeTree::MemberExists &m_memberExists;
    Limits m_limits;
    const std::atomic<bool> *m_cancel;
    std::unordered_map<std::string, NodeId> m_memo;
    std::vector<bool> m_building;
    NodeId m_currentParent = kNoNode;
    bool m_failed = false;
    Error m_error;
};

Result<NodeTree> NodeTree::build(std::shared_ptr<const JsonDocument> document,
                                 const MemberExists &memberExists, const Limits &limits,
                                 const std::atomic<bool> *cancel)
{
    NodeTree tree;
    tree.m_document = std::move(document);
    NodeTreeBuilder builder(tree, memberExists, limits, cancel);
    const Status status = builder.run();
    if (!status.ok())
        return status.error();
    return tree;
}

std::span<const ChildGroup> NodeTree::groups(NodeId id) const
{
    const Node &n = m_nodes[id];
    return std::span<const ChildGroup>(m_groups.data() + n.firstGroup, n.groupCount);
}

std::span<const NodeRef> NodeTree::refs(const ChildGroup &group) const
{
    return std::span<const NodeRef>(m_refs.data() + group.firstRef, group.refCount);
}

std::string NodeTree::typeName(NodeId id) const
{
    const Node &n = m_nodes[id];
    std::string name;
    name.reserve(n.module.size() + n.className.size() + 1);
    name += n.module;
    name += '.';
    name += n.className;
    return name;
}

QString NodeTree::qTypeName(NodeId id) const
{
    return QString::fromStdString(typeName(id));
}

QString NodeTree::path(NodeId id) const
{
    return m_document->pointer(m_nodes[id].state);
}

QString NodeTree::memberName(NodeId id) const
{
    for (const ChildGroup &group : groups(id)) {
        if (group.kind == GroupKind::Bytes && group.raw != JsonDocument::npos)
            return m_document->qstring(group.raw);
    }
    return QString();
}

const NodeRef *NodeTree::firstBackEdge() const
{
    const auto it = std::find_if(m_refs.begin(), m_refs.end(), [](const NodeRef &ref) { return ref.backEdge; });
    return it == m_refs.end() ? nullptr : &*it;
}

NodeId NodeTree::childNamed(NodeId id, std::string_view groupName) const
{
    for (const ChildGroup &group : groups(id)) {
        if (group.name == groupName && group.kind == GroupKind::Node && group.refCount == 1)
            return m_refs[group.firstRef].node;
    }
    return kNoNode;
}

} // namespace skops
