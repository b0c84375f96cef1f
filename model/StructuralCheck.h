#pragma once

#include "StructuralWarning.h"

#include <atomic>
#include <vector>

namespace skops {

class SkopsFile;

// Checks a file for what skops itself does not verify or silently accepts
// (format doc §12.2, §12.3): archive members no node reads, duplicate and
// odd member names, `__id__` reuse with other content, dangling CachedNodes
// and cycles, type labels that do not drive construction, inconsistent
// scikit-learn Tree arrays and fitted shapes, and text that would mislead a
// text view. Linear in the central directory and schema.json; the only
// array data read are the three index fields of each Tree's `nodes` member,
// through the memory map (a DEFLATED member is inflated within the limits).
// At most kMaxPerCode warnings of one code are listed; a warnings-omitted
// entry counts the rest.
class StructuralCheck
{
public:
    static constexpr int kMaxPerCode = 100;

    // `cancel`, set from another thread, stops the check early; what was
    // found so far is returned.
    static std::vector<StructuralWarning> run(const SkopsFile &file,
                                              const std::atomic<bool> *cancel = nullptr);
};

} // namespace skops
