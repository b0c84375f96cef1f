#pragma once

#include "NodeTree.h"

#include <QString>
#include <vector>

namespace skops {

class SkopsFile;

// One object in the file that stores `_sklearn_version` (every scikit-learn
// estimator does), in document order.
struct EstimatorVersion
{
    NodeId node = kNoNode;
    QString
        attributePath; // how Python reaches it from the root, e.g. "steps[1][1]"; "" for the root
    QString path; // JSON pointer of its state in schema.json
    QString className; // module.class
    QString sklearnVersion; // its `_sklearn_version`
};

// What the File tab shows about an opened .skops file. Building it reads
// nothing beyond what SkopsFile already holds; the SHA-256 reads the whole
// file and is computed separately, off the GUI thread.
struct FileSummary
{
    QString path;
    QString fileName;
    int protocol = 0;
    QString skopsVersion;
    qint64 fileSize = 0;
    int memberCount = 0; // central-directory entries, schema.json included
    int storedCount = 0; // members by compression method
    int deflatedCount = 0;
    int otherMethodCount = 0;
    quint64 uncompressedBytes = 0; // sum over all members
    std::vector<EstimatorVersion> estimators;

    static FileSummary build(const SkopsFile &file);
    // e.g. "stored (5)", "deflated (5)", "stored (1), deflated (4)"
    QString compressionText() const;
    // The distinct `_sklearn_version` values, in order of first appearance.
    QStringList sklearnVersions() const;

    // A Python expression reaching `node` from the root object, as attribute,
    // index and key accesses: "best_estimator_.steps[0][1]", "['key']".
    static QString attributePath(const NodeTree &tree, NodeId node);
};

} // namespace skops
