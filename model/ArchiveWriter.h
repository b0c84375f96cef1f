#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QSaveFile>
#include <QString>

#include <functional>
#include <memory>

class QuaZip;

namespace skops {

// Writes a ZIP archive the way CPython's zipfile.writestr does for skops
// (format doc §2.1): one compression method for every member, permissions
// 0600, the UTF-8 name flag only on names that need it, ZIP64 records only
// for members or offsets that need them. Timestamps are fixed (1980-01-01)
// so that the same input always gives the same bytes.
//
// Everything goes to a temporary file in the target folder that replaces
// the target only at commit(): the target is never written in place, a
// reader that memory-mapped it keeps its old contents, and a failure or a
// cancel leaves no partial file behind.
class ArchiveWriter
{
public:
    enum class Compression { Stored, Deflated };
    using CancelCheck = std::function<bool()>;

    explicit ArchiveWriter(const QString &path, Compression compression = Compression::Stored);
    ~ArchiveWriter();
    ArchiveWriter(const ArchiveWriter &) = delete;
    ArchiveWriter &operator=(const ArchiveWriter &) = delete;

    // Polled between chunks of every member; true stops the writing
    // (ErrorCode::Cancelled). Every other failure is ErrorCode::WriteFailed.
    void setCancelCheck(CancelCheck cancelled);

    Status open();
    // One member, written as given (stored or deflated, never transformed).
    Status add(const QString &name, QByteArrayView bytes);
    // Finishes the archive and moves it into place.
    Status commit(const QString &comment = QString());

    // The ZIP64 rule of CPython's writestr: above about 2 GiB a member gets
    // ZIP64 sizes in its local header.
    static bool needsZip64(qint64 uncompressedSize);

private:
    Status fail(const QString &what);
    Status fail(ErrorCode code, const QString &what);
    QString reason(int zipError) const;

    QString m_path;
    Compression m_compression;
    CancelCheck m_cancelled;
    QSaveFile m_file;
    std::unique_ptr<QuaZip> m_zip;
    bool m_failed = false;
};

} // namespace skops
