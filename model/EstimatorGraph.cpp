#include "EstimatorGraph.h"

#include "JsonDocument.h"
#include "PythonText.h"

#include <QStringList>

#include <algorithm>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_set>

namespace skops {

namespace {

using Index = JsonDocument::Index;

// Column selections can be long lists; the box shows the start.
constexpr qsizetype kMaxColumnsText = 160;
constexpr int kMaxValueDepth = 4;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// scikit-learn's convention: constructor parameters and fitted attributes
// are public; `_name` is private state (e.g. the `_estimator` template).
bool isPublic(std::string_view key)
{
    return !key.empty() && key.front() != '_';
}

bool isFitted(std::string_view key)
{
    return !key.empty() && key.back() == '_';
}

// Attributes that hold an estimator by scikit-learn's naming (`estimator`,
// `base_estimator`, `regressor_`; for lists also `calibrated_classifiers_`),
// so that an object there counts even without `_sklearn_version`.
bool nameSuggestsEstimator(std::string_view key, bool plural)
{
    if (!key.empty() && key.back() == '_')
        key.remove_suffix(1);
    if (plural && !key.empty() && key.back() == 's')
        key.remove_suffix(1);
    for (const std::string_view word : {"estimator", "regressor", "classifier", "transformer"}) {
        if (key.ends_with(word))
            return true;
    }
    return false;
}

QString joinLabel(const QString &prefix, std::string_view key)
{
    const QString name = fromView(key);
    return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
}

QString elided(QString text)
{
    if (text.size() > kMaxColumnsText) {
        text.truncate(kMaxColumnsText);
        text += QChar(0x2026);
    }
    return text;
}

class GraphBuilder
{
public:
    explicit GraphBuilder(const NodeTree &tree)
        : m_tree(tree)
        , m_doc(tree.document())
    {
    }

    std::vector<EstimatorBox> roots();

private:
    // One (name, estimator[, columns]) tuple of a steps/transformers list.
    struct NamedEntry {
        const NodeRef *name = nullptr;
        const NodeRef *value = nullptr;
        const NodeRef *columns = nullptr;
    };

    std::span<const NodeRef> attributes(NodeId id) const;
    const NodeRef *attribute(NodeId id, std::string_view key) const;
    std::span<const NodeRef> items(NodeId id) const;
    bool isContainer(NodeId id) const;
    bool isEstimator(NodeId id) const;
    std::optional<QString> jsonString(NodeId id) const;
    QString jsonRepr(NodeId id) const;
    QString valueText(NodeId id, int depth) const;
    std::optional<std::vector<NamedEntry>> namedEntries(NodeId list) const;
    bool collectObjects(NodeId container, std::vector<NodeId> &out,
                        std::unordered_set<NodeId> &seen) const;

    EstimatorBox baseBox(NodeId id, Index occurrence, QString stepName) const;
    EstimatorBox estimatorBox(NodeId id, Index occurrence, QString stepName);
    EstimatorBox entryBox(const NamedEntry &entry);
    void appendAttributeChild(EstimatorBox &box, const NodeRef &ref);
    void findTopmost(NodeId id, Index occurrence, const QString &label,
                     std::unordered_set<NodeId> &seen, std::vector<EstimatorBox> &out);

