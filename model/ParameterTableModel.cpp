#include "ParameterTableModel.h"

#include "AttributeTableModel.h"
#include "FileSummary.h"
#include "PythonText.h"
#include "SchemaWriter.h"

#include <algorithm>
#include <array>

namespace skops {

namespace {

// A value is shown up to this many characters; the rest is elided.
constexpr qsizetype kMaxValueChars = 2000;
constexpr int kMaxValueDepth = 6;

// The (name, estimator) lists of scikit-learn's _BaseComposition classes,
// whose names get_params(deep=True) exposes.
constexpr std::array<std::string_view, 4> kNamedEstimatorLists { "steps", "transformers",
    "estimators", "transformer_list" };

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::span<const NodeRef> groupRefs(const NodeTree &tree, NodeId id, GroupKind kind)
{
    for (const ChildGroup &group : tree.groups(id)) {
        if (group.name == "content" && group.kind == kind)
            return tree.refs(group);
    }
    return {};
}

bool isStateDictOf(const NodeTree &tree, NodeId owner, NodeId dict)
{
    return owner != kNoNode && tree.node(owner).loader == Loader::ObjectNode
        && tree.childNamed(owner, "attrs") == dict;
}

// Python-like text for a stored value, built without reading payload data.
void appendValue(QString &out, const SkopsFile &file, NodeId id, int depth)
{
    if (out.size() > kMaxValueChars)
        return;
    const NodeTree &tree = file.tree();
    const Node &node = tree.node(id);
    switch (node.loader) {
    case Loader::JsonNode: {
        const auto value = SklearnDefaults::jsonNodeValue(tree, id);
        out += value ? python::jsonValueRepr(*value, value->root()) : QStringLiteral("?");
        return;
    }
    case Loader::ListNode:
    case Loader::TupleNode:
    case Loader::SetNode: {
        const bool tuple = node.loader == Loader::TupleNode;
        const bool set = node.loader == Loader::SetNode;
        const std::span<const NodeRef> items = groupRefs(tree, id, GroupKind::List);
        if (set && items.empty()) {
            out += QLatin1String("set()");
            return;
        }
        out += tuple ? QLatin1Char('(') : set ? QLatin1Char('{') : QLatin1Char('[');
        for (std::size_t i = 0; i < items.size() && out.size() <= kMaxValueChars; ++i) {
            if (i)
                out += QLatin1String(", ");
            if (depth >= kMaxValueDepth || items[i].backEdge)
                out += QStringLiteral("…");
            else
                appendValue(out, file, items[i].node, depth + 1);
        }
        if (tuple && items.size() == 1)
            out += QLatin1Char(',');
        out += tuple ? QLatin1Char(')') : set ? QLatin1Char('}') : QLatin1Char(']');
        return;
    }
    case Loader::DictNode: {
        const std::span<const NodeRef> entries = groupRefs(tree, id, GroupKind::Map);
        out += QLatin1Char('{');
        for (std::size_t i = 0; i < entries.size() && out.size() <= kMaxValueChars; ++i) {
            if (i)
                out += QLatin1String(", ");
            out += python::stringRepr(toQString(entries[i].label)) + QLatin1String(": ");
            if (depth >= kMaxValueDepth || entries[i].backEdge)
                out += QStringLiteral("…");
            else
                appendValue(out, file, entries[i].node, depth + 1);
        }
        out += QLatin1Char('}');
        return;
    }
    case Loader::ObjectNode:
        out += toQString(node.className) + QStringLiteral("(…)");
        return;
    case Loader::TypeNode:
        out += QStringLiteral("<class '%1'>")
                   .arg(node.module == "builtins" ? toQString(node.className) : tree.qTypeName(id));
        return;
    case Loader::FunctionNode:
        out += QStringLiteral("<function %1>").arg(tree.qTypeName(id));
        return;
    case Loader::NdArrayNode: {
        const NpyHeader *header = file.npyHeader(tree.memberName(id));
        if (header)
            out += QStringLiteral("array(shape=%1, dtype=%2)")
                       .arg(
                           AttributeTableModel::shapeText(header->shape()), header->dtype().name());
        else
            out += QStringLiteral("array(dtype=object)");
        return;
    }
    default:
        out += tree.qTypeName(id);
        return;
    }
}

// The value of a JsonNode as JSON text, if it is a primitive.
QString primitiveJsonOf(const NodeTree &tree, NodeId id)
{
    if (tree.node(id).loader != Loader::JsonNode)
        return QString();
    const auto value = SklearnDefaults::jsonNodeValue(tree, id);
    if (!value || value->isArray(value->root()) || value->isObject(value->root()))
        return QString();
    return QString::fromStdString(SchemaWriter::dumps(*value, value->root()));
}

// Python's text for a JSON primitive.
QString reprOfJson(const QString &json)
{
    const auto parsed = JsonDocument::parseText(json.toUtf8());
    return parsed.ok() ? python::escapeForDisplay(python::jsonValueRepr(parsed.value(), parsed.value().root()))
                       : python::escapeForDisplay(json);
}

bool isInside(const QString &path, const QString &ancestor)
{
    return path.size() > ancestor.size() && path.startsWith(ancestor)
        && path.at(ancestor.size()) == QLatin1Char('/');
}

QString valueTextOf(const SkopsFile &file, NodeId id)
{
    QString out;
    appendValue(out, file, id, 0);
    if (out.size() > kMaxValueChars) {
        out.truncate(kMaxValueChars);
        out += QStringLiteral("…");
    }
    return python::escapeForDisplay(out);
}

// The nearest `_sklearn_version` from the estimator up to the root.
QString versionAbove(const NodeTree &tree, NodeId id)
{
    for (NodeId current = id; current != kNoNode; current = tree.node(current).parent) {
        const QString version = SklearnDefaults::storedVersion(tree, current);
        if (!version.isEmpty())
            return version;
    }
    return QString();
}

struct ParamLink
{
    NodeId owner = kNoNode;
    QString name;
};

// The parameter of an enclosing estimator that holds `id`, if there is one.
std::optional<ParamLink> paramLink(const NodeTree &tree, NodeId id)
{
    const Node &node = tree.node(id);
    const NodeId parent = node.parent;
    if (parent == kNoNode)
        return std::nullopt;
    const Loader parentLoader = tree.node(parent).loader;
    if (parentLoader == Loader::DictNode) {
        const NodeId owner = tree.node(parent).parent;
        if (isStateDictOf(tree, owner, parent) && ParameterTableModel::isParameterName(node.key))
            return ParamLink { owner, toQString(node.key) };
        return std::nullopt;
    }
    if (parentLoader != Loader::TupleNode)
        return std::nullopt;
    // (name, estimator, ...) inside one of the named lists.
    const std::span<const NodeRef> items = groupRefs(tree, parent, GroupKind::List);
    if (items.size() < 2 || items[1].node != id || items[0].backEdge)
        return std::nullopt;
    const auto name = SklearnDefaults::jsonNodeValue(tree, items[0].node);
    if (!name || !name->isString(name->root()))
        return std::nullopt;
    const NodeId list = tree.node(parent).parent;
    if (list == kNoNode || tree.node(list).loader != Loader::ListNode)
        return std::nullopt;
    const std::string_view listKey = tree.node(list).key;
    if (std::find(kNamedEstimatorLists.begin(), kNamedEstimatorLists.end(), listKey)
        == kNamedEstimatorLists.end())
        return std::nullopt;
    const NodeId dict = tree.node(list).parent;
    if (dict == kNoNode)
        return std::nullopt;
    const NodeId owner = tree.node(dict).parent;
    if (!isStateDictOf(tree, owner, dict))
        return std::nullopt;
    return ParamLink { owner, name->qstring(name->root()) };
}

} // namespace

ParameterTableModel::ParameterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ParameterTableModel::~ParameterTableModel() = default;

bool ParameterTableModel::isParameterName(std::string_view key)
{
    return !key.empty() && key.front() != '_' && key.back() != '_';
}

ParameterTableModel::SetParamsPath ParameterTableModel::setParamsPath(
    const NodeTree &tree, NodeId estimator)
{
    SetParamsPath path;
    QStringList names;
    NodeId current = estimator;
    // Parents are built before their children, so this walk ends.
    while (const auto link = paramLink(tree, current)) {
        names.prepend(link->name);
        current = link->owner;
    }
    path.owner = current;
    if (!names.isEmpty())
        path.prefix = names.join(QLatin1String("__")) + QLatin1String("__");
    return path;
}

void ParameterTableModel::setEstimator(std::shared_ptr<const SkopsFile> file, NodeId estimator)
{
    beginResetModel();
    m_file = std::move(file);
    m_estimator = m_file ? estimator : kNoNode;
    m_rows.clear();
    m_defaults = nullptr;
    m_classKnown = false;
    m_modelVersion.clear();
    m_setParams = SetParamsPath();
    if (m_file && m_estimator != kNoNode && m_estimator < m_file->tree().nodeCount()) {
        const NodeTree &tree = m_file->tree();
        const std::string className = tree.typeName(m_estimator);
        m_modelVersion = versionAbove(tree, m_estimator);
        m_defaults = SklearnDefaults::closest(SklearnDefaults::shipped(), m_modelVersion);
        m_classKnown = m_defaults && m_defaults->knowsClass(className);
        m_setParams = setParamsPath(tree, m_estimator);
        for (const NodeRef &entry : SklearnDefaults::stateEntries(tree, m_estimator)) {
            if (!isParameterName(entry.label))
                continue;
            Row row;
            row.name = toQString(entry.label);
            row.node = entry.node;
            row.path = tree.document().pointer(entry.state);
            row.value = entry.backEdge ? tr("(refers back to an enclosing object)")
                                       : valueTextOf(*m_file, entry.node);
            if (!entry.backEdge)
                row.json = primitiveJsonOf(tree, entry.node);
            row.type = SklearnDefaults::pythonTypeName(tree, entry.node);
            if (m_defaults) {
                if (const auto fallback = m_defaults->defaultFor(className, entry.label))
                    row.defaultText = fallback->displayText();
                if (!entry.backEdge)
                    row.comparison = m_defaults->compare(className, entry.label, tree, entry.node);
            }
            m_rows.push_back(std::move(row));
        }
    } else {
        m_estimator = kNoNode;
    }
    applyPendingEdits();
    endResetModel();
}

void ParameterTableModel::setPendingEdits(std::vector<ExportEdit> edits)
{
    m_pending = std::move(edits);
    applyPendingEdits();
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ParameterTableModel::applyPendingEdits()
{
    m_rowEdits.assign(m_rows.size(), RowEdit());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const QString &path = m_rows[i].path;
        bool removedAbove = false;
        bool nulledAbove = false;
        RowEdit own;
        for (const ExportEdit &edit : m_pending) {
            if (isInside(path, edit.path)) {
                removedAbove = removedAbove || edit.kind == ExportEdit::Kind::Remove;
                nulledAbove = nulledAbove || edit.kind == ExportEdit::Kind::ReplaceWithNull;
            } else if (path == edit.path) {
                switch (edit.kind) {
                case ExportEdit::Kind::SetValue:
                    own = RowEdit { ValueSet, edit.json };
                    break;
                case ExportEdit::Kind::ReplaceWithNull:
                    own = RowEdit { Nulled, QString() };
                    break;
                case ExportEdit::Kind::Remove:
                    own = RowEdit { Removed, QString() };
                    break;
                }
            }
        }
        m_rowEdits[i] = removedAbove ? RowEdit { Removed, QString() }
            : nulledAbove            ? RowEdit { InsideNulled, QString() }
                                     : own;
    }
}

ParameterTableModel::PendingEdit ParameterTableModel::pendingEdit(int row) const
{
    if (row < 0 || row >= rowCount())
        return NotEdited;
    return m_rowEdits[std::size_t(row)].state;
}

bool ParameterTableModel::isValueEditable(int row) const
{
    switch (pendingEdit(row)) {
    case NotEdited:
        return !m_rows[std::size_t(row)].json.isEmpty();
    case ValueSet:
    case Nulled:
        return true;
    case Removed:
    case InsideNulled:
        return false;
    }
    return false;
}

QString ParameterTableModel::jsonForTypedText(const QString &typed)
{
    const auto parsed = JsonDocument::parseText(typed.toUtf8());
    if (parsed.ok() && !parsed.value().isArray(parsed.value().root())
        && !parsed.value().isObject(parsed.value().root()))
        return QString::fromStdString(SchemaWriter::dumps(parsed.value(), parsed.value().root()));
    return QString::fromStdString(SchemaWriter::quoted(typed.toStdString()));
}

QString ParameterTableModel::pendingToolTip(int row) const
{
    const RowEdit &edit = m_rowEdits[std::size_t(row)];
    switch (edit.state) {
    case NotEdited:
        return QString();
    case ValueSet:
        return tr("Set on export; the file holds %1").arg(m_rows[std::size_t(row)].value);
    case Nulled:
        return tr("Replaced with None on export; the file holds %1").arg(m_rows[std::size_t(row)].value);
    case Removed:
        return tr("removed on export");
    case InsideNulled:
        return tr("replaced with None on export, with the object holding it");
    }
    return QString();
}

void ParameterTableModel::clear()
{
    setEstimator(nullptr, kNoNode);
}

QString ParameterTableModel::setParamsName(int row) const
{
    if (row < 0 || row >= rowCount())
        return QString();
    return m_setParams.prefix + m_rows[std::size_t(row)].name;
}

QString ParameterTableModel::valueText(int row) const
{
    if (row < 0 || row >= rowCount())
        return QString();
    return m_rows[std::size_t(row)].value;
}

SklearnDefaults::Comparison ParameterTableModel::comparison(int row) const
{
    if (row < 0 || row >= rowCount())
        return SklearnDefaults::Comparison::NoDefault;
    return m_rows[std::size_t(row)].comparison;
}

QString ParameterTableModel::defaultsVersion() const
{
    return m_defaults ? m_defaults->sklearnVersion() : QString();
}

bool ParameterTableModel::versionDiffers() const
{
    return m_defaults && !m_modelVersion.isEmpty()
        && m_modelVersion != m_defaults->sklearnVersion();
}

QString ParameterTableModel::statusText() const
{
    if (!m_file || m_estimator == kNoNode)
        return QString();
    const NodeTree &tree = m_file->tree();
    if (!m_defaults)
        return tr("No table of scikit-learn defaults is available.");
    QString text;
    if (m_classKnown)
        text = tr("Defaults of scikit-learn %1.").arg(m_defaults->sklearnVersion());
    else
        text = tr("scikit-learn %1 has no defaults for %2.")
                   .arg(m_defaults->sklearnVersion(), tree.qTypeName(m_estimator));
    if (m_modelVersion.isEmpty())
        text += QLatin1Char(' ') + tr("The model stores no scikit-learn version.");
    else if (versionDiffers())
        text += QLatin1Char(' ')
            + tr("The model was saved with scikit-learn %1, whose defaults may differ.")
                  .arg(m_modelVersion);
    if (m_setParams.owner != tree.root() && m_setParams.owner != kNoNode) {
        const QString ownerPath = FileSummary::attributePath(tree, m_setParams.owner);
        text += QLatin1Char(' ')
            + tr("Names are for set_params of %1 at %2.")
                  .arg(toQString(tree.node(m_setParams.owner).className), ownerPath);
    }
    return text;
}

int ParameterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParameterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ParameterTableModel::comparisonToolTip(const Row &row) const
{
    switch (row.comparison) {
    case SklearnDefaults::Comparison::Equal:
        return tr("Same as the default of scikit-learn %1").arg(defaultsVersion());
    case SklearnDefaults::Comparison::Different:
        return tr("Changed from the default %1 of scikit-learn %2")
            .arg(row.defaultText, defaultsVersion());
    case SklearnDefaults::Comparison::NotComparable:
        return tr("Cannot be compared with the default %1").arg(row.defaultText);
    case SklearnDefaults::Comparison::NoDefault:
        return row.defaultText.isEmpty() ? tr("No known default") : tr("A required parameter");
    }
    return QString();
}

QVariant ParameterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows[std::size_t(index.row())];
    const RowEdit &edit = m_rowEdits[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case ValueColumn:
            if (edit.state == ValueSet)
                return QStringLiteral("✎ ") + reprOfJson(edit.json);
            if (edit.state == Nulled)
                return QStringLiteral("✎ None");
            return row.value;
        case TypeColumn:
            return row.type;
        case DefaultColumn:
            return row.defaultText;
        }
        return QVariant();
    case Qt::EditRole:
        if (index.column() != ValueColumn || !isValueEditable(index.row()))
            return QVariant();
        return edit.state == ValueSet ? edit.json
            : edit.state == Nulled    ? QStringLiteral("null")
                                      : row.json;
    case Qt::ToolTipRole:
        if (edit.state != NotEdited && (index.column() == ValueColumn || edit.state != ValueSet))
            return pendingToolTip(index.row());
        if (index.column() == NameColumn)
            return setParamsName(index.row());
        if (index.column() == ValueColumn)
            return row.value;
        return comparisonToolTip(row);
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
        return index.column() == NameColumn ? QVariant(row.name) : data(index, Qt::DisplayRole);
    case ChangedFromDefaultRole:
        return row.comparison == SklearnDefaults::Comparison::Different;
    case ComparisonRole:
        return int(row.comparison);
    case SetParamsNameRole:
        return setParamsName(index.row());
    case PendingEditRole:
        return int(edit.state);
    default:
        return QVariant();
    }
}

Qt::ItemFlags ParameterTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !index.parent().isValid() && index.column() == ValueColumn
        && isValueEditable(index.row()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ParameterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    case DefaultColumn:
        return tr("Default");
    }
    return QVariant();
}

} // namespace skops
