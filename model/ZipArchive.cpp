#include "ZipArchive.h"
#include "ModelText.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <zlib.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace skops {

namespace {

// CPython decodes names without the UTF-8 flag as code page 437.
const char16_t kCp437High[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8,
    0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2,
    0x00FB, 0x00F9, 0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1,
    0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD,
    0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562,
    0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534,
    0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560,
    0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B,
    0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580, 0x03B1, 0x00DF, 0x0393,
    0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6,
    0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248, 0x00B0,
    0x2219, 0x00B7, 0x221A, 0x207F, 0x25A0, 0x00B2, 0x00A0};

QString decodeName(const QByteArray &raw, quint16 flags)
{
    if (flags & 0x800)
        return QString::fromUtf8(raw);
    QString name;
    name.reserve(raw.size());
    for (char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        name.append(byte < 0x80 ? QChar(char16_t(byte)) : QChar(kCp437High[byte - 0x80]));
    }
    return name;
}

// A name that would escape an extraction folder: absolute, a drive, or "..".
bool isUnsafeName(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return true;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
        return true;
    const QStringList parts = QString(name).replace(QLatin1Char('\\'), QLatin1Char('/'))
                                  .split(QLatin1Char('/'));
    return parts.contains(QStringLiteral(".."));
}

struct ByteArrayOwner {
    QByteArray bytes;
};

// Little-endian fields of ZIP records.
quint16 le16(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint16(u[0] | (u[1] << 8));
}

quint32 le32(const char *p)
{
    return quint32(le16(p)) | (quint32(le16(p + 2)) << 16);
}

quint64 le64(const char *p)
{
    return quint64(le32(p)) | (quint64(le32(p + 4)) << 32);
}

constexpr quint32 kLocalHeaderSignature = 0x04034b50;
constexpr quint32 kCentralHeaderSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kZip64EndSignature = 0x06064b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr qint64 kLocalHeaderSize = 30;
constexpr qint64 kCentralHeaderSize = 46;
constexpr qint64 kEndSize = 22;
constexpr qint64 kZip64EndSize = 56;
constexpr qint64 kZip64LocatorSize = 20;

// The end-of-central-directory record, as CPython's zipfile finds it: the
// last signature whose comment length reaches exactly to the end of the
// file, or failing that the last one in the final 64 KiB.
qint64 findEndRecord(QByteArrayView bytes)
{
    const qint64 size = bytes.size();
    if (size < kEndSize)
        return -1;
    const qint64 lowest = std::max<qint64>(0, size - kEndSize - 0xFFFF);
    qint64 fallback = -1;
    for (qint64 at = size - kEndSize; at >= lowest; --at) {
        if (bytes[at] != 'P' || le32(bytes.data() + at) != kEndSignature)
            continue;
        if (at + kEndSize + le16(bytes.data() + at + 20) == size)
            return at;
        if (fallback < 0)
            fallback = at;
    }
    return fallback;
}

} // namespace

MemberBytes MemberBytes::fromByteArray(QByteArray bytes)
{
    auto owner = std::make_shared<ByteArrayOwner>(ByteArrayOwner{std::move(bytes)});
    MemberBytes result;
    result.m_data = owner->bytes.constData();
    result.m_size = owner->bytes.size();
    result.m_owner = std::move(owner);
    return result;
}

MemberBytes MemberBytes::fromFileMapping(std::shared_ptr<const void> owner, const char *data, qint64 size)
{
    MemberBytes result;
    result.m_owner = std::move(owner);
    result.m_data = data;
    result.m_size = size;
    result.m_fileMapping = true;
    return result;
}

MemberBytes MemberBytes::mid(qint64 offset, qint64 length) const
{
    offset = std::clamp<qint64>(offset, 0, m_size);
    const qint64 available = m_size - offset;
    if (length < 0 || length > available)
        length = available;
    MemberBytes result = *this;
    result.m_data = m_data + offset;
    result.m_size = length;
    return result;
}

void MemberBytes::releaseResidentPages() const
{
    if (!m_fileMapping || m_size <= 0)
        return;
    const auto page = quintptr(sysconf(_SC_PAGESIZE));
    const quintptr first = (quintptr(m_data) + page - 1) & ~(page - 1);
    const quintptr last = quintptr(m_data + m_size) & ~(page - 1);
    if (last > first)
        ::madvise(reinterpret_cast<void *>(first), size_t(last - first), MADV_DONTNEED);
}

