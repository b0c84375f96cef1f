#pragma once

#include "ArchiveWriter.h"
#include "ExportEdit.h"
#include "Result.h"
#include "SkopsFile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace skops {

enum class ExportMode {
    // An equivalent archive: every member kept (one entry per name), the
    // archive comment kept, schema.json copied as it is unless it must change.
    SaveAs,
    // A canonical archive: schema.json re-serialised plus only the members it
    // references, with usual names, no comment, no duplicate entries.
    Cleaned,
};

struct ExportOptions {
    ExportMode mode = ExportMode::Cleaned;
    bool deflate = false;
    std::vector<ExportEdit> edits;
};

// One thing the export removed or changed.
struct ExportChange {
    enum class Kind {
        Protocol,         // written as protocol 2
        Converted,        // a node rewritten in its protocol-2 shape
        SkopsVersion,     // _skops_version now names the format written
        Edited,           // an edit of the options
        Relocated,        // a shared state moved to its next place, as an edit took its first
        RepeatsRewritten, // repeated states rewritten to match the edited objects
        MemberRemoved,
        DuplicateRemoved, // earlier central-directory entries of a name (skops reads the last)
        MemberRenamed,
        MemberMissing,    // named only by a repeated state skops never reads, and absent
        CommentRemoved,
        SchemaRewritten,
        Compression,
    };
    Kind kind = Kind::Edited;
    QString path;    // JSON pointer in schema.json as it was when the change was made
    QString member;  // archive member, where it is about one
    QString detail;  // one translated sentence

    static QString kindName(Kind kind);
};

struct ExportReport {
    QString input;
    QString output;
    ExportMode mode = ExportMode::Cleaned;
    bool deflate = false;
    int inputProtocol = 2;
    int outputProtocol = 2;
    QString inputSkopsVersion;   // null when the file has none
    QString outputSkopsVersion;
    QStringList members;         // as written, schema.json last
    std::vector<ExportChange> changes;

    // The report as a JSON object (UTF-8, two-space indentation).
    std::string toJson() const;
};

// What prepare() decided; write() only copies.
struct ExportPlan {
    struct Member {
        QString source;  // name in the input archive
        QString name;    // name in the output archive
    };
    QByteArray schema;
    std::vector<Member> members;  // payload members in order; schema.json follows them
    QString comment;
    bool deflate = false;
    ExportReport report;
};

// Writes an opened .skops file back as a skops archive that the real skops
// loads to the same object (format doc §10): payload members are copied
// byte for byte, protocol 0 and 1 files become protocol 2 (§11) where that
// can be done from the stored data alone, and edits change exactly the
// places they name. Errors with ErrorCode::WriteFailed or Cancelled concern
// the output file; every other error concerns the input.
class ModelExporter
{
public:
    // The skops release whose format a converted file is written in.
    static QString writtenSkopsVersion();

    static Result<ExportPlan> prepare(const SkopsFile &input, const ExportOptions &options);
    // Reads every member it copies before the output replaces anything, so
    // the output may be the input file itself.
    static Status write(const SkopsFile &input, const ExportPlan &plan, const QString &path,
                        const ArchiveWriter::CancelCheck &cancelled = {});
    static Result<ExportReport> exportFile(const SkopsFile &input, const QString &path,
                                           const ExportOptions &options,
                                           const ArchiveWriter::CancelCheck &cancelled = {});
};

} // namespace skops
