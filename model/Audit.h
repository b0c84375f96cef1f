#pragma once

#include "NodeTree.h"
#include "TrustProfile.h"

#include <QString>

#include <set>
#include <string>
#include <vector>

namespace skops {

// Where an untrusted name occurs: the node, and the JSON pointer of the
// state at that place in schema.json.
struct AuditLocation {
    NodeId node = kNoNode;
    QString path;
};

struct AuditFinding {
    std::string name;
    Loader loader = Loader::ObjectNode;  // loader of the first node reporting it
    bool methodName = false;             // the `module.Class.method` a MethodNode always adds
    std::vector<AuditLocation> locations;
};

// The untrusted set exactly as skops' get_untrusted_types computes it (format
// doc §8.2), with every location of every name, and the two per-node flags
// visualize shows. Each node is audited once: its trust context is stored in
// the node, so a shared node gives the same answer wherever it is referenced.
class Audit
{
public:
    // `trusted`: names the caller trusts, added to every node's list and
    // subtracted at the end, as skops.io.load(trusted=...) does.
    static Audit run(const NodeTree &tree, const TrustProfile &profile,
                     const std::set<std::string> &trusted = {});

    // Sorted by code point, minus the caller's names.
    const std::vector<std::string> &untrustedTypes() const { return m_untrusted; }
    const std::vector<AuditFinding> &findings() const { return m_findings; }

    // visualize's is_self_safe: the node's own `module.class` is trusted.
    bool isSelfSafe(NodeId id) const { return m_selfSafe[id]; }
    // visualize's is_safe: nothing untrusted in the node or below it, once
    // the caller's names are subtracted.
    bool isSafe(NodeId id) const { return m_safe[id]; }
    // The names this node itself reports (empty for most nodes).
    const std::vector<std::string> &namesAt(NodeId id) const { return m_namesAt[id]; }

private:
    std::vector<std::string> m_untrusted;
    std::vector<AuditFinding> m_findings;
    std::vector<bool> m_selfSafe;
    std::vector<bool> m_safe;
    std::vector<std::vector<std::string>> m_namesAt;
};

} // namespace skops
