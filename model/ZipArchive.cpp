#include "ZipArchive.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <quazip.h>
#include <unzip.h>
#include <zlib.h>

#include <algorithm>
#include <unordered_map>

namespace skops {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("skops", text);
}

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

MemberBytes MemberBytes::fromView(std::shared_ptr<const void> owner, const char *data, qint64 size)
{
    MemberBytes result;
    result.m_owner = std::move(owner);
    result.m_data = data;
    result.m_size = size;
    return result;
}

MemberBytes MemberBytes::mid(qint64 offset, qint64 length) const
{
    offset = std::clamp<qint64>(offset, 0, m_size);
    const qint64 available = m_size - offset;
    if (length < 0 || length > available)
        length = available;
    return fromView(m_owner, m_data + offset, length);
}

// The open archive: the device QuaZip reads, and the whole archive as
// bytes (memory-mapped for files) so that STORED members are views.
struct ZipArchive::Private {
    QMutex mutex;
    std::unique_ptr<QFile> file;
    std::unique_ptr<QBuffer> buffer;
    QByteArray bufferBytes;
    std::unique_ptr<QuaZip> zip;
    MemberBytes whole;
    std::vector<unz64_file_pos> positions;
    std::unordered_map<QString, int> lastIndexByName;
};

// Keeps a file mapping alive for as long as any view into it exists.
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

ZipArchive::~ZipArchive()
{
    if (d && d->zip)
        d->zip->close();
}

Result<std::shared_ptr<ZipArchive>> ZipArchive::openFile(const QString &path, const Limits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::FileNotFound, tr("the file does not exist"));
    if (info.isDir())
        return makeError(ErrorCode::FileUnreadable, tr("this is a folder, not a file"));

    std::shared_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_displayName = info.fileName();
    archive->d->file = std::make_unique<QFile>(path);
    if (!archive->d->file->open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable,
                         tr("cannot be read: %1").arg(archive->d->file->errorString()));
    archive->m_archiveSize = archive->d->file->size();
    if (archive->m_archiveSize == 0)
        return makeError(ErrorCode::NotAZip, tr("the file is empty, not a .skops (ZIP) archive"));

    // A second handle for the mapping: QuaZip moves the first one's position.
    auto mapped = std::make_shared<MappedFile>();
    mapped->file = std::make_unique<QFile>(path);
    if (mapped->file->open(QIODevice::ReadOnly))
        mapped->address = mapped->file->map(0, archive->m_archiveSize);
    if (mapped->address) {
        const char *data = reinterpret_cast<const char *>(mapped->address);
        archive->d->whole = MemberBytes::fromView(mapped, data, archive->m_archiveSize);
    }

    archive->d->zip = std::make_unique<QuaZip>(archive->d->file.get());
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
        return makeError(ErrorCode::NotAZip, tr("%1 is empty, not a ZIP archive").arg(displayName));
    archive->d->whole = bytes;
    archive->d->bufferBytes = QByteArray::fromRawData(bytes.data(), bytes.size());
    archive->d->buffer = std::make_unique<QBuffer>(&archive->d->bufferBytes);
    archive->d->buffer->open(QIODevice::ReadOnly);
    archive->d->zip = std::make_unique<QuaZip>(archive->d->buffer.get());
    const Status status = archive->scan(limits);
    if (!status.ok())
        return status.error();
    return archive;
}

