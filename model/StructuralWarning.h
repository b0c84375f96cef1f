#pragma once

#include "NodeTree.h"

#include <QString>

#include <optional>

namespace skops {

// What a structural check found. The kebab-case names (codeName) are a
// stable interface: `skops-inspect audit --json` prints them and scripts
// match on them.
enum class WarningCode {
    UnreferencedMember,      // unreferenced-member
    MissingMember,           // missing-member
    DuplicateMemberName,     // duplicate-member-name
    UnusualMemberName,       // unusual-member-name
    SharedMember,            // shared-member
    IdReusedWithOtherContent, // id-reused-with-other-content
    DanglingCachedNode,      // dangling-cached-node
    IdCycle,                 // id-cycle
    MethodOwnerMismatch,     // method-owner-mismatch
    OperatorModuleMismatch,  // operator-module-mismatch
    ReduceConstructorMismatch, // reduce-constructor-mismatch
    IgnoredTypeLabel,        // ignored-type-label
    TreeChildOutOfRange,     // tree-child-out-of-range
    TreeFeatureOutOfRange,   // tree-feature-out-of-range
    TreeNodeCountMismatch,   // tree-node-count-mismatch
    FittedShapeMismatch,     // fitted-shape-mismatch
    ControlCharacters,       // control-characters
    MarkupText,              // markup-text
    NonAsciiTypeName,        // non-ascii-type-name
    SchemaEncoding,          // schema-encoding
    WarningsOmitted,         // warnings-omitted
};

// One finding of StructuralCheck: a stable code, a translated message, and
// where it is. `path` is the JSON pointer of the occurrence (as the audit
// reports locations; absent for archive members no node reads), `node` the
// node there (kNoNode for content the tree never builds).
struct StructuralWarning {
    WarningCode code = WarningCode::UnreferencedMember;
    QString message;
    NodeId node = kNoNode;
    std::optional<QString> path;
    QString member; // the archive member concerned, if any

    // The stable kebab-case name of a code.
    static QString codeName(WarningCode code);
    // Whether skops itself fails on a file with this finding (it refuses
    // to load it, or cannot finish loading), whatever the user trusts.
    static bool skopsCannotLoad(WarningCode code);
};

} // namespace skops