    const NodeTree &m_tree;
    const JsonDocument &m_doc;
    // Nodes whose children are already drawn: a shared node is drawn again
    // without them, which also bounds the work on files built as a DAG.
    std::unordered_set<NodeId> m_expanded;
};

std::span<const NodeRef> GraphBuilder::attributes(NodeId id) const
{
    if (m_tree.node(id).loader != Loader::ObjectNode)
        return {};
    const NodeId dict = m_tree.childNamed(id, "attrs");
    if (dict == kNoNode || m_tree.node(dict).loader != Loader::DictNode)
        return {};
    for (const ChildGroup &group : m_tree.groups(dict)) {
        if (group.kind == GroupKind::Map)
            return m_tree.refs(group);
    }
    return {};
}

const NodeRef *GraphBuilder::attribute(NodeId id, std::string_view key) const
{
    for (const NodeRef &ref : attributes(id)) {
        if (ref.label == key && !ref.backEdge)
            return &ref;
    }
    return nullptr;
}

// The elements of a list, tuple, set or object array.
std::span<const NodeRef> GraphBuilder::items(NodeId id) const
{
    for (const ChildGroup &group : m_tree.groups(id)) {
        if (group.name == "content" && group.kind == GroupKind::List)
            return m_tree.refs(group);
    }
    return {};
}

bool GraphBuilder::isContainer(NodeId id) const
{
    switch (m_tree.node(id).loader) {
    case Loader::ListNode:
    case Loader::TupleNode:
    case Loader::SetNode:
        return true;
    case Loader::NdArrayNode:
        return !items(id).empty();
    default:
        return false;
    }
}

bool GraphBuilder::isEstimator(NodeId id) const
{
    return m_tree.node(id).loader == Loader::ObjectNode && attribute(id, "_sklearn_version") != nullptr;
}

// The str a JsonNode holds, or nothing if it holds another value.
std::optional<QString> GraphBuilder::jsonString(NodeId id) const
{
    const Node &node = m_tree.node(id);
    if (node.loader != Loader::JsonNode)
        return std::nullopt;
    const Index content = m_doc.member(node.state, "content");
    if (!m_doc.isString(content))
        return std::nullopt;
    const std::string_view text = m_doc.text(content);
    const Result<JsonDocument> value
        = JsonDocument::parseText(QByteArrayView(text.data(), qsizetype(text.size())));
    if (!value.ok() || !value->isString(value->root()))
        return std::nullopt;
    return value->qstring(value->root());
}

// repr() of a JsonNode's value; its JSON text when that does not parse.
QString GraphBuilder::jsonRepr(NodeId id) const
{
    const Index content = m_doc.member(m_tree.node(id).state, "content");
    if (content == JsonDocument::npos)
        return QString();
    if (!m_doc.isString(content))
        return python::jsonValueRepr(m_doc, content);
    const std::string_view text = m_doc.text(content);
    const Result<JsonDocument> value
        = JsonDocument::parseText(QByteArrayView(text.data(), qsizetype(text.size())));
    return value.ok() ? python::jsonValueRepr(value.value(), value->root()) : fromView(text);
}

// A column selection as Python would print it: [0, 1], 'age', slice(0, 3, None).
QString GraphBuilder::valueText(NodeId id, int depth) const
{
    const Node &node = m_tree.node(id);
    switch (node.loader) {
    case Loader::JsonNode:
        return jsonRepr(id);
    case Loader::SliceNode: {
        QStringList bounds;
        for (const ChildGroup &group : m_tree.groups(id)) {
            if (group.kind == GroupKind::Raw && group.raw != JsonDocument::npos)
                bounds << python::jsonValueRepr(m_doc, group.raw);
        }
        return QStringLiteral("slice(%1)").arg(bounds.join(QLatin1String(", ")));
    }
    case Loader::ListNode:
    case Loader::TupleNode:
    case Loader::SetNode:
    case Loader::NdArrayNode: {
        if (!isContainer(id))
            return fromView(node.className);
        QStringList parts;
        qsizetype length = 0;
        for (const NodeRef &ref : items(id)) {
            if (depth >= kMaxValueDepth || length > kMaxColumnsText || ref.backEdge) {
                parts << QString(QChar(0x2026));
                break;
            }
            parts << valueText(ref.node, depth + 1);
            length += parts.back().size() + 2;
        }
        const QString joined = parts.join(QLatin1String(", "));
        switch (node.loader) {
        case Loader::TupleNode:
            return parts.size() == 1 ? QStringLiteral("(%1,)").arg(joined) : QStringLiteral("(%1)").arg(joined);
        case Loader::SetNode:
            return parts.isEmpty() ? QStringLiteral("set()") : QStringLiteral("{%1}").arg(joined);
        case Loader::NdArrayNode:
            return QStringLiteral("array([%1])").arg(joined);
        default:
            return QStringLiteral("[%1]").arg(joined);
        }
    }
    default:
        // A selector object, a function or an array stored as .npy: its type.
        return fromView(node.className);
    }
}

// A list of (name, estimator) or (name, estimator, columns) tuples, the
// estimator possibly 'passthrough'/'drop'/None, with at least one object.
std::optional<std::vector<GraphBuilder::NamedEntry>> GraphBuilder::namedEntries(NodeId list) const
{
    const Loader loader = m_tree.node(list).loader;
    if (loader != Loader::ListNode && loader != Loader::TupleNode)
        return std::nullopt;
    std::vector<NamedEntry> entries;
    bool anyObject = false;
    for (const NodeRef &item : items(list)) {
        const Loader itemLoader = m_tree.node(item.node).loader;
        if (item.backEdge || (itemLoader != Loader::TupleNode && itemLoader != Loader::ListNode))
            return std::nullopt;
        const std::span<const NodeRef> fields = items(item.node);
        if (fields.size() < 2 || fields.size() > 3 || fields[0].backEdge || fields[1].backEdge
            || !jsonString(fields[0].node))
            return std::nullopt;
        const Node &value = m_tree.node(fields[1].node);
        if (value.loader == Loader::ObjectNode) {
            anyObject = true;
        } else if (value.loader == Loader::JsonNode) {
            const std::optional<QString> text = jsonString(fields[1].node);
            const bool isNone = !text && jsonRepr(fields[1].node) == QLatin1String("None");
            if (!isNone && text != QLatin1String("passthrough") && text != QLatin1String("drop"))
                return std::nullopt;
        } else {
            return std::nullopt;
        }
        NamedEntry entry;
        entry.name = &fields[0];
        entry.value = &fields[1];
        if (fields.size() == 3 && !fields[2].backEdge)
            entry.columns = &fields[2];
        entries.push_back(entry);
    }
    if (!anyObject)
        return std::nullopt;
    return entries;
}

// The objects a (nested) list or object array holds; false if it holds
// anything else.
bool GraphBuilder::collectObjects(NodeId container, std::vector<NodeId> &out,
                                  std::unordered_set<NodeId> &seen) const
{
    if (!isContainer(container))
        return false;
    if (!seen.insert(container).second)
        return true;
    for (const NodeRef &ref : items(container)) {
        if (ref.backEdge)
            return false;
        if (m_tree.node(ref.node).loader == Loader::ObjectNode)
            out.push_back(ref.node);
        else if (!collectObjects(ref.node, out, seen))
            return false;
    }
    return true;
}

EstimatorBox GraphBuilder::baseBox(NodeId id, Index occurrence, QString stepName) const
{
    EstimatorBox box;
    box.stepName = std::move(stepName);
    box.node = id;
    box.path = m_tree.path(id);
    box.occurrencePath = occurrence == JsonDocument::npos ? box.path : m_doc.pointer(occurrence);
    return box;
}

EstimatorBox GraphBuilder::estimatorBox(NodeId id, Index occurrence, QString stepName)
{
    EstimatorBox box = baseBox(id, occurrence, std::move(stepName));
    box.className = fromView(m_tree.node(id).className);
    box.typeName = m_tree.qTypeName(id);
    if (!m_expanded.insert(id).second) {
        box.repeated = true;
        return box;
    }

    if (const NodeRef *steps = attribute(id, "steps")) {
        if (const auto entries = namedEntries(steps->node)) {
            box.kind = EstimatorBox::Kind::Sequence;
            for (const NamedEntry &entry : *entries)
                box.children.push_back(entryBox(entry));
            return box;
        }
    }

    // A fitted ColumnTransformer keeps its fitted clones (and the remainder)
    // in `transformers_`; the unfitted specification is shown only without it.
    static constexpr std::string_view kBranchLists[] = {"transformers_", "transformers", "transformer_list"};
    bool fittedBranches = false;
    for (const std::string_view key : kBranchLists) {
        const NodeRef *list = attribute(id, key);
        const auto entries = list ? namedEntries(list->node) : std::nullopt;
        if (!entries)
            continue;
        box.kind = EstimatorBox::Kind::Parallel;
        fittedBranches = isFitted(key);
        for (const NamedEntry &entry : *entries)
            box.children.push_back(entryBox(entry));
        break;
    }

    for (const NodeRef &ref : attributes(id)) {
        if (ref.backEdge || !isPublic(ref.label))
            continue;
        if (box.kind == EstimatorBox::Kind::Parallel
            && (std::find(std::begin(kBranchLists), std::end(kBranchLists), ref.label) != std::end(kBranchLists)
                || (fittedBranches && !isFitted(ref.label))))
            continue;
        appendAttributeChild(box, ref);
    }
    return box;
}

EstimatorBox GraphBuilder::entryBox(const NamedEntry &entry)
{
    const QString name = jsonString(entry.name->node).value_or(QString());
    const NodeRef &value = *entry.value;
    EstimatorBox box;
    if (m_tree.node(value.node).loader == Loader::ObjectNode) {
        box = estimatorBox(value.node, value.state, name);
    } else {
        box = baseBox(value.node, value.state, name);
        box.kind = jsonString(value.node) == QLatin1String("drop") ? EstimatorBox::Kind::Drop
                                                                   : EstimatorBox::Kind::Passthrough;
    }
    if (entry.columns)
        box.columns = elided(valueText(entry.columns->node, 0));
    return box;
}

void GraphBuilder::appendAttributeChild(EstimatorBox &box, const NodeRef &ref)
{
    const QString label = fromView(ref.label);
    if (m_tree.node(ref.node).loader == Loader::ObjectNode) {
        if (isEstimator(ref.node) || nameSuggestsEstimator(ref.label, false))
            box.children.push_back(estimatorBox(ref.node, ref.state, label));
        return;
    }
    if (const auto entries = namedEntries(ref.node)) {
        EstimatorBox group = baseBox(ref.node, ref.state, label);
        group.kind = EstimatorBox::Kind::Parallel;
        for (const NamedEntry &entry : *entries)
            group.children.push_back(entryBox(entry));
        box.children.push_back(std::move(group));
        return;
    }
    std::vector<NodeId> members;
    std::unordered_set<NodeId> seen;
    if (!collectObjects(ref.node, members, seen) || members.empty())
        return;
    const bool holdsEstimators = nameSuggestsEstimator(ref.label, true)
                                 || std::any_of(members.begin(), members.end(),
                                                [this](NodeId member) { return isEstimator(member); });
    if (!holdsEstimators)
        return;
    EstimatorBox collapsed = baseBox(ref.node, ref.state, label);
    collapsed.kind = EstimatorBox::Kind::Collapsed;
    collapsed.count = int(members.size());
    QStringList shortNames;
    QStringList fullNames;
    for (const NodeId member : members) {
        const QString full = m_tree.qTypeName(member);
        if (!fullNames.contains(full)) {
            fullNames << full;
            shortNames << fromView(m_tree.node(member).className);
        }
    }
    collapsed.className = shortNames.join(QLatin1String(", "));
    collapsed.typeName = fullNames.join(QLatin1String(", "));
    box.children.push_back(std::move(collapsed));
}

// Estimators kept inside plain containers (a dict of models, a custom
// object): the first estimator on each branch, named by where it sits.
void GraphBuilder::findTopmost(NodeId id, Index occurrence, const QString &label,
                               std::unordered_set<NodeId> &seen, std::vector<EstimatorBox> &out)
{
    if (!seen.insert(id).second)
        return;
    if (isEstimator(id)) {
        out.push_back(estimatorBox(id, occurrence, label));
        return;
    }
    for (const ChildGroup &group : m_tree.groups(id)) {
        const std::span<const NodeRef> refs = m_tree.refs(group);
        for (std::size_t i = 0; i < refs.size(); ++i) {
            const NodeRef &ref = refs[i];
            if (ref.backEdge)
                continue;
            QString childLabel = label;
            if (group.kind == GroupKind::Map)
                childLabel = joinLabel(label, ref.label);
            else if (group.kind == GroupKind::List)
                childLabel += QStringLiteral("[%1]").arg(i);
            findTopmost(ref.node, ref.state, childLabel, seen, out);
        }
    }
}

std::vector<EstimatorBox> GraphBuilder::roots()
{
    std::vector<EstimatorBox> out;
    if (m_tree.nodeCount() == 0)
        return out;
    const NodeId root = m_tree.root();
    if (isEstimator(root)) {
        out.push_back(estimatorBox(root, JsonDocument::npos, QString()));
        return out;
    }
    std::unordered_set<NodeId> seen;
    findTopmost(root, JsonDocument::npos, QString(), seen, out);
    return out;
}

void collectBoxes(const EstimatorBox &box, std::vector<const EstimatorBox *> &out)
{
    out.push_back(&box);
    for (const EstimatorBox &child : box.children)
        collectBoxes(child, out);
}

// The pointer of the enclosing JSON value ("/a/b" -> "/a", "/a" -> "").
QString parentPointer(const QString &pointer)
{
    const qsizetype slash = pointer.lastIndexOf(QLatin1Char('/'));
    return slash > 0 ? pointer.left(slash) : QString();
}

} // namespace

EstimatorGraph EstimatorGraph::build(const NodeTree &tree)
{
    EstimatorGraph graph;
    graph.m_roots = GraphBuilder(tree).roots();
    return graph;
}

int EstimatorGraph::boxCount() const
{
    return int(boxes().size());
}

std::vector<const EstimatorBox *> EstimatorGraph::boxes() const
{
    std::vector<const EstimatorBox *> out;
    for (const EstimatorBox &root : m_roots)
        collectBoxes(root, out);
    return out;
}

const EstimatorBox *EstimatorGraph::boxForPath(const QString &pointer) const
{
    const std::vector<const EstimatorBox *> all = boxes();
    QString current = pointer;
    while (true) {
        for (const EstimatorBox *box : all) {
            if (box->occurrencePath == current)
                return box;
        }
        for (const EstimatorBox *box : all) {
            if (box->path == current)
                return box;
        }
        if (current.isEmpty())
            return nullptr;
        current = parentPointer(current);
    }
}

} // namespace skops