Status ZipArchive::scan(const Limits &limits)
{
    m_limits = limits;
    QuaZip &zip = *d->zip;
    if (!zip.open(QuaZip::mdUnzip)) {
        const bool looksLikeZip = d->whole.size() >= 2 && d->whole.data()[0] == 'P'
                                  && d->whole.data()[1] == 'K';
        if (d->whole.size() == 0) {
            // Not mappable: peek at the device instead.
            const QByteArray head = d->file ? d->file->peek(2) : QByteArray();
            if (head == "PK")
                return makeError(ErrorCode::CorruptZip, tr("the ZIP archive is damaged or truncated"));
        } else if (looksLikeZip) {
            return makeError(ErrorCode::CorruptZip, tr("the ZIP archive is damaged or truncated"));
        }
        return makeError(ErrorCode::NotAZip, tr("not a .skops file: it is not a ZIP archive"));
    }
    unzFile uf = zip.getUnzFile();
    unz_global_info64 global{};
    if (unzGetGlobalInfo64(uf, &global) != UNZ_OK)
        return makeError(ErrorCode::CorruptZip, tr("the ZIP central directory cannot be read"));
    if (global.number_entry > limits.maxMembers)
        return makeError(ErrorCode::TooManyMembers,
                         tr("the archive has %1 members, more than the limit of %2")
                             .arg(global.number_entry)
                             .arg(limits.maxMembers));
    m_comment = zip.getComment().toUtf8();

    m_members.reserve(global.number_entry);
    d->positions.reserve(global.number_entry);
    int rc = unzGoToFirstFile(uf);
    while (rc == UNZ_OK) {
        unz_file_info64 info{};
        QByteArray rawName(65536, Qt::Uninitialized);
        if (unzGetCurrentFileInfo64(uf, &info, rawName.data(), rawName.size(), nullptr, 0, nullptr, 0)
            != UNZ_OK)
            return makeError(ErrorCode::CorruptZip, tr("a ZIP directory entry cannot be read"));
        rawName.truncate(static_cast<qsizetype>(std::min<uLong>(info.size_filename, 65535)));

        ZipMember member;
        member.index = static_cast<int>(m_members.size());
        member.rawName = rawName;
        member.flags = static_cast<quint16>(info.flag);
        member.name = decodeName(rawName, member.flags);
        member.method = static_cast<quint16>(info.compression_method);
        member.crc = static_cast<quint32>(info.crc);
        member.compressedSize = info.compressed_size;
        member.uncompressedSize = info.uncompressed_size;

        if (isUnsafeName(member.name))
            return makeError(ErrorCode::UnsafeMemberName,
                             tr("the archive member name \"%1\" points outside the archive "
                                "(absolute path or \"..\")")
                                 .arg(member.name));
        if (member.compressedSize > quint64(m_archiveSize))
            return memberError(ErrorCode::CorruptZip, member,
                               tr("declares more compressed bytes than the archive holds"));
        if (member.uncompressedSize > limits.maxMemberBytes)
            return memberError(ErrorCode::MemberTooLarge, member,
                               tr("declares %1 bytes, more than the limit of %2")
                                   .arg(member.uncompressedSize)
                                   .arg(limits.maxMemberBytes));
        if (member.method == 0 && member.compressedSize != member.uncompressedSize)
            return memberError(ErrorCode::CorruptZip, member,
                               tr("is stored uncompressed but declares two different sizes"));
        if (member.method != 0
            && double(member.uncompressedSize)
                   > double(member.compressedSize) * limits.maxCompressionRatio + 4096.0)
            return memberError(ErrorCode::ZipBomb, member,
                               tr("declares %1 bytes from %2 compressed bytes, a ratio no real "
                                  "compressor produces (a zip bomb?)")
                                   .arg(member.uncompressedSize)
                                   .arg(member.compressedSize));

        unz64_file_pos position{};
        unzGetFilePos64(uf, &position);
        d->positions.push_back(position);
        auto [it, inserted] = d->lastIndexByName.try_emplace(member.name, member.index);
        if (!inserted) {
            m_members[it->second].shadowed = true;
            it->second = member.index;
        }
        m_members.push_back(std::move(member));
        if (m_members.size() > limits.maxMembers)
            return makeError(ErrorCode::TooManyMembers,
                             tr("the archive has more members than the limit of %1")
                                 .arg(limits.maxMembers));
        rc = unzGoToNextFile(uf);
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE)
        return makeError(ErrorCode::CorruptZip, tr("the ZIP central directory is damaged"));
    return Status();
}

const ZipMember *ZipArchive::find(const QString &name) const
{
    const auto it = d->lastIndexByName.find(name);
    return it == d->lastIndexByName.end() ? nullptr : &m_members[it->second];
}

Error ZipArchive::memberError(ErrorCode code, const ZipMember &member, const QString &what) const
{
    return makeError(code, tr("archive member \"%1\" %2").arg(member.name, what));
}

Result<MemberBytes> ZipArchive::read(const ZipMember &member, bool verifyCrc) const
{
    if (member.method == 0 && d->whole.size() > 0) {
        const Result<MemberBytes> prefix = readPrefix(member, 0);
        if (!prefix.ok())
            return prefix;
        const MemberBytes bytes = prefix.value();
        if (verifyCrc) {
            uLong crc = crc32(0L, Z_NULL, 0);
            qint64 offset = 0;
            while (offset < bytes.size()) {
                const qint64 chunk = std::min<qint64>(bytes.size() - offset, 1 << 30);
                crc = crc32(crc, reinterpret_cast<const Bytef *>(bytes.data() + offset),
                            static_cast<uInt>(chunk));
                offset += chunk;
            }
            if (quint32(crc) != member.crc)
                return memberError(ErrorCode::CorruptZip, member,
                                   tr("is damaged: its CRC-32 does not match"));
        }
        return bytes;
    }
    if (member.uncompressedSize > m_limits.maxInflatedBytes)
        return memberError(ErrorCode::MemberTooLarge, member,
                           tr("needs %1 bytes when inflated, more than the limit of %2 for one read")
                               .arg(member.uncompressedSize)
                               .arg(m_limits.maxInflatedBytes));
    return inflate(member, qint64(member.uncompressedSize), true);
}