// The whole archive as bytes (memory-mapped for files), so that STORED
// members are views and the central directory is parsed in place. Small
// reads (local headers, .npy headers) of a file go through pread instead:
// touching the mapping would fault in a whole window of pages around each.
struct ZipArchive::Private {
    MemberBytes whole;
    int fd = -1;
    QHash<QString, int> lastIndexByName; // open addressing: a lookup is one probe, not a node chase
};

// Keeps a file mapping (and its descriptor) alive for as long as any view
// into it exists.
struct MappedFile {
    std::unique_ptr<QFile> file;
    uchar *address = nullptr;
    ~MappedFile()
    {
        if (address)
            file->unmap(address);
    }
};

ZipArchive::ZipArchive() : d(std::make_unique<Private>()) {}

ZipArchive::~ZipArchive() = default;

Status ZipArchive::checkRegularFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::FileNotFound, ModelText::tr("the file does not exist"));
    if (info.isDir())
        return makeError(ErrorCode::FileUnreadable, ModelText::tr("this is a folder, not a file"));
    if (!info.isFile())
        return makeError(ErrorCode::FileUnreadable,
                         ModelText::tr("this is not a regular file (a pipe, socket or device)"));
    return Status();
}

Result<std::shared_ptr<ZipArchive>> ZipArchive::openFile(const QString &path, const Limits &limits)
{
    if (const Status status = checkRegularFile(path); !status.ok())
        return status.error();
    const QFileInfo info(path);

    std::shared_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_displayName = info.fileName();
    auto mapped = std::make_shared<MappedFile>();
    mapped->file = std::make_unique<QFile>(path);
    if (!mapped->file->open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable,
                         ModelText::tr("cannot be read: %1").arg(mapped->file->errorString()));
    archive->m_archiveSize = mapped->file->size();
    if (archive->m_archiveSize == 0)
        return makeError(ErrorCode::NotAZip, ModelText::tr("the file is empty, not a .skops (ZIP) archive"));
    mapped->address = mapped->file->map(0, archive->m_archiveSize);
    if (mapped->address) {
        const char *data = reinterpret_cast<const char *>(mapped->address);
        archive->d->whole = MemberBytes::fromFileMapping(mapped, data, archive->m_archiveSize);
        archive->d->fd = mapped->file->handle();
    } else {
        // Not mappable (a pipe, an odd file system): hold it in memory.
        QByteArray bytes = mapped->file->readAll();
        if (bytes.size() != archive->m_archiveSize)
            return makeError(ErrorCode::FileUnreadable, ModelText::tr("cannot be read to the end"));
        archive->d->whole = MemberBytes::fromByteArray(std::move(bytes));
    }
    const Status status = archive->scan(limits);
    if (!status.ok())
        return status.error();
    return archive;
}

Result<std::shared_ptr<ZipArchive>> ZipArchive::openBytes(const MemberBytes &bytes,
                                                         const QString &displayName,
                                                         const Limits &limits)
{
    std::shared_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_displayName = displayName;
    archive->m_archiveSize = bytes.size();
    if (bytes.size() == 0)
        return makeError(ErrorCode::NotAZip, ModelText::tr("%1 is empty, not a ZIP archive").arg(displayName));
    archive->d->whole = bytes;
    const Status status = archive->scan(limits);
    if (!status.ok())
        return status.error();
    return archive;
}

