#include "Audit.h"

#include <algorithm>
#include <map>

namespace skops {

namespace {

// The by_loader key of the profile whose list a node is checked against.
std::string_view loaderKey(const Node &node)
{
    switch (node.loader) {
    case Loader::FunctionNode:
        return node.protocolVariant == 0 ? "FunctionNode@0" : "FunctionNode";
    case Loader::RandomGeneratorNode:
        if (node.protocolVariant == 0)
            return "RandomGeneratorNode@0";
        if (node.protocolVariant == 1)
            return "RandomGeneratorNode@1";
        return "RandomGeneratorNode";
    case Loader::SGDNode:
        return "LossNode";
    case Loader::DictWithDeprecatedKeysNode:
        return "_DictWithDeprecatedKeysNode";
    default:
        return {};
    }
}

class Checker
{
public:
    Checker(const NodeTree &tree, const TrustProfile &profile, const std::set<std::string> &trusted)
        : m_tree(tree)
        , m_profile(profile)
        , m_trusted(trusted)
    {
    }

    // selfTrust(n) of §8.2: the loader's list, the stored context, the caller's names.
    bool selfTrusts(NodeId id, const std::string &name) const
    {
        const Node &node = m_tree.node(id);
        if (node.loader == Loader::DefaultDictNode)
            return name == "collections.defaultdict";
        if (node.loader == Loader::DictWithDeprecatedKeysNode)
            return name == "skops.io._sklearn._DictWithDeprecatedKeys";
        if (m_trusted.count(name))
            return true;
        if ((node.trustContext & InheritsTreeTrust) && m_profile.inheritedTreeTrust(name))
            return true;
        if ((node.trustContext & InheritsLossTrust) && m_profile.inheritedLossTrust(name))
            return true;
        std::string_view key = loaderKey(node);
        if (key.empty())
            key = loaderNameUtf8(node.loader);
        return m_profile.trusts(key, name);
    }

    // The names a node reports itself (get_unsafe_set without the children).
    std::vector<std::string> ownNames(NodeId id) const
    {
        const Node &node = m_tree.node(id);
        std::vector<std::string> names;
        switch (node.loader) {
        case Loader::JsonNode:
        case Loader::SliceNode:
            return names;
        case Loader::FunctionNode:
            if (node.protocolVariant == 0) {
                const JsonDocument &doc = m_tree.document();
                const auto content = doc.member(node.state, "content");
                std::string name(doc.text(doc.member(content, "module_path")));
                name += '.';
                name += doc.text(doc.member(content, "function"));
                if (!selfTrusts(id, name))
                    names.push_back(name);
                return names;
            }
            break;
        default:
            break;
        }
        const std::string name = m_tree.typeName(id);
        if (!selfTrusts(id, name))
            names.push_back(name);
        if (node.loader == Loader::MethodNode) {
            const NodeId obj = m_tree.childNamed(id, "obj");
            const JsonDocument &doc = m_tree.document();
            const auto func = doc.member(doc.member(node.state, "content"), "func");
            names.push_back(m_tree.typeName(obj) + "." + std::string(doc.text(func)));
        }
        // Construction calls `operator.<class>` whatever the stored module
        // says (skops >= 0.12 refuses such files): name what would run.
        if (node.loader == Loader::OperatorFuncNode && node.module != "operator") {
            const std::string called = "operator." + std::string(node.className);
            if (!selfTrusts(id, called))
                names.push_back(called);
        }
        return names;
    }

    bool visualizeSelfSafe(NodeId id) const
    {
        if (m_tree.node(id).loader == Loader::JsonNode)
            return true;
        return selfTrusts(id, m_tree.typeName(id));
    }

private:
    // The loader's name as the profile's by_loader keys spell it, converted
    // once per loader rather than once per node.
    std::string_view loaderNameUtf8(Loader loader) const
    {
        std::string &name = m_loaderNames[loader];
        if (name.empty())
            name = loaderName(loader).toStdString();
        return name;
    }

