#include "SkopsTreeModel.h"

#include "NpyArray.h"
#include "PythonText.h"
#include "SparseMatrix.h"
#include "TreePrinter.h"

#include <algorithm>

namespace skops {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (qint64 dim : shape)
        parts << QString::number(dim);
    if (shape.size() == 1)
        return QStringLiteral("(%1,)").arg(parts.first());
    return QStringLiteral("(%1)").arg(parts.join(QStringLiteral(", ")));
}

// The Python type json.loads gives for a JsonNode's content.
QString jsonKind(std::string_view content)
{
    if (content.empty())
        return QStringLiteral("str");
    switch (content.front()) {
    case '"':
        return QStringLiteral("str");
    case 't':
    case 'f':
        return QStringLiteral("bool");
    case 'n':
        return QStringLiteral("None");
    case '[':
        return QStringLiteral("list");
    case '{':
        return QStringLiteral("dict");
    default:
        break;
    }
    return content.find_first_of(".eEIN") == std::string_view::npos ? QStringLiteral("int")
                                                                     : QStringLiteral("float");
}

} // namespace

struct SkopsTreeModel::Item {
    Item *parent = nullptr;
    int row = 0;
    Slot slot;
    bool slotsBuilt = false;
    std::vector<Slot> pending;                 // every child this item will have
    std::vector<std::unique_ptr<Item>> children; // the ones fetched so far
};

SkopsTreeModel::SkopsTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Item>())
{
    m_root->slotsBuilt = true;
}

SkopsTreeModel::~SkopsTreeModel() = default;

void SkopsTreeModel::setFile(std::shared_ptr<const SkopsFile> file,
                             std::shared_ptr<const TrustProfile> profile)
{
    beginResetModel();
    m_file = std::move(file);
    m_profile = std::move(profile);
    m_approved.clear();
    m_valueCache.clear();
    m_root = std::make_unique<Item>();
    m_root->slotsBuilt = true;
    if (m_file && m_profile) {
        recomputeAudit();
        Slot rootSlot;
        rootSlot.node = m_file->tree().root();
        rootSlot.key = QStringLiteral("root");
        rootSlot.state = m_file->schema().root();
        m_root->pending.push_back(rootSlot);
        auto item = std::make_unique<Item>();
        item->parent = m_root.get();
        item->slot = rootSlot;
        m_root->children.push_back(std::move(item));
    }
    // Listeners of modelReset may ask for more rows before the reset is
    // complete for every listener; such requests wait for the next one.
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
}

void SkopsTreeModel::clear()
{
    setFile(nullptr, nullptr);
}

void SkopsTreeModel::recomputeAudit()
{
    m_defaultAudit = std::make_unique<Audit>(Audit::run(m_file->tree(), *m_profile));
    m_audit = std::make_unique<Audit>(Audit::run(m_file->tree(), *m_profile, m_approved));
}

void SkopsTreeModel::setApprovedNames(const std::set<std::string> &names)
{
    if (!m_file || names == m_approved)
        return;
    m_approved = names;
    recomputeAudit();
    // Only the trust column changes; rows and expansion stay.
    std::vector<Item *> stack{m_root.get()};
    while (!stack.empty()) {
        Item *item = stack.back();
        stack.pop_back();
        if (!item->children.empty()) {
            const QModelIndex parentIndex = item == m_root.get()
                                                ? QModelIndex()
                                                : createIndex(item->row, 0, item);
            emit dataChanged(index(0, 0, parentIndex),
                             index(int(item->children.size()) - 1, ColumnCount - 1, parentIndex));
            for (auto &child : item->children)
                stack.push_back(child.get());
        }
    }
    emit trustChanged();
}

void SkopsTreeModel::setProfile(std::shared_ptr<const TrustProfile> profile)
{
    if (!m_file) {
        m_profile = std::move(profile);
        return;
    }
    const std::set<std::string> approved = m_approved;
    m_profile = std::move(profile);
    m_approved = {std::string("\x01")}; // force setApprovedNames to refresh
    setApprovedNames(approved);
}

TrustState SkopsTreeModel::trustState(NodeId id) const
{
    if (!m_audit || id == kNoNode)
        return TrustState::Trusted;
    // A MethodNode always names its `Class.method`, approved or not.
    const auto &names = m_audit->namesAt(id);
    if (std::any_of(names.begin(), names.end(), [this](const std::string &name) { return !m_approved.count(name); }))
        return TrustState::Untrusted;
    if (!m_defaultAudit->namesAt(id).empty())
        return TrustState::Approved;
    if (!m_audit->isSafe(id))
        return TrustState::UntrustedDescendant;
    return TrustState::Trusted;
}

SkopsTreeModel::Item *SkopsTreeModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

