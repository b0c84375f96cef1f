#pragma once

#include "JsonDocument.h"
#include "Limits.h"
#include "NodeTree.h"
#include "Result.h"
#include "ZipArchive.h"

#include <QString>

#include <memory>

namespace skops {

// An opened .skops file: the archive, schema.json and the node tree. Opening
// reads the central directory and schema.json only, never array data.
// Immutable and safe to share between threads once opened.
class SkopsFile
{
public:
    static Result<std::shared_ptr<const SkopsFile>> open(const QString &path,
                                                         const Limits &limits = Limits());

    QString path() const { return m_path; }
    QString fileName() const;
    const ZipArchive &archive() const { return *m_archive; }
    const JsonDocument &schema() const { return *m_schema; }
    const NodeTree &tree() const { return m_tree; }
    const Limits &limits() const { return m_limits; }
    int protocol() const { return m_tree.protocol(); }
    QString skopsVersion() const { return m_tree.skopsVersion(); }

    // A member the schema references, whole (CRC checked).
    Result<MemberBytes> readMember(const QString &name) const;
    // Lowercase hex SHA-256 of the whole file.
    Result<QString> sha256() const;

private:
    SkopsFile() = default;
    QString m_path;
    std::shared_ptr<ZipArchive> m_archive;
    std::shared_ptr<const JsonDocument> m_schema;
    NodeTree m_tree;
    Limits m_limits;
};

} // namespace skops
