#include "AttributeTableModel.h"

#include "SklearnDefaults.h"

#include <QLocale>
#include <set>
#include <unordered_set>

namespace skops {

namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Bytes of one payload member: an array's data, else the member as stored uncompressed.
qint64 memberBytes(const SkopsFile &file, const QString &member)
{
    if (const NpyHeader *header = file.npyHeader(member))
        return header->dataByteCount();
    const ZipMember *entry = file.archive().find(member);
    return entry ? qint64(entry->uncompressedSize) : 0;
}

qint64 jsonTextBytes(const NodeTree &tree, NodeId id)
{
    const JsonDocument &doc = tree.document();
    const JsonDocument::Index content = doc.member(tree.node(id).state, "content");
    return doc.isString(content) ? qint64(doc.text(content).size()) : 0;
}

// Everything below the roots, each distinct node and member counted once.
qint64 countBytes(const SkopsFile &file, const std::vector<NodeId> &roots)
{
    const NodeTree &tree = file.tree();
    std::unordered_set<NodeId> seen;
    std::set<QString> members;
    std::vector<NodeId> pending(roots.rbegin(), roots.rend());
    qint64 bytes = 0;
    while (!pending.empty()) {
        const NodeId id = pending.back();
        pending.pop_back();
        if (id == kNoNode || !seen.insert(id).second)
            continue;
        if (tree.node(id).loader == Loader::JsonNode)
            bytes += jsonTextBytes(tree, id);
        for (const ChildGroup &group : tree.groups(id)) {
            // A dict's keys are data too (a vocabulary's terms, say).
            if (group.kind == GroupKind::Map) {
                for (const NodeRef &entry : tree.refs(group))
                    bytes += qint64(entry.label.size());
            }
        }
        const QString member = tree.memberName(id);
        if (!member.isEmpty() && members.insert(member).second)
            bytes += memberBytes(file, member);
        for (const ChildGroup &group : tree.groups(id)) {
            for (const NodeRef &ref : tree.refs(group)) {
                if (!ref.backEdge)
                    pending.push_back(ref.node);
            }
        }
    }
    return bytes;
}

std::size_t itemCount(const NodeTree &tree, NodeId id)
{
    for (const ChildGroup &group : tree.groups(id)) {
        if (group.name == "content"
            && (group.kind == GroupKind::List || group.kind == GroupKind::Map))
            return group.refCount;
    }
    return 0;
}

// The shape a `"type": "json"` array stores as a tuple of integers.
QString objectArrayShape(const NodeTree &tree, NodeId array)
{
    const NodeId shape = tree.childNamed(array, "shape");
    if (shape == kNoNode)
        return QString();
    std::vector<qint64> dims;
    for (const ChildGroup &group : tree.groups(shape)) {
        for (const NodeRef &ref : tree.refs(group)) {
            const auto value = SklearnDefaults::jsonNodeValue(tree, ref.node);
            if (!value || value->type(value->root()) != JsonDocument::Type::Integer)
                return QString();
            dims.push_back(value->integer(value->root()));
        }
    }
    return AttributeTableModel::shapeText(dims);
}

void describeArray(const SkopsFile &file, NodeId id, QString &shape, QString &dtype)
{
    const NodeTree &tree = file.tree();
    switch (tree.node(id).loader) {
    case Loader::NdArrayNode:
        if (const NpyHeader *header = file.npyHeader(tree.memberName(id))) {
            shape = AttributeTableModel::shapeText(header->shape());
            dtype = header->dtype().name();
        } else if (tree.memberName(id).isEmpty()) {
            shape = objectArrayShape(tree, id);
            dtype = QStringLiteral("object");
        }
        return;
    case Loader::MaskedArrayNode: {
        const NodeId data = tree.childNamed(id, "data");
        if (data != kNoNode && tree.node(data).loader == Loader::NdArrayNode)
            describeArray(file, data, shape, dtype);
        return;
    }
    case Loader::ListNode:
    case Loader::TupleNode:
    case Loader::SetNode:
    case Loader::DictNode:
        shape = AttributeTableModel::tr("%n item(s)", "", int(itemCount(tree, id)));
        return;
    default:
        return;
    }
}

} // namespace

