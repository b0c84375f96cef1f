#include "ArchiveWriter.h"
#include "ModelText.h"

#include <QDateTime>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <zip.h>
#include <zlib.h>

#include <algorithm>

namespace skops {

namespace {

// Small enough to poll the cancel check often; minizip also takes sizes
// as 32-bit values, so larger members must be written in pieces anyway.
constexpr qint64 kChunkBytes = 8 << 20;

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

ArchiveWriter::ArchiveWriter(const QString &path, Compression compression)
    : m_path(path)
    , m_compression(compression)
    , m_file(path)
{
    // Never fall back to writing the target in place.
    m_file.setDirectWriteFallback(false);
}

ArchiveWriter::~ArchiveWriter()
{
    if (m_zip && m_zip->isOpen()) {
        m_file.cancelWriting();
        m_zip->close();
    }
    // An uncommitted QSaveFile removes its temporary file when destroyed.
}

void ArchiveWriter::setCancelCheck(CancelCheck cancelled)
{
    m_cancelled = std::move(cancelled);
}

bool ArchiveWriter::needsZip64(qint64 uncompressedSize)
{
    return double(uncompressedSize) * 1.05 > double(0x7FFFFFFF);
}

QString ArchiveWriter::reason(int zipError) const
{
    if (m_file.error() != QFileDevice::NoError)
        return m_file.errorString();
    // A short write sets no error: the disk is full or the file size limit is reached.
    if (zipError == ZIP_ERRNO)
        return ModelText::tr("not everything could be written (is the disk full?)");
    return ModelText::tr("ZIP error %1").arg(zipError);
}

Status ArchiveWriter::fail(const QString &what)
{
    return fail(ErrorCode::WriteFailed, what);
}

Status ArchiveWriter::fail(ErrorCode code, const QString &what)
{
    m_failed = true;
    m_file.cancelWriting();
    if (m_zip && m_zip->isOpen())
        m_zip->close();
    return makeError(code, what);
}

Status ArchiveWriter::open()
{
    const QFileInfo target(m_path);
    if (target.isDir())
        return makeError(ErrorCode::WriteFailed, ModelText::tr("this is a folder, not a file"));
    // Unbuffered, so that a failed write reports its reason at once (a
    // buffered error is cleared by the seeks minizip makes afterwards).
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        m_failed = true;
        return makeError(ErrorCode::WriteFailed,
            ModelText::tr("cannot create the file in %1: %2")
                .arg(target.absolutePath(), m_file.errorString()));
    }
    m_zip = std::make_unique<QuaZip>(&m_file);
    // Closing the archive must not commit: commit() decides that.
    m_zip->setAutoClose(false);
    m_zip->setDataDescriptorWritingEnabled(false);
    if (!m_zip->open(QuaZip::mdCreate))
        return fail(
            ModelText::tr("cannot start the archive (ZIP error %1)").arg(m_zip->getZipError()));
    return Status();
}

Status ArchiveWriter::add(const QString &name, QByteArrayView bytes)
{
    if (m_failed || !m_zip || !m_zip->isOpen())
        return makeError(
            ErrorCode::WriteFailed, ModelText::tr("the archive is not open for writing"));
    // CPython sets the UTF-8 flag only on names that are not ASCII.
    const bool utf8 = !isAscii(name);
    m_zip->setUtf8Enabled(utf8);
    if (utf8)
        zipSetFlags(m_zip->getZipFile(), ZIP_ENCODING_UTF8);
    else
        zipClearFlags(m_zip->getZipFile(), ZIP_ENCODING_UTF8);
    m_zip->setZip64Enabled(needsZip64(bytes.size()));

    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    info.externalAttr = quint32(0600) << 16;
    const bool deflate = m_compression == Compression::Deflated;
    QuaZipFile member(m_zip.get());
    if (!member.open(QIODevice::WriteOnly, info, nullptr, 0, deflate ? Z_DEFLATED : 0,
                     deflate ? Z_DEFAULT_COMPRESSION : 0))
        return fail(ModelText::tr("cannot start the member \"%1\" (ZIP error %2)")
                        .arg(name)
                        .arg(member.getZipError()));
    qint64 written = 0;
    while (written < bytes.size()) {
        if (m_cancelled && m_cancelled())
            return fail(ErrorCode::Cancelled, ModelText::tr("cancelled; nothing was written"));
        const qint64 chunk = std::min(kChunkBytes, bytes.size() - written);
        if (member.write(bytes.data() + written, chunk) != chunk)
            return fail(ModelText::tr("writing the member \"%1\" failed: %2")
                            .arg(name, reason(member.getZipError())));
        written += chunk;
    }
    member.close();
    if (member.getZipError() != ZIP_OK)
        return fail(ModelText::tr("finishing the member \"%1\" failed: %2")
                        .arg(name, reason(member.getZipError())));
    return Status();
}

Status ArchiveWriter::commit(const QString &comment)
{
    if (m_failed || !m_zip || !m_zip->isOpen())
        return makeError(
            ErrorCode::WriteFailed, ModelText::tr("the archive is not open for writing"));
    if (m_cancelled && m_cancelled())
        return fail(ErrorCode::Cancelled, ModelText::tr("cancelled; nothing was written"));
    if (!comment.isEmpty()) {
        m_zip->setUtf8Enabled(true);
        m_zip->setComment(comment);
    }
    m_zip->close();
    if (m_zip->getZipError() != ZIP_OK)
        return fail(
            ModelText::tr("finishing the archive failed: %1").arg(reason(m_zip->getZipError())));
    if (!m_file.commit()) {
        m_failed = true;
        return makeError(ErrorCode::WriteFailed,
            ModelText::tr("cannot move the written file into place: %1").arg(m_file.errorString()));
    }
    return Status();
}

} // namespace skops
