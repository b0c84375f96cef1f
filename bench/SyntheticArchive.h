#pragma once

#include <QString>

// Writes large .skops archives shaped like the ones skops writes, so that
// the benchmark can measure sizes nobody wants to keep in a repository.
namespace synthetic {

struct ForestOptions {
    int trees = 300;
    int nodesPerTree = 2500;   // about 200 KB of arrays per tree
    int features = 20;
    int classes = 3;
    bool deflate = false;
};

// A RandomForestClassifier of `trees` fitted decision trees.
bool writeForest(const QString &path, const ForestOptions &options, QString *error);
// A dict of `count` tiny arrays: one archive member each.
bool writeManyMembers(const QString &path, int count, QString *error);
// A small model plus one float64 array of `bytes` bytes, written in chunks.
bool writeLargeArray(const QString &path, qint64 bytes, QString *error);

} // namespace synthetic
