#pragma once

#include "JsonDocument.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace skops {

// Every payload member the schema references as an array or sparse matrix,
// in document order, with every place that references it (format doc
// appendix "Selection and order"): the whole of schema.json is walked,
// including repeats of memoised states that skops never builds.
struct ArrayReference {
    enum class Kind { Npy, Sparse };
    Kind kind = Kind::Npy;
    QString member;          // the zip member (`file`)
    QString className;       // module.class of the first reference
    QString path;            // JSON pointer of the first reference
    QStringList otherPaths;  // later references, in document order
};

class ArrayCatalog
{
public:
    static std::vector<ArrayReference> collect(const JsonDocument &schema);
};

} // namespace skops