Status ZipArchive::scan(const Limits &limits)
{
    m_limits = limits;
    const QByteArrayView bytes = d->whole.view();
    const qint64 size = bytes.size();
    const char *base = bytes.data();
    const qint64 end = findEndRecord(bytes);
    if (end < 0) {
        if (bytes.startsWith("PK"))
            return makeError(ErrorCode::CorruptZip, ModelText::tr("the ZIP archive is damaged or truncated"));
        return makeError(ErrorCode::NotAZip, ModelText::tr("not a .skops file: it is not a ZIP archive"));
    }
    const Error damaged = makeError(ErrorCode::CorruptZip, ModelText::tr("the ZIP central directory is damaged"));
    quint64 entries = le16(base + end + 10);
    quint64 directorySize = le32(base + end + 12);
    quint64 directoryOffset = le32(base + end + 16);
    const qsizetype commentLength = std::min<qsizetype>(le16(base + end + 20), size - end - kEndSize);
    m_comment = QByteArray(base + end + kEndSize, commentLength);
    // Where the directory really ends; data prepended to the archive (a
    // self-extracting program) shifts every offset by the same amount.
    qint64 directoryEnd = end;
    const qint64 locator = end - kZip64LocatorSize;
    if (locator >= 0 && le32(base + locator) == kZip64LocatorSignature) {
        const qint64 record = locator - kZip64EndSize;
        if (record < 0 || le32(base + record) != kZip64EndSignature)
            return damaged;
        entries = le64(base + record + 32);
        directorySize = le64(base + record + 40);
        directoryOffset = le64(base + record + 48);
        directoryEnd = record;
    }
    if (directorySize > quint64(directoryEnd) || directoryOffset > quint64(directoryEnd) - directorySize)
        return damaged;
    const qint64 prepended = directoryEnd - qint64(directorySize) - qint64(directoryOffset);
    if (entries > limits.maxMembers)
        return makeError(ErrorCode::TooManyMembers,
                         ModelText::tr("the archive has %1 members, more than the limit of %2")
                             .arg(entries)
                             .arg(limits.maxMembers));
    // Every entry takes at least a fixed header: a count beyond that is a lie.
    if (entries > directorySize / kCentralHeaderSize)
        return damaged;

    m_members.reserve(entries);
    d->lastIndexByName.reserve(entries);
    qint64 at = directoryEnd - qint64(directorySize);
    for (quint64 i = 0; i < entries; ++i) {
        if (at + kCentralHeaderSize > directoryEnd || le32(base + at) != kCentralHeaderSignature)
            return makeError(ErrorCode::CorruptZip, ModelText::tr("a ZIP directory entry cannot be read"));
        const char *entry = base + at;
        const qint64 nameLength = le16(entry + 28);
        const qint64 extraLength = le16(entry + 30);
        const qint64 entryCommentLength = le16(entry + 32);
        const qint64 entrySize = kCentralHeaderSize + nameLength + extraLength + entryCommentLength;
        if (at + entrySize > directoryEnd)
            return makeError(ErrorCode::CorruptZip, ModelText::tr("a ZIP directory entry cannot be read"));

        ZipMember member;
        member.index = static_cast<int>(m_members.size());
        member.rawName = QByteArray(entry + kCentralHeaderSize, nameLength);
        member.flags = le16(entry + 8);
        member.name = decodeName(member.rawName, member.flags);
        member.method = le16(entry + 10);
        member.crc = le32(entry + 16);
        member.compressedSize = le32(entry + 20);
        member.uncompressedSize = le32(entry + 24);
        member.localHeaderOffset = le32(entry + 42);
        // ZIP64: the 32-bit fields that overflowed follow in the extra field.
        const char *extra = entry + kCentralHeaderSize + nameLength;
        for (qint64 x = 0; x + 4 <= extraLength;) {
            const quint16 id = le16(extra + x);
            const qint64 length = le16(extra + x + 2);
            if (x + 4 + length > extraLength)
                break;
            if (id == 0x0001) {
                const char *field = extra + x + 4;
                qint64 left = length;
                const auto take = [&](quint64 &value) {
                    if (value != 0xFFFFFFFFu)
                        return true;
                    if (left < 8)
                        return false;
                    value = le64(field);
                    field += 8;
                    left -= 8;
                    return true;
                };
                if (!take(member.uncompressedSize) || !take(member.compressedSize)
                    || !take(member.localHeaderOffset))
                    return memberError(ErrorCode::CorruptZip, member, ModelText::tr("has a damaged ZIP64 field"));
            }
            x += 4 + length;
        }
        member.localHeaderOffset += quint64(prepended);
        at += entrySize;

        if (isUnsafeName(member.name))
            return makeError(ErrorCode::UnsafeMemberName,
                             ModelText::tr("the archive member name \"%1\" points outside the archive "
                                "(absolute path or \"..\")")
                                 .arg(member.name));
        if (member.compressedSize > quint64(m_archiveSize))
            return memberError(ErrorCode::CorruptZip, member,
                               ModelText::tr("declares more compressed bytes than the archive holds"));
        if (member.localHeaderOffset >= quint64(m_archiveSize))
            return memberError(ErrorCode::CorruptZip, member, ModelText::tr("starts past the end of the archive"));
        if (member.uncompressedSize > limits.maxMemberBytes)
            return memberError(ErrorCode::MemberTooLarge, member,
                               ModelText::tr("declares %1 bytes, more than the limit of %2")
                                   .arg(member.uncompressedSize)
                                   .arg(limits.maxMemberBytes));
        if (member.method == 0 && member.compressedSize != member.uncompressedSize)
            return memberError(ErrorCode::CorruptZip, member,
                               ModelText::tr("is stored uncompressed but declares two different sizes"));
        if (member.method != 0
            && double(member.uncompressedSize)
                   > double(member.compressedSize) * limits.maxCompressionRatio + 4096.0)
            return memberError(ErrorCode::ZipBomb, member,
                               ModelText::tr("declares %1 bytes from %2 compressed bytes, a ratio no real "
                                  "compressor produces (a zip bomb?)")
                                   .arg(member.uncompressedSize)
                                   .arg(member.compressedSize));

        if (const auto seen = d->lastIndexByName.find(member.name); seen != d->lastIndexByName.end()) {
            m_members[std::size_t(seen.value())].shadowed = true;
            seen.value() = member.index;
        } else {
            d->lastIndexByName.insert(member.name, member.index);
        }
        m_members.push_back(std::move(member));
    }
    return Status();
}

