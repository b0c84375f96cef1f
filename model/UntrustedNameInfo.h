#pragma once

#include "Audit.h"
#include "NodeTree.h"
#include "TrustProfile.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace skops {

// What skops would do with an untrusted name when loading: the kind of
// reference decides what code of that name could run.
enum class ReferenceKind {
    Instance,          // a class instantiated: ObjectNode, reduce-based nodes, arrays, random states
    Function,          // a function referenced or called: FunctionNode, PartialNode
    BoundMethod,       // MethodNode: the object's class and `Class.method`
    OperatorFunction,  // OperatorFuncNode: an `operator` function called with stored arguments
    Type,              // TypeNode: a type or builtin referenced as an object
    ContainerSubclass, // a dict/list/set/tuple/bytes node whose class is not the builtin
};

// A field of schema.json exactly as stored, from which skops forms a name.
struct StoredField {
    QString field;   // "__module__", "__class__", "content.func", "content.module_path", …
    QString pointer; // RFC 6901 pointer of the value; empty when the loader fixes it (TreeNode)
    QString value;   // the stored string, unaltered
};

// One place where an untrusted name is reported.
struct NameOccurrence {
    QString path;        // JSON pointer of the occurrence (as Audit reports locations)
    NodeId node = kNoNode;
    Loader loader = Loader::ObjectNode;
    ReferenceKind kind = ReferenceKind::Instance;
    std::vector<StoredField> fields;
};

// Everything the trust-approval dialog, `audit --sarif` and the details
// pane show about one untrusted name: where it is, what kind of reference
// it is, the raw fields it comes from, and whether another built-in profile
// trusts it (a version difference rather than a foreign type).
struct UntrustedNameInfo {
    std::string name;
    QString qName() const { return QString::fromStdString(name); }
    // Distinct kinds in occurrence order; the first is the primary one.
    std::vector<ReferenceKind> kinds;
    ReferenceKind primaryKind() const { return kinds.front(); }
    // In Audit order; one entry per (path, kind), so the reduce node and its
    // constructor at the same path count once.
    std::vector<NameOccurrence> occurrences;
    // Distinct occurrence paths, in order.
    QStringList paths() const;
    // Built-in profiles (other than the one audited with) under which skops
    // would not report this name for this file.
    QStringList trustedByProfiles;

    // Names `audit` reports, with their details; `profile` is the one the
    // audit ran with (the others are audited too, for trustedByProfiles).
    static std::vector<UntrustedNameInfo> collect(const NodeTree &tree, const Audit &audit,
                                                  const TrustProfile &profile);

    // Translated for people, or English for reports that programs read (SARIF).
    enum class Wording { Translated, English };

    static ReferenceKind kindOf(const Node &node);
    static QString kindLabel(ReferenceKind kind, Wording wording = Wording::Translated);
    // One line: what loading would do with a name of this kind.
    static QString riskNote(ReferenceKind kind, Wording wording = Wording::Translated);
    // A stable identifier ("untrusted-instance", …), used as SARIF rule id.
    static QString kindId(ReferenceKind kind);
    static std::vector<ReferenceKind> allKinds();
};

} // namespace skops
