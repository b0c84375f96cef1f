#include "SkopsFile.h"
#include "ModelText.h"

#include <QFile>
#include <QFileInfo>

#include <mutex>
#include <optional>

#include <algorithm>

namespace skops {

Result<std::shared_ptr<const SkopsFile>> SkopsFile::open(const QString &path, const Limits &limits,
                                                        const std::atomic<bool> *cancel)
{
    auto archive = ZipArchive::openFile(path, limits);
    if (!archive.ok())
        return archive.error();
    const ZipMember *schemaMember = archive.value()->find(QStringLiteral("schema.json"));
    if (!schemaMember)
        return makeError(ErrorCode::MissingSchema,
            ModelText::tr("the archive has no schema.json, so it is not a .skops file"));
    if (schemaMember->uncompressedSize > limits.maxSchemaBytes)
        return makeError(ErrorCode::SchemaTooLarge,
            ModelText::tr("schema.json has %1 bytes, more than the limit of %2")
                .arg(schemaMember->uncompressedSize)
                .arg(limits.maxSchemaBytes));
    const Result<MemberBytes> schemaBytes = archive.value()->read(*schemaMember);
    if (!schemaBytes.ok())
        return schemaBytes.error();
    const MemberBytes &schemaText = schemaBytes.value();
    const ZipArchive &zip = *archive.value();
    auto schema = JsonDocument::parse(schemaText.view(), limits, cancel, [&](QByteArrayView finished) {
        zip.releaseResidentPages(schemaText.mid(finished.data() - schemaText.data(), finished.size()));
    });
    if (!schema.ok())
        return schema.error();
    auto document = std::make_shared<const JsonDocument>(std::move(schema).value());

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
    file->m_arrayHeaders = std::make_shared<ArrayHeaders>();
    return std::shared_ptr<const SkopsFile>(std::move(file));
}

namespace {

// Real .npy headers are 128 bytes or a few times that: one small read
// covers them, and only a longer header costs a second one.
constexpr qint64 kUsualHeaderBytes = 4096;

// The size of the .npy header (magic, version, length, text) that `head`
// declares, or 0 when it is no .npy header (parsing then says why).
qint64 declaredHeaderBytes(QByteArrayView head)
{
    if (head.size() < 12 || !head.startsWith("\x93NUMPY"))
        return 0;
    const auto *u = reinterpret_cast<const unsigned char *>(head.data());
    if (u[6] == 1)
        return 10 + qint64(u[8] | (u[9] << 8));
    return 12 + qint64(quint32(u[8]) | (quint32(u[9]) << 8) | (quint32(u[10]) << 16) | (quint32(u[11]) << 24));
}

} // namespace

// The lazily read .npy headers, guarded by `mutex`. Entries are never
// removed, so pointers to them stay valid for the file's lifetime.
struct SkopsFile::ArrayHeaders {
    struct Entry {
        std::optional<NpyHeader> header;
        Error error;
    };
    std::mutex mutex;
    bool indexed = false;
    std::unordered_map<QString, NodeId> firstReader; // member -> first NdArrayNode reading it
    std::vector<QString> members;                    // in the order of those nodes
    std::unordered_map<QString, Entry> entries;
    bool checkedAll = false;
    std::vector<ArrayProblem> problems;

    void index(const NodeTree &tree)
    {
        if (indexed)
            return;
        for (NodeId id = 0; id < tree.nodeCount(); ++id) {
            if (tree.node(id).loader != Loader::NdArrayNode)
                continue;
            QString name = tree.memberName(id);
            if (!name.isEmpty() && firstReader.try_emplace(name, id).second)
                members.push_back(std::move(name));
        }
        indexed = true;
    }

    const Entry &read(const QString &name, const ZipArchive &archive, const Limits &limits)
    {
        const auto known = entries.find(name);
        if (known != entries.end())
            return known->second;
        Entry &entry = entries[name];
        // The tree was only built if every member it names exists.
        const ZipMember *member = archive.find(name);
        Result<MemberBytes> head = archive.readPrefix(*member, kUsualHeaderBytes);
        const qint64 declared = head.ok() ? declaredHeaderBytes(head.value().view()) : 0;
        if (head.ok() && declared > head.value().size() && head.value().size() == kUsualHeaderBytes)
            head = archive.readPrefix(*member, std::min(declared, NpyHeader::prefixBytesNeeded(limits)));
        if (!head.ok()) {
            entry.error = head.error();
            return entry;
        }
        Result<NpyHeader> header = NpyHeader::parse(head.value().view(), limits);
        if (!header.ok()) {
            entry.error = header.error();
            return entry;
        }
        const Status size = header.value().validateDataSize(qint64(member->uncompressedSize));
        if (!size.ok()) {
            entry.error = size.error();
            return entry;
        }
        entry.header = std::move(header).value();
        return entry;
    }
};

const NpyHeader *SkopsFile::npyHeader(const QString &member) const
{
    ArrayHeaders &cache = *m_arrayHeaders;
    const std::lock_guard lock(cache.mutex);
    cache.index(m_tree);
    if (!cache.firstReader.count(member))
        return nullptr;
    const ArrayHeaders::Entry &entry = cache.read(member, *m_archive, m_limits);
    return entry.header ? &*entry.header : nullptr;
}

const std::vector<ArrayProblem> &SkopsFile::arrayProblems() const
{
    ArrayHeaders &cache = *m_arrayHeaders;
    const std::lock_guard lock(cache.mutex);
    if (!cache.checkedAll) {
        cache.index(m_tree);
        for (const QString &member : cache.members) {
            const ArrayHeaders::Entry &entry = cache.read(member, *m_archive, m_limits);
            if (!entry.header)
                cache.problems.push_back({member, m_tree.path(cache.firstReader.at(member)), entry.error});
        }
        cache.checkedAll = true;
    }
    return cache.problems;
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
            ModelText::tr("the archive member \"%1\" does not exist").arg(name));
    return m_archive->read(*member);
}

Result<MemberBytes> SkopsFile::mapMember(const QString &name) const
{
    const ZipMember *member = m_archive->find(name);
    if (!member)
        return makeError(ErrorCode::MissingMember,
            ModelText::tr("the archive member \"%1\" does not exist").arg(name));
    return m_archive->read(*member, false);
}

} // namespace skops