const ZipMember *ZipArchive::find(const QString &name) const
{
    const auto it = d->lastIndexByName.constFind(name);
    return it == d->lastIndexByName.cend() ? nullptr : &m_members[std::size_t(it.value())];
}

Error ZipArchive::memberError(ErrorCode code, const ZipMember &member, const QString &what) const
{
    return makeError(code, ModelText::tr("archive member \"%1\" %2").arg(member.name, what));
}

Status ZipArchive::readAt(qint64 offset, char *out, qint64 length) const
{
    if (offset < 0 || length < 0 || offset > m_archiveSize || length > m_archiveSize - offset)
        return makeError(ErrorCode::CorruptZip, ModelText::tr("the ZIP archive is damaged or truncated"));
    if (d->fd < 0) {
        std::memcpy(out, d->whole.data() + offset, size_t(length));
        return Status();
    }
    while (length > 0) {
        const ssize_t n = ::pread(d->fd, out, size_t(length), off_t(offset));
        if (n <= 0)
            return makeError(ErrorCode::FileUnreadable, ModelText::tr("cannot be read to the end"));
        out += n;
        offset += n;
        length -= n;
    }
    return Status();
}

Result<qint64> ZipArchive::dataOffset(const ZipMember &member) const
{
    // CPython checks the local header's signature and name before reading.
    char fixed[kLocalHeaderSize];
    const qint64 headerAt = qint64(member.localHeaderOffset);
    if (!readAt(headerAt, fixed, kLocalHeaderSize).ok() || le32(fixed) != kLocalHeaderSignature)
        return memberError(ErrorCode::CorruptZip, member, ModelText::tr("has a damaged local header"));
    const qint64 nameLength = le16(fixed + 26);
    const qint64 extraLength = le16(fixed + 28);
    QByteArray name(nameLength, Qt::Uninitialized);
    if (!readAt(headerAt + kLocalHeaderSize, name.data(), nameLength).ok() || name != member.rawName)
        return memberError(ErrorCode::CorruptZip, member, ModelText::tr("has a damaged local header"));
    const qint64 offset = headerAt + kLocalHeaderSize + nameLength + extraLength;
    if (offset > m_archiveSize || qint64(member.compressedSize) > m_archiveSize - offset)
        return memberError(ErrorCode::CorruptZip, member, ModelText::tr("extends past the end of the archive"));
    return offset;
}

