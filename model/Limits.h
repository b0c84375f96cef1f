#pragma once

#include <QtGlobal>

namespace skops {

// Explicit resource limits for reading untrusted files. A file that exceeds
// one is refused with a message naming the limit; nothing is allocated from
// a size the file declares before it is checked against these and against
// what the file really holds.
struct Limits {
    quint64 maxMembers = 1'000'000;                 // archive entries
    quint64 maxSchemaBytes = 256ull << 20;          // schema.json, uncompressed
    quint64 maxJsonValues = 20'000'000;             // values in schema.json
    quint64 maxMemberBytes = 64ull << 30;           // one member, uncompressed
    quint64 maxInflatedBytes = 4ull << 30;          // inflated at once for one read
    double maxCompressionRatio = 1100.0;            // DEFLATE cannot exceed ~1032:1
    int maxJsonDepth = 1000;                        // nesting of schema.json
    quint64 maxNodes = 50'000'000;                  // nodes in the tree
    quint64 maxNpyHeaderBytes = 65'536;             // .npy header text
    int maxNpyDims = 64;                            // numpy's own limit
    quint64 maxNpzMembers = 64;                     // members of a nested sparse .npz
    quint64 maxTreeLines = 2'000'000;               // lines of a text tree (shared references multiply)
    quint64 maxArrayElements = 1ull << 32;          // elements of one array, so of one pass over it
    quint64 maxShownChars = 10'000;                 // characters of one key or value shown; cut with a note
};

} // namespace skops
