#pragma once

#include "JsonDocument.h"
#include "Limits.h"
#include "NpyHeader.h"
#include "NodeTree.h"
#include "Result.h"
#include "ZipArchive.h"

#include <QString>

#include <atomic>
#include <memory>
#include <unordered_map>
#include <vector>

namespace skops {

// An array member whose .npy header is broken or promises more data than
// the member holds: skops would fail to load the file there.
struct ArrayProblem {
    QString member;
    QString path;  // JSON pointer of the first node reading it
    Error error;
};

// An opened .skops file: the archive, schema.json, the node tree and the
// .npy headers of its arrays. Opening reads the central directory and
// schema.json only; array headers are read when first asked for, array data
// never. Immutable (but for that cache) and safe to share between threads.
class SkopsFile
{
public:
    // `cancel`, when set from another thread, stops the work early with
    // ErrorCode::Cancelled.
    static Result<std::shared_ptr<const SkopsFile>> open(const QString &path,
                                                         const Limits &limits = Limits(),
                                                         const std::atomic<bool> *cancel = nullptr);

    QString path() const { return m_path; }
    QString fileName() const;
    const ZipArchive &archive() const { return *m_archive; }
    const JsonDocument &schema() const { return *m_schema; }
    const NodeTree &tree() const { return m_tree; }
    const Limits &limits() const { return m_limits; }
    int protocol() const { return m_tree.protocol(); }
    QString skopsVersion() const { return m_tree.skopsVersion(); }

    // The parsed header of an .npy member read by an NdArrayNode, or nullptr.
    // Read on first use (a few hundred bytes), then kept.
    const NpyHeader *npyHeader(const QString &member) const;
    // The array members skops could not load. The first call reads every
    // array header (what skops' load would check); opening alone does not.
    const std::vector<ArrayProblem> &arrayProblems() const;

    // A member the schema references, whole (CRC checked).
    Result<MemberBytes> readMember(const QString &name) const;
    // The same without the CRC check, which would touch every byte: a STORED
    // member is a view of the memory-mapped file, so showing the first page
    // of a huge array costs only that page.
    Result<MemberBytes> mapMember(const QString &name) const;

private:
    struct ArrayHeaders;
    SkopsFile() = default;

    QString m_path;
    std::shared_ptr<ZipArchive> m_archive;
    std::shared_ptr<const JsonDocument> m_schema;
    NodeTree m_tree;
    Limits m_limits;
    std::shared_ptr<ArrayHeaders> m_arrayHeaders;
};

} // namespace skops