Result<MemberBytes> ZipArchive::read(const ZipMember &member, bool verifyCrc) const
{
    if (member.method == 0) {
        if (member.flags & 0x1)
            return memberError(ErrorCode::UnsupportedZip, member, ModelText::tr("is encrypted"));
        const Result<qint64> offset = dataOffset(member);
        if (!offset.ok())
            return offset.error();
        const MemberBytes bytes = d->whole.mid(offset.value(), qint64(member.compressedSize));
        if (verifyCrc) {
            // A member larger than a step is handed back behind the CRC
            // pass, so a reader that streams it (the schema parser) keeps
            // only what it is reading resident, not the whole member.
            constexpr qint64 kStep = qint64(1) << 20;
            uLong crc = crc32(0L, Z_NULL, 0);
            qint64 done = 0;
            while (done < bytes.size()) {
                const qint64 chunk = std::min<qint64>(bytes.size() - done, kStep);
                crc = crc32(crc, reinterpret_cast<const Bytef *>(bytes.data() + done),
                            static_cast<uInt>(chunk));
                if (bytes.size() > kStep)
                    releaseResidentPages(bytes.mid(done, chunk));
                done += chunk;
            }
            if (quint32(crc) != member.crc)
                return memberError(ErrorCode::CorruptZip, member,
                                   ModelText::tr("is damaged: its CRC-32 does not match"));
        }
        return bytes;
    }
    if (member.uncompressedSize > m_limits.maxInflatedBytes)
        return memberError(ErrorCode::MemberTooLarge, member,
                           ModelText::tr("needs %1 bytes when inflated, more than the limit of %2 for one read")
                               .arg(member.uncompressedSize)
                               .arg(m_limits.maxInflatedBytes));
    return inflate(member, qint64(member.uncompressedSize), true);
}

Result<MemberBytes> ZipArchive::readPrefix(const ZipMember &member, qint64 length) const
{
    if (member.method != 0)
        return inflate(member, std::min<qint64>(length, qint64(member.uncompressedSize)), false);
    if (member.flags & 0x1)
        return memberError(ErrorCode::UnsupportedZip, member, ModelText::tr("is encrypted"));
    const Result<qint64> offset = dataOffset(member);
    if (!offset.ok())
        return offset.error();
    // A copy, not a view: see Private.
    const qint64 count = std::min<qint64>(length, qint64(member.compressedSize));
    QByteArray bytes(count, Qt::Uninitialized);
    if (const Status status = readAt(offset.value(), bytes.data(), count); !status.ok())
        return status.error();
    return MemberBytes::fromByteArray(std::move(bytes));
}

namespace {

// Linux maps the file pages around a faulting one too, in aligned windows
// of this size (fault_around_bytes' default), so reading a view maps parts
// of its neighbours as well.
constexpr quintptr kFaultAroundBytes = 64 * 1024;

// The pages of `view` inside `mapping`, rounded outward to `alignment`
// (a multiple of the page size) and clamped to the mapping; empty when the
// view lies outside it.
std::pair<void *, size_t> pagesAround(QByteArrayView mapping, const MemberBytes &view, quintptr alignment)
{
    if (view.size() <= 0 || view.data() < mapping.data() || view.data() + view.size() > mapping.data() + mapping.size())
        return {nullptr, 0};
    const auto page = quintptr(sysconf(_SC_PAGESIZE));
    const quintptr mappingStart = quintptr(mapping.data()) & ~(page - 1);
    const quintptr mappingEnd = quintptr(mapping.data() + mapping.size());
    const quintptr first = std::max(quintptr(view.data()) & ~(alignment - 1), mappingStart);
    const quintptr last = std::min((quintptr(view.data() + view.size()) + alignment - 1) & ~(alignment - 1),
                                   (mappingEnd + page - 1) & ~(page - 1));
    return {reinterpret_cast<void *>(first), size_t(last - first)};
}

} // namespace

void ZipArchive::releaseResidentPages(const MemberBytes &bytes) const
{
    // Also the neighbours' pages that faulting mapped with it: a read-only
    // file mapping loses nothing by that, a page is only read in again.
    if (const auto [start, length] = pagesAround(d->whole.view(), bytes, kFaultAroundBytes); length > 0)
        d->whole.mid(static_cast<const char *>(start) - d->whole.data(), qint64(length)).releaseResidentPages();
}

