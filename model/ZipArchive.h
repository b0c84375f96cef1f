#pragma once

#include "Limits.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <vector>

namespace skops {

// The bytes of one archive member: a read-only view into a memory-mapped
// archive (STORED members), or an owned buffer (inflated members). Cheap to
// copy; the storage lives as long as any copy.
class MemberBytes
{
public:
    MemberBytes() = default;
    static MemberBytes fromByteArray(QByteArray bytes);
    // A view of a read-only file mapping that `owner` keeps alive.
    static MemberBytes fromFileMapping(std::shared_ptr<const void> owner, const char *data, qint64 size);

    const char *data() const { return m_data; }
    qint64 size() const { return m_size; }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    // A sub-range sharing the same storage; clamped to the available bytes.
    MemberBytes mid(qint64 offset, qint64 length = -1) const;
    // Lets the kernel drop this process's pages of a file mapping's view
    // (the whole pages inside it): they read back from the page cache, so a
    // pass over a large array keeps only what it is reading resident. An
    // owned buffer is left alone: dropping its pages would zero it.
    void releaseResidentPages() const;

private:
    std::shared_ptr<const void> m_owner;
    const char *m_data = nullptr;
    qint64 m_size = 0;
    bool m_fileMapping = false;
};

// One entry of the central directory, as declared there.
struct ZipMember {
    int index = 0;           // position in the central directory
    QString name;            // decoded as CPython does: UTF-8 if flagged, else cp437
    QByteArray rawName;      // the bytes stored in the archive
    quint16 method = 0;      // 0 stored, 8 deflated, others unsupported
    quint16 flags = 0;
    quint32 crc = 0;
    quint64 compressedSize = 0;
    quint64 uncompressedSize = 0;
    quint64 localHeaderOffset = 0;
    bool shadowed = false;   // a later entry has the same name (CPython reads the last one)
};

// A read-only ZIP archive. Opening reads the central directory only; every
// member's sizes are checked against the limits and the archive's real size
// then, before any member is read. Thread-safe: reads share no state.
class ZipArchive
{
public:
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    static Result<std::shared_ptr<ZipArchive>> openFile(const QString &path,
                                                        const Limits &limits = Limits());
    // What openFile checks before it opens: the path names an existing
    // regular file (a FIFO or device would block, or never end, when read).
    static Status checkRegularFile(const QString &path);
    // An archive held in memory, e.g. the .npz inside a .skops file.
    static Result<std::shared_ptr<ZipArchive>> openBytes(const MemberBytes &bytes,
                                                         const QString &displayName,
                                                         const Limits &limits = Limits());

    QString displayName() const { return m_displayName; }
    qint64 archiveSize() const { return m_archiveSize; }
    const std::vector<ZipMember> &members() const { return m_members; }
    QByteArray comment() const { return m_comment; }

    // The entry CPython's zipfile would read for this name: the last one.
    const ZipMember *find(const QString &name) const;

    // The whole member. STORED members of a file archive are memory-mapped,
    // not copied; DEFLATED members are inflated (at most limits.maxInflatedBytes).
    // With verifyCrc the CRC-32 is checked (this touches every byte).
    Result<MemberBytes> read(const ZipMember &member, bool verifyCrc = true) const;

    // At least the first `length` bytes of the member (fewer if it is shorter),
    // without inflating the rest: what an .npy header needs.
    Result<MemberBytes> readPrefix(const ZipMember &member, qint64 length) const;
    // Lets the kernel drop this process's mapped pages under `bytes` (a view
    // of this archive's file mapping; anything else is left alone). The
    // bytes stay valid and fault back in from the page cache when read
    // again: a pass over many members then stays resident for one member.
    void releaseResidentPages(const MemberBytes &bytes) const;
    // Copies `length` bytes from `offset` within `bytes` to `out`. A view of
    // this archive's file mapping is read with pread, so the mapping is never
    // touched: a pass over large members in small pieces then maps nothing
    // and hands nothing back, which would flush every core's TLB per piece.
    // False when the range lies outside `bytes` or the file cannot be read.
    bool copyRange(const MemberBytes &bytes, qint64 offset, char *out, qint64 length) const;

private:
    ZipArchive();
    Status scan(const Limits &limits);
    Status readAt(qint64 offset, char *out, qint64 length) const;
    // Where the member's data starts: after its local header.
    Result<qint64> dataOffset(const ZipMember &member) const;
    Result<MemberBytes> inflate(const ZipMember &member, qint64 maxBytes, bool wholeMember) const;
    Error memberError(ErrorCode code, const ZipMember &member, const QString &what) const;

    struct Private;
    std::unique_ptr<Private> d;
    QString m_displayName;
    qint64 m_archiveSize = 0;
    std::vector<ZipMember> m_members;
    QByteArray m_comment;
    Limits m_limits;
};

} // namespace skops