AttributeTableModel::AttributeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

AttributeTableModel::~AttributeTableModel() = default;

QString AttributeTableModel::shapeText(const std::vector<qint64> &shape)
{
    QStringList dims;
    for (const qint64 dim : shape)
        dims.append(QString::number(dim));
    return QLatin1Char('(') + dims.join(QLatin1String(", "))
        + (shape.size() == 1 ? QStringLiteral(",)") : QStringLiteral(")"));
}

bool AttributeTableModel::isFittedAttributeName(std::string_view key)
{
    return key.size() > 1 && key.front() != '_' && key.back() == '_';
}

qint64 AttributeTableModel::subtreeBytes(const SkopsFile &file, NodeId node)
{
    return countBytes(file, { node });
}

qint64 AttributeTableModel::totalModelBytes(const SkopsFile &file)
{
    // Every member counts, also those only repeats of memoised states refer
    // to (skops never reads them, yet they are part of the model as saved).
    qint64 bytes = 0;
    for (const ZipMember &member : file.archive().members()) {
        if (!member.shadowed)
            bytes += qint64(member.uncompressedSize);
    }
    return bytes;
}

qint64 AttributeTableModel::totalModelBytes() const
{
    return m_file ? totalModelBytes(*m_file) : 0;
}

void AttributeTableModel::setEstimator(std::shared_ptr<const SkopsFile> file, NodeId estimator)
{
    beginResetModel();
    m_file = std::move(file);
    m_estimator = kNoNode;
    m_rows.clear();
    m_attributesBytes = 0;
    if (m_file && estimator < m_file->tree().nodeCount()) {
        m_estimator = estimator;
        const NodeTree &tree = m_file->tree();
        std::vector<NodeId> attributeNodes;
        for (const NodeRef &entry : SklearnDefaults::stateEntries(tree, estimator)) {
            if (!isFittedAttributeName(entry.label) || entry.backEdge)
                continue;
            Row row;
            row.name = toQString(entry.label);
            row.node = entry.node;
            row.path = tree.document().pointer(entry.state);
            row.type = SklearnDefaults::pythonTypeName(tree, entry.node);
            describeArray(*m_file, entry.node, row.shape, row.dtype);
            row.bytes = subtreeBytes(*m_file, entry.node);
            attributeNodes.push_back(entry.node);
            m_rows.push_back(std::move(row));
        }
        m_attributesBytes = countBytes(*m_file, attributeNodes);
    }
    endResetModel();
}

void AttributeTableModel::clear()
{
    setEstimator(nullptr, kNoNode);
}

qint64 AttributeTableModel::sizeBytes(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_rows[std::size_t(row)].bytes;
}

int AttributeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttributeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttributeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case TypeColumn:
            return row.type;
        case ShapeColumn:
            return row.shape;
        case DtypeColumn:
            return row.dtype;
        case SizeColumn:
            return role == Qt::DisplayRole ? QLocale().toString(row.bytes)
                                           : QLocale().formattedDataSize(row.bytes);
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case NodeIdRole:
        return quint32(row.node);
    case PathRole:
        return row.path;
    case NodePathRole:
        return m_file->tree().path(row.node);
    case LoaderRole:
        return loaderName(m_file->tree().node(row.node).loader);
    case TypeNameRole:
        return m_file->tree().qTypeName(row.node);
    case SortRole:
        if (index.column() == SizeColumn)
            return double(row.bytes);
        return data(index, Qt::DisplayRole);
    default:
        return QVariant();
    }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ShapeColumn:
        return tr("Shape");
    case DtypeColumn:
        return tr("Dtype");
    case SizeColumn:
        return tr("Size (bytes)");
    }
    return QVariant();
}

} // namespace skops