Result<MemberBytes> ZipArchive::readPrefix(const ZipMember &member, qint64 length) const
{
    if (member.flags & 0x1)
        return memberError(ErrorCode::UnsupportedZip, member, tr("is encrypted"));
    if (member.method != 0 && member.method != 8)
        return memberError(ErrorCode::UnsupportedZip, member,
                           tr("uses compression method %1; only stored and deflated members "
                              "can be read")
                               .arg(member.method));
    if (member.method == 8 || d->whole.size() == 0)
        return inflate(member, std::min<qint64>(length, qint64(member.uncompressedSize)), false);

    // STORED: find where the data starts (after the local header) and
    // hand out a view of the mapped archive.
    QMutexLocker lock(&d->mutex);
    unzFile uf = d->zip->getUnzFile();
    unz64_file_pos position = d->positions[member.index];
    if (unzGoToFilePos64(uf, &position) != UNZ_OK)
        return memberError(ErrorCode::CorruptZip, member, tr("cannot be located in the archive"));
    int method = 0;
    int level = 0;
    if (unzOpenCurrentFile2(uf, &method, &level, 1) != UNZ_OK)
        return memberError(ErrorCode::CorruptZip, member, tr("has a damaged local header"));
    const ZPOS64_T dataOffset = unzGetCurrentFileZStreamPos64(uf);
    unzCloseCurrentFile(uf);
    if (dataOffset > quint64(m_archiveSize)
        || member.compressedSize > quint64(m_archiveSize) - dataOffset)
        return memberError(ErrorCode::CorruptZip, member, tr("extends past the end of the archive"));
    return d->whole.mid(qint64(dataOffset), qint64(member.compressedSize));
}

Result<MemberBytes> ZipArchive::inflate(const ZipMember &member, qint64 maxBytes,
                                        bool wholeMember) const
{
    QMutexLocker lock(&d->mutex);
    unzFile uf = d->zip->getUnzFile();
    unz64_file_pos position = d->positions[member.index];
    if (unzGoToFilePos64(uf, &position) != UNZ_OK)
        return memberError(ErrorCode::CorruptZip, member, tr("cannot be located in the archive"));
    if (unzOpenCurrentFile(uf) != UNZ_OK)
        return memberError(ErrorCode::CorruptZip, member, tr("has a damaged local header"));

    // Grow with what really arrives, never trusting the declared size alone.
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(std::min<qint64>(maxBytes, 64 << 20)));
    char chunk[65536];
    while (bytes.size() < maxBytes || wholeMember) {
        const int n = unzReadCurrentFile(uf, chunk, sizeof chunk);
        if (n < 0) {
            unzCloseCurrentFile(uf);
            return memberError(ErrorCode::CorruptZip, member,
                               tr("is damaged: its compressed data cannot be inflated"));
        }
        if (n == 0)
            break;
        if (wholeMember && quint64(bytes.size()) + quint64(n) > member.uncompressedSize) {
            unzCloseCurrentFile(uf);
            return memberError(ErrorCode::ZipBomb, member,
                               tr("inflates to more bytes than it declares"));
        }
        bytes.append(chunk, std::min<qint64>(n, wholeMember ? n : maxBytes - bytes.size()));
    }
    const int closeStatus = unzCloseCurrentFile(uf);
    if (wholeMember) {
        if (closeStatus == UNZ_CRCERROR)
            return memberError(ErrorCode::CorruptZip, member,
                               tr("is damaged: its CRC-32 does not match"));
        if (quint64(bytes.size()) != member.uncompressedSize)
            return memberError(ErrorCode::CorruptZip, member,
                               tr("inflates to %1 bytes but declares %2")
                                   .arg(bytes.size())
                                   .arg(member.uncompressedSize));
    }
    return MemberBytes::fromByteArray(std::move(bytes));
}

} // namespace skops