NodeId SkopsTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return kNoNode;
    const Item *item = itemFor(index);
    return item->slot.raw ? kNoNode : item->slot.node;
}

void SkopsTreeModel::appendSlots(std::vector<Slot> &out, const Slot &parentSlot) const
{
    const JsonDocument &doc = m_file->schema();
    if (parentSlot.raw) {
        // A raw mapping (a protocol-0 state): its members.
        if (doc.isObject(parentSlot.state)) {
            for (std::uint32_t i = 0; i < doc.size(parentSlot.state); ++i) {
                Slot slot;
                slot.raw = true;
                slot.key = fromView(doc.key(parentSlot.state, i));
                slot.state = doc.child(parentSlot.state, i);
                out.push_back(slot);
            }
        }
        return;
    }
    if (parentSlot.backEdge)
        return;
    const NodeTree &tree = m_file->tree();
    for (const ChildGroup &group : tree.groups(parentSlot.node)) {
        const auto refs = tree.refs(group);
        switch (group.kind) {
        case GroupKind::Node:
        case GroupKind::List:
        case GroupKind::Map:
            for (std::size_t i = 0; i < refs.size(); ++i) {
                const NodeRef &ref = refs[i];
                if (ref.node == kNoNode)
                    continue;
                // Like visualize: a trusted key_types list only re-types dict keys.
                if (ref.label == "key_types" && tree.node(ref.node).loader == Loader::ListNode
                    && m_audit->isSafe(ref.node))
                    continue;
                Slot slot;
                slot.node = ref.node;
                slot.state = ref.state;
                slot.backEdge = ref.backEdge;
                slot.key = group.kind == GroupKind::List ? QStringLiteral("[%1]").arg(i)
                                                         : fromView(ref.label);
                out.push_back(slot);
            }
            break;
        case GroupKind::Raw: {
            Slot slot;
            slot.raw = true;
            slot.key = fromView(group.name);
            slot.state = group.raw;
            out.push_back(slot);
            break;
        }
        case GroupKind::Bytes:
        case GroupKind::Absent:
            break;
        }
    }
}

void SkopsTreeModel::ensureSlots(Item *item) const
{
    if (item->slotsBuilt)
        return;
    item->slotsBuilt = true;
    appendSlots(item->pending, item->slot);
    // The first batch exists from the moment anyone asks: no row of this
    // item has been reported yet, so no insertion needs announcing.
    const std::size_t first = std::min<std::size_t>(item->pending.size(), kBatchSize);
    item->children.reserve(first);
    for (std::size_t row = 0; row < first; ++row)
        item->children.push_back(makeChild(item, int(row)));
}

std::unique_ptr<SkopsTreeModel::Item> SkopsTreeModel::makeChild(Item *parent, int row) const
{
    auto child = std::make_unique<Item>();
    child->parent = parent;
    child->row = row;
    child->slot = parent->pending[std::size_t(row)];
    return child;
}

void SkopsTreeModel::fetch(Item *item, int count)
{
    ensureSlots(item);
    const int first = int(item->children.size());
    const int last = std::min<int>(int(item->pending.size()), first + count) - 1;
    if (last < first)
        return;
    const QModelIndex parentIndex = item == m_root.get() ? QModelIndex() : createIndex(item->row, 0, item);
    // Listeners of the insertion signals must not start another one meanwhile.
    m_inserting = true;
    beginInsertRows(parentIndex, first, last);
    for (int row = first; row <= last; ++row)
        item->children.push_back(makeChild(item, row));
    endInsertRows();
    m_inserting = false;
}

QModelIndex SkopsTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    Item *item = itemFor(parent);
    ensureSlots(item);
    if (row >= int(item->children.size()))
        return QModelIndex();
    return createIndex(row, column, item->children[std::size_t(row)].get());
}

QModelIndex SkopsTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    Item *item = itemFor(child);
    if (!item->parent || item->parent == m_root.get())
        return QModelIndex();
    return createIndex(item->parent->row, 0, item->parent);
}

int SkopsTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    Item *item = itemFor(parent);
    ensureSlots(item);
    return int(item->children.size());
}

int SkopsTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SkopsTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    Item *item = itemFor(parent);
    ensureSlots(item);
    return !item->pending.empty();
}

bool SkopsTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (m_announcingReset || m_inserting || (parent.isValid() && parent.column() != 0))
        return false;
    Item *item = itemFor(parent);
    ensureSlots(item);
    return item->children.size() < item->pending.size();
}

void SkopsTreeModel::fetchMore(const QModelIndex &parent)
{
    if (m_announcingReset || m_inserting || (parent.isValid() && parent.column() != 0))
        return;
    fetch(itemFor(parent), kBatchSize);
}