bool ZipArchive::copyRange(const MemberBytes &bytes, qint64 offset, char *out, qint64 length) const
{
    if (offset < 0 || length < 0 || offset > bytes.size() || length > bytes.size() - offset)
        return false;
    const char *from = bytes.data() + offset;
    const char *mapping = d->whole.data();
    if (d->fd >= 0 && from >= mapping && from + length <= mapping + d->whole.size())
        return readAt(from - mapping, out, length).ok();
    std::memcpy(out, from, size_t(length));
    return true;
}

Result<MemberBytes> ZipArchive::inflate(const ZipMember &member, qint64 maxBytes,
                                        bool wholeMember) const
{
    if (member.flags & 0x1)
        return memberError(ErrorCode::UnsupportedZip, member, ModelText::tr("is encrypted"));
    if (member.method != 8)
        return memberError(ErrorCode::UnsupportedZip, member,
                           ModelText::tr("uses compression method %1; only stored and deflated members "
                              "can be read")
                               .arg(member.method));
    const Result<qint64> offset = dataOffset(member);
    if (!offset.ok())
        return offset.error();
    const MemberBytes input = d->whole.mid(offset.value(), qint64(member.compressedSize));
    const Error broken = memberError(ErrorCode::CorruptZip, member,
                                     ModelText::tr("is damaged: its compressed data cannot be inflated"));

    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return broken;
    // Grow with what really arrives, never trusting the declared size alone.
    const qint64 limit = wholeMember ? qint64(member.uncompressedSize) : maxBytes;
    QByteArray bytes;
    qint64 produced = 0;
    qint64 consumed = 0;
    bool ended = false;
    bool damagedStream = false;
    bool overflowed = false;
    while (!ended) {
        if (stream.avail_in == 0 && consumed < input.size()) {
            const qint64 chunk = std::min<qint64>(input.size() - consumed, 1 << 30);
            stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data() + consumed));
            stream.avail_in = uInt(chunk);
            consumed += chunk;
        }
        char probe = 0;
        if (produced == bytes.size()) {
            if (produced < limit)
                bytes.resize(std::min<qint64>(limit, std::max<qint64>(bytes.size() * 2, 1 << 16)));
            else if (!wholeMember)
                break;
        }
        // A whole member already at its declared size gets one byte more
        // of room: anything arriving there reveals a member that lies.
        const bool probing = produced == bytes.size();
        stream.next_out = reinterpret_cast<Bytef *>(probing ? &probe : bytes.data() + produced);
        stream.avail_out = probing ? 1u : uInt(std::min<qint64>(bytes.size() - produced, 1 << 30));
        const uInt room = stream.avail_out;
        const int rc = ::inflate(&stream, Z_NO_FLUSH);
        const qint64 arrived = qint64(room - stream.avail_out);
        if (probing && arrived > 0) {
            overflowed = true;
            break;
        }
        produced += arrived;
        if (rc == Z_STREAM_END) {
            ended = true;
        } else if (rc == Z_BUF_ERROR && stream.avail_in == 0 && consumed >= input.size()) {
            break; // the compressed data ends early
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            damagedStream = true;
            break;
        }
    }
    inflateEnd(&stream);
    if (damagedStream)
        return broken;
    if (!wholeMember) {
        bytes.truncate(std::min(produced, maxBytes));
        return MemberBytes::fromByteArray(std::move(bytes));
    }
    if (overflowed)
        return memberError(ErrorCode::ZipBomb, member, ModelText::tr("inflates to more bytes than it declares"));
    if (quint64(produced) != member.uncompressedSize)
        return memberError(ErrorCode::CorruptZip, member,
                           ModelText::tr("inflates to %1 bytes but declares %2").arg(produced).arg(member.uncompressedSize));
    bytes.truncate(produced);
    const uLong crc = crc32_z(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(bytes.constData()),
                              size_t(bytes.size()));
    if (quint32(crc) != member.crc)
        return memberError(ErrorCode::CorruptZip, member, ModelText::tr("is damaged: its CRC-32 does not match"));
    return MemberBytes::fromByteArray(std::move(bytes));
}

} // namespace skops
