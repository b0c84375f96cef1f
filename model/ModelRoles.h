#pragma once

#include <Qt>

namespace skops {

// Item-data roles shared by every model over a .skops file, so that views,
// proxies and tests agree on what each role means.
enum ModelRole {
    NodeIdRole = Qt::UserRole + 1, // quint32 NodeId of the node (kNoNode for raw values)
    PathRole,                      // QString: JSON pointer of this occurrence in schema.json
    NodePathRole,                  // QString: JSON pointer of the node's first occurrence
    LoaderRole,                    // QString: the `__loader__` name ("" for raw values)
    TypeNameRole,                  // QString: `module.class`
    TrustStateRole,                // int: a TrustState
    SortRole,                      // a value to sort by (numbers as double)
};

// The three states visualize colours, plus names the user approved.
enum class TrustState {
    Trusted,                 // the node and everything below it are trusted
    UntrustedDescendant,     // the node is trusted, something below it is not
    Untrusted,               // the node's own type is not trusted
    Approved,                // not trusted by default, approved by the user
};

} // namespace skops