    const NodeTree &m_tree;
    const TrustProfile &m_profile;
    const std::set<std::string> &m_trusted;
    mutable std::map<Loader, std::string> m_loaderNames;
};

} // namespace

Audit Audit::run(const NodeTree &tree, const TrustProfile &profile, const std::set<std::string> &trusted)
{
    Audit audit;
    const std::size_t n = tree.nodeCount();
    const Checker checker(tree, profile, trusted);
    audit.m_selfSafe.resize(n);
    audit.m_safe.assign(n, true);
    audit.m_namesAt.resize(n);

    std::vector<NodeId> namingNodes;
    for (NodeId id = 0; id < n; ++id) {
        audit.m_selfSafe[id] = checker.visualizeSelfSafe(id);
        audit.m_namesAt[id] = checker.ownNames(id);
        if (!audit.m_namesAt[id].empty())
            namingNodes.push_back(id);
    }

    // Every place a node that names something occurs: its first state, and
    // every later reference. Only those nodes: a pointer costs a walk to the
    // root, and most nodes name nothing.
    std::vector<std::vector<AuditLocation>> occurrences(n);
    std::vector<bool> wanted(n, false);
    for (NodeId id : namingNodes)
        wanted[id] = true;
    if (wanted[tree.root()])
        occurrences[tree.root()].push_back({tree.root(), tree.path(tree.root())});
    for (const NodeRef &ref : tree.allRefs()) {
        if (ref.node == kNoNode || !wanted[ref.node])
            continue;
        const QString path = ref.state == JsonDocument::npos ? tree.path(ref.node)
                                                             : tree.document().pointer(ref.state);
        occurrences[ref.node].push_back({ref.node, path});
    }

    std::map<std::string, AuditFinding> byName;
    std::vector<NodeId> unsafeNodes;
    for (NodeId id : namingNodes) {
        // What still counts after the caller's names are subtracted (a
        // MethodNode's `Class.method` is named even when trusted).
        const auto &names = audit.m_namesAt[id];
        if (std::any_of(names.begin(), names.end(), [&](const std::string &n) { return !trusted.count(n); }))
            unsafeNodes.push_back(id);
        const Node &node = tree.node(id);
        for (std::size_t k = 0; k < audit.m_namesAt[id].size(); ++k) {
            const std::string &name = audit.m_namesAt[id][k];
            auto [it, inserted] = byName.try_emplace(name);
            AuditFinding &finding = it->second;
            if (inserted) {
                finding.name = name;
                finding.loader = node.loader;
                // A MethodNode's `module.Class.method` is always its last name.
                finding.methodName = node.loader == Loader::MethodNode
                                     && k + 1 == audit.m_namesAt[id].size();
            }
            const auto &places = occurrences[id];
            finding.locations.insert(finding.locations.end(), places.begin(), places.end());
        }
    }

    // is_safe: no reporting node reachable. Walk the references backwards
    // from every reporting node (cycles included, as skops' evaluation
    // starting at a node reaches them too).
    std::vector<std::vector<NodeId>> parents(n);
    for (NodeId id = 0; id < n; ++id) {
        for (const ChildGroup &group : tree.groups(id)) {
            for (const NodeRef &ref : tree.refs(group)) {
                if (ref.node != kNoNode)
                    parents[ref.node].push_back(id);
            }
        }
    }
    std::vector<NodeId> stack = unsafeNodes;
    for (NodeId id : unsafeNodes)
        audit.m_safe[id] = false;
    while (!stack.empty()) {
        const NodeId id = stack.back();
        stack.pop_back();
        for (NodeId parent : parents[id]) {
            if (audit.m_safe[parent]) {
                audit.m_safe[parent] = false;
                stack.push_back(parent);
            }
        }
    }
    for (NodeId id = 0; id < n; ++id) {
        if (tree.node(id).loader == Loader::JsonNode)
            audit.m_safe[id] = true;
    }

    for (auto &[name, finding] : byName) {
        if (trusted.count(name))
            continue;
        audit.m_untrusted.push_back(name);
        audit.m_findings.push_back(std::move(finding));
    }
    return audit;
}

} // namespace skops