QString SkopsTreeModel::typeText(const Slot &slot) const
{
    if (slot.raw)
        return tr("raw value");
    const NodeTree &tree = m_file->tree();
    const Node &node = tree.node(slot.node);
    if (node.loader == Loader::JsonNode) {
        const auto content = tree.document().member(node.state, "content");
        return tree.document().isString(content) ? jsonKind(tree.document().text(content))
                                                 : tr("JSON value");
    }
    return python::shownText(tree.qTypeName(slot.node), m_file->limits().maxShownChars);
}

QString SkopsTreeModel::valueText(const Slot &slot) const
{
    const JsonDocument &doc = m_file->schema();
    if (slot.raw)
        return doc.isObject(slot.state) ? QString()
                                             : python::shownText(QString::fromStdString(doc.serialize(slot.state)),
                                                                 m_file->limits().maxShownChars);
    const NodeId id = slot.node;
    const auto cached = m_valueCache.find(id);
    if (cached != m_valueCache.end())
        return cached->second;

    const NodeTree &tree = m_file->tree();
    const Node &node = tree.node(id);
    QString text;
    switch (node.loader) {
    case Loader::JsonNode: {
        const auto content = doc.member(node.state, "content");
        text = doc.isString(content) ? doc.qstring(content) : QString::fromStdString(doc.serialize(content));
        break;
    }
    case Loader::BytesNode:
    case Loader::BytearrayNode:
        text = TreePrinter::valueText(*m_file, id);
        break;
    case Loader::NdArrayNode: {
        const QString member = tree.memberName(id);
        if (member.isEmpty()) {
            // An object array: its shape is a tuple of JsonNodes.
            QStringList dims;
            const NodeId shape = tree.childNamed(id, "shape");
            if (shape != kNoNode) {
                for (const ChildGroup &group : tree.groups(shape)) {
                    for (const NodeRef &ref : tree.refs(group)) {
                        const auto content = doc.member(tree.node(ref.node).state, "content");
                        dims << doc.qstring(content);
                    }
                }
            }
            text = QStringLiteral("object (%1)").arg(dims.size() == 1 ? dims.first() + QLatin1Char(',')
                                                                      : dims.join(QStringLiteral(", ")));
        } else if (const NpyHeader *header = m_file->npyHeader(member)) {
            text = QStringLiteral("%1 %2").arg(header->dtype().name(), shapeText(header->shape()));
        } else {
            text = tr("unreadable array");
        }
        break;
    }
    case Loader::SparseMatrixNode: {
        const auto bytes = m_file->readMember(tree.memberName(id));
        const auto matrix = bytes.ok() ? SparseMatrix::fromNpz(bytes.value(), tree.memberName(id), m_file->limits())
                                       : Result<SparseMatrix>(bytes.error());
        text = matrix.ok() ? tr("%1 %2×%3, %4 stored")
                                 .arg(matrix.value().formatName())
                                 .arg(matrix.value().rows())
                                 .arg(matrix.value().columns())
                                 .arg(matrix.value().nnz())
                           : tr("unreadable: %1").arg(matrix.error().message);
        break;
    }
    case Loader::DTypeNode: {
        const NodeId content = tree.childNamed(id, "content");
        const NpyHeader *header = content != kNoNode ? m_file->npyHeader(tree.memberName(content)) : nullptr;
        text = header ? header->dtype().name() : QString();
        break;
    }
    case Loader::DictNode: {
        const auto content = doc.member(node.state, "content");
        text = tr("%n entries", nullptr, int(doc.size(content)));
        break;
    }
    case Loader::ListNode:
    case Loader::TupleNode:
    case Loader::SetNode: {
        const auto content = doc.member(node.state, "content");
        text = tr("%n items", nullptr, int(doc.size(content)));
        break;
    }
    default:
        break;
    }
    text = python::shownText(text, m_file->limits().maxShownChars);
    m_valueCache.emplace(id, text);
    return text;
}

QString SkopsTreeModel::trustText(const Slot &slot) const
{
    if (slot.raw)
        return QString();
    switch (trustState(slot.node)) {
    case TrustState::Trusted:
        return tr("trusted");
    case TrustState::UntrustedDescendant:
        return tr("untrusted inside");
    case TrustState::Untrusted:
        return tr("untrusted");
    case TrustState::Approved:
        return tr("approved");
    }
    return QString();
}

