#include "SkopsFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace skops {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("skops", text);
}

} // namespace

Result<std::shared_ptr<const SkopsFile>> SkopsFile::open(const QString &path, const Limits &limits,
                                                        const std::atomic<bool> *cancel)
{
    auto archive = ZipArchive::openFile(path, limits);
    if (!archive.ok())
        return archive.error();
    const ZipMember *schemaMember = archive.value()->find(QStringLiteral("schema.json"));
    if (!schemaMember)
        return makeError(ErrorCode::MissingSchema,
                         tr("the archive has no schema.json, so it is not a .skops file"));
    if (schemaMember->uncompressedSize > limits.maxSchemaBytes)
        return makeError(ErrorCode::SchemaTooLarge,
                         tr("schema.json has %1 bytes, more than the limit of %2")
                             .arg(schemaMember->uncompressedSize)
                             .arg(limits.maxSchemaBytes));
    const Result<MemberBytes> schemaBytes = archive.value()->read(*schemaMember);
    if (!schemaBytes.ok())
        return schemaBytes.error();
    auto schema = JsonDocument::parse(schemaBytes.value().view(), limits, cancel);
    if (!schema.ok())
        return schema.error();
    auto document = std::make_shared<const JsonDocument>(std::move(schema).value());

    const ZipArchive &zip = *archive.value();
    auto tree = NodeTree::build(
        document, [&zip](const QString &name) { return zip.find(name) != nullptr; }, limits, cancel);
    if (!tree.ok())
        return tree.error();

    std::shared_ptr<SkopsFile> file(new SkopsFile);
    file->m_path = path;
    file->m_archive = std::move(archive).value();
    file->m_schema = std::move(document);
    file->m_tree = std::move(tree).value();
    file->m_limits = limits;
    if (const Status headers = file->readArrayHeaders(cancel); !headers.ok())
        return headers.error();
    return std::shared_ptr<const SkopsFile>(std::move(file));
}

Status SkopsFile::readArrayHeaders(const std::atomic<bool> *cancel)
{
    const qint64 prefix = NpyHeader::prefixBytesNeeded(m_limits);
    for (NodeId id = 0; id < m_tree.nodeCount(); ++id) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return makeError(ErrorCode::Cancelled, tr("opening was cancelled"));
        if (m_tree.node(id).loader != Loader::NdArrayNode)
            continue;
        const QString name = m_tree.memberName(id);
        if (name.isEmpty() || m_npyHeaders.count(name))
            continue;
        const auto problemAt = [&](const Error &error) {
            const bool known = std::any_of(m_arrayProblems.begin(), m_arrayProblems.end(),
                                           [&](const ArrayProblem &p) { return p.member == name; });
            if (!known)
                m_arrayProblems.push_back({name, m_tree.path(id), error});
        };
        const ZipMember *member = m_archive->find(name);
        const Result<MemberBytes> head = m_archive->readPrefix(*member, prefix);
        if (!head.ok()) {
            problemAt(head.error());
            continue;
        }
        const Result<NpyHeader> header = NpyHeader::parse(head.value().view(), m_limits);
        if (!header.ok()) {
            problemAt(header.error());
            continue;
        }
        const Status size = header.value().validateDataSize(qint64(member->uncompressedSize));
        if (!size.ok()) {
            problemAt(size.error());
            continue;
        }
        m_npyHeaders.emplace(name, header.value());
    }
    return Status();
}

const NpyHeader *SkopsFile::npyHeader(const QString &member) const
{
    const auto it = m_npyHeaders.find(member);
    return it == m_npyHeaders.end() ? nullptr : &it->second;
}

QString SkopsFile::fileName() const
{
    return QFileInfo(m_path).fileName();
}

Result<MemberBytes> SkopsFile::readMember(const QString &name) const
{
    const ZipMember *member = m_archive->find(name);
    if (!member)
        return makeError(ErrorCode::MissingMember,
                         tr("the archive member \"%1\" does not exist").arg(name));
    return m_archive->read(*member);
}

Result<MemberBytes> SkopsFile::mapMember(const QString &name) const
{
    const ZipMember *member = m_archive->find(name);
    if (!member)
        return makeError(ErrorCode::MissingMember,
                         tr("the archive member \"%1\" does not exist").arg(name));
    return m_archive->read(*member, false);
}

Result<QString> SkopsFile::sha256() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, tr("cannot be read: %1").arg(file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(ErrorCode::FileUnreadable, tr("cannot be read to the end"));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace skops