QString SkopsTreeModel::trustToolTip(const Slot &slot) const
{
    if (slot.raw)
        return tr("A raw value stored in the schema; skops never checks or imports it.");
    const NodeId id = slot.node;
    const auto names = [](const std::vector<std::string> &list) {
        QStringList out;
        for (const std::string &name : list)
            out << QString::fromStdString(name);
        return out.join(QStringLiteral(", "));
    };
    switch (trustState(id)) {
    case TrustState::Trusted:
        if (m_file->tree().node(id).loader == Loader::JsonNode)
            return tr("A JSON value: skops always trusts it.");
        return tr("%1 is on the %2 allow-list, and so is everything below it.")
            .arg(m_file->tree().qTypeName(id), m_profile->name());
    case TrustState::UntrustedDescendant:
        return tr("This node is trusted, but something below it is not.");
    case TrustState::Untrusted:
        return tr("Not on the %1 allow-list: %2. skops refuses to load the file unless it is trusted.")
            .arg(m_profile->name(), names(m_audit->namesAt(id)));
    case TrustState::Approved:
        return tr("Not on the allow-list, approved by you: %1.").arg(names(m_defaultAudit->namesAt(id)));
    }
    return QString();
}

QVariant SkopsTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_file)
        return QVariant();
    const Item &item = *itemFor(index);
    const NodeTree &tree = m_file->tree();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KeyColumn:
            return python::shownText(item.slot.key, m_file->limits().maxShownChars)
                   + (item.slot.backEdge ? tr(" (cycle)") : QString());
        case TypeColumn:
            return typeText(item.slot);
        case ValueColumn:
            return valueText(item.slot);
        case TrustColumn:
            return trustText(item.slot);
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == TrustColumn || index.column() == KeyColumn)
            return trustToolTip(item.slot);
        return QVariant();
    case NodeIdRole:
        return item.slot.raw ? QVariant::fromValue(quint32(kNoNode)) : QVariant::fromValue(quint32(item.slot.node));
    case PathRole:
        return item.slot.state == JsonDocument::npos ? tree.path(item.slot.node)
                                                     : m_file->schema().pointer(item.slot.state);
    case NodePathRole:
        return item.slot.raw ? m_file->schema().pointer(item.slot.state) : tree.path(item.slot.node);
    case LoaderRole:
        return item.slot.raw ? QString() : loaderName(tree.node(item.slot.node).loader);
    case TypeNameRole:
        return item.slot.raw ? QString() : tree.qTypeName(item.slot.node);
    case TrustStateRole:
        return int(item.slot.raw ? TrustState::Trusted : trustState(item.slot.node));
    default:
        return QVariant();
    }
}

QVariant SkopsTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    case TrustColumn:
        return tr("Trust");
    }
    return QVariant();
}

QHash<int, QByteArray> SkopsTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeIdRole, "nodeId");
    names.insert(PathRole, "path");
    names.insert(NodePathRole, "nodePath");
    names.insert(LoaderRole, "loader");
    names.insert(TypeNameRole, "typeName");
    names.insert(TrustStateRole, "trustState");
    return names;
}

QStringList SkopsTreeModel::findPaths(const QString &needle, int limit) const
{
    QStringList paths;
    if (!m_file || needle.isEmpty() || m_root->pending.empty())
        return paths;
    // Every distinct place once: a shared node's children have the same
    // paths under every parent, so each node is expanded only the first time.
    std::vector<bool> expanded(m_file->tree().nodeCount(), false);
    std::vector<Slot> stack{m_root->pending.front()};
    const auto contains = [&needle](const QString &text) {
        return text.contains(needle, Qt::CaseInsensitive);
    };
    while (!stack.empty() && paths.size() < limit) {
        const Slot slot = stack.back();
        stack.pop_back();
        if (contains(slot.key) || contains(typeText(slot)) || contains(valueText(slot)))
            paths << (slot.state == JsonDocument::npos ? m_file->tree().path(slot.node)
                                                       : m_file->schema().pointer(slot.state));
        if (!slot.raw) {
            if (expanded[slot.node] || slot.backEdge)
                continue;
            expanded[slot.node] = true;
        }
        std::vector<Slot> children;
        appendSlots(children, slot);
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.push_back(*it);
    }
    return paths;
}

QModelIndex SkopsTreeModel::indexForPath(const QString &path)
{
    if (!m_file || m_root->children.empty())
        return QModelIndex();
    Item *item = m_root->children.front().get();
    QString itemPath = m_file->schema().pointer(item->slot.state);
    while (true) {
        if (itemPath == path)
            return createIndex(item->row, 0, item);
        ensureSlots(item);
        // The child whose state is, or contains, the wanted one.
        int found = -1;
        QString foundPath;
        for (std::size_t i = 0; i < item->pending.size(); ++i) {
            const Slot &slot = item->pending[i];
            if (slot.state == JsonDocument::npos)
                continue;
            const QString childPath = m_file->schema().pointer(slot.state);
            if (childPath == path || path.startsWith(childPath + QLatin1Char('/'))) {
                found = int(i);
                foundPath = childPath;
                break;
            }
        }
        if (found < 0)
            return QModelIndex();
        if (found >= int(item->children.size()))
            fetch(item, found + 1 - int(item->children.size()));
        item = item->children[std::size_t(found)].get();
        itemPath = foundPath;
    }
}

} // namespace skops
