#include "SklearnDefaults.h"
#include "ModelText.h"

#include "PythonText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QVersionNumber>
#include <algorithm>
#include <cmath>

namespace skops {

namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString stringMember(const JsonDocument &doc, JsonDocument::Index object, std::string_view key)
{
    const JsonDocument::Index value = doc.member(object, key);
    return doc.isString(value) ? doc.qstring(value) : QString();
}

// The members of a List group: the items of a list, tuple or set.
std::span<const NodeRef> itemRefs(const NodeTree &tree, NodeId id)
{
    for (const ChildGroup &group : tree.groups(id)) {
        if (group.name == "content" && group.kind == GroupKind::List)
            return tree.refs(group);
    }
    return {};
}

// Python's repr of a value built only from JSON values, tuples, lists,
// classes and functions; nullopt for anything else, which a repr in the
// defaults table could not describe reliably.
std::optional<QString> simpleRepr(const NodeTree &tree, NodeId id, int depth = 0)
{
    if (depth > 8)
        return std::nullopt;
    const Node &node = tree.node(id);
    switch (node.loader) {
    case Loader::JsonNode: {
        const auto value = SklearnDefaults::jsonNodeValue(tree, id);
        if (!value)
            return std::nullopt;
        return python::jsonValueRepr(*value, value->root());
    }
    case Loader::TupleNode:
    case Loader::ListNode: {
        const bool tuple = node.loader == Loader::TupleNode;
        const std::span<const NodeRef> items = itemRefs(tree, id);
        QString out = tuple ? QStringLiteral("(") : QStringLiteral("[");
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].backEdge)
                return std::nullopt;
            const auto item = simpleRepr(tree, items[i].node, depth + 1);
            if (!item)
                return std::nullopt;
            if (i)
                out += QLatin1String(", ");
            out += *item;
        }
        if (tuple && items.size() == 1)
            out += QLatin1Char(',');
        return out + (tuple ? QLatin1Char(')') : QLatin1Char(']'));
    }
    case Loader::TypeNode: {
        const QString name
            = node.module == "builtins" ? toQString(node.className) : tree.qTypeName(id);
        return QStringLiteral("<class '%1'>").arg(name);
    }
    case Loader::FunctionNode:
        // Only the name: the table's repr holds a per-process address (functions)
        // or no module (ufuncs). Protocol 0 keeps the name elsewhere.
        if (node.protocolVariant == 0)
            return std::nullopt;
        return QStringLiteral("<function %1>").arg(toQString(node.className));
    default:
        return std::nullopt;
    }
}

bool reprMatches(const QString &stored, const QString &tableRepr)
{
    const QLatin1String function("<function ");
    if (stored.startsWith(function)) {
        const QString name = stored.mid(function.size()).chopped(1);
        return tableRepr.startsWith(function + name + QLatin1String(" at "))
            || tableRepr == QStringLiteral("<ufunc '%1'>").arg(name);
    }
    return stored == tableRepr;
}

} // namespace

SklearnDefaults::Default::Default(
    std::shared_ptr<const JsonDocument> document, JsonDocument::Index value)
    : m_document(std::move(document))
    , m_value(value)
{ }

bool SklearnDefaults::Default::isRequired() const
{
    if (!m_document->isObject(m_value))
        return false;
    const JsonDocument::Index required = m_document->member(m_value, "required");
    return required != JsonDocument::npos
        && m_document->type(required) == JsonDocument::Type::Boolean
        && m_document->boolean(required);
}

std::optional<QString> SklearnDefaults::Default::repr() const
{
    if (!m_document->isObject(m_value))
        return std::nullopt;
    const JsonDocument::Index repr = m_document->member(m_value, "repr");
    if (!m_document->isString(repr))
        return std::nullopt;
    return m_document->qstring(repr);
}

QString SklearnDefaults::Default::displayText() const
{
    if (isRequired())
        return ModelText::tr("(required)");
    if (const auto text = repr())
        return python::escapeForDisplay(*text);
    return python::escapeForDisplay(python::jsonValueRepr(*m_document, m_value));
}

Result<SklearnDefaults> SklearnDefaults::fromJson(QByteArrayView utf8)
{
    auto parsed = JsonDocument::parse(utf8);
    if (!parsed)
        return parsed.error();
    SklearnDefaults table;
    table.m_document = std::make_shared<const JsonDocument>(std::move(parsed).value());
    const JsonDocument &doc = *table.m_document;
    if (!doc.isObject(doc.root()))
        return makeError(
            ErrorCode::InvalidJson, ModelText::tr("a defaults table must be a JSON object"));
    table.m_estimators = doc.member(doc.root(), "estimators");
    table.m_sklearnVersion = stringMember(doc, doc.root(), "sklearn_version");
    table.m_numpyVersion = stringMember(doc, doc.root(), "numpy_version");
    if (!doc.isObject(table.m_estimators) || table.m_sklearnVersion.isEmpty())
        return makeError(ErrorCode::InvalidJson,
            ModelText::tr(
                "a defaults table needs \"sklearn_version\" and an \"estimators\" object"));
    return table;
}

Result<SklearnDefaults> SklearnDefaults::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable,
            ModelText::tr("cannot read the defaults table %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    return fromJson(bytes);
}

const std::vector<SklearnDefaults> &SklearnDefaults::shipped()
{
    static const std::vector<SklearnDefaults> tables = [] {
        std::vector<SklearnDefaults> loaded;
        const QDir dir(QStringLiteral(":/defaults"));
        const QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files);
        for (const QString &name : names) {
            auto table = load(dir.filePath(name));
            if (table)
                loaded.push_back(std::move(table).value());
        }
        std::sort(
            loaded.begin(), loaded.end(), [](const SklearnDefaults &a, const SklearnDefaults &b) {
                return QVersionNumber::fromString(a.sklearnVersion())
                    < QVersionNumber::fromString(b.sklearnVersion());
            });
        return loaded;
    }();
    return tables;
}

const SklearnDefaults *SklearnDefaults::closest(
    const std::vector<SklearnDefaults> &tables, const QString &modelVersion)
{
    if (tables.empty())
        return nullptr;
    const QVersionNumber wanted = QVersionNumber::fromString(modelVersion);
    const SklearnDefaults *newest = &tables.front();
    const SklearnDefaults *sameMinor = nullptr;
    for (const SklearnDefaults &table : tables) {
        const QVersionNumber version = QVersionNumber::fromString(table.sklearnVersion());
        if (version > QVersionNumber::fromString(newest->sklearnVersion()))
            newest = &table;
        if (!wanted.isNull() && version.majorVersion() == wanted.majorVersion()
            && version.minorVersion() == wanted.minorVersion()) {
            // Of several with the same major.minor, the exact release, else the latest.
            if (!sameMinor || table.sklearnVersion() == modelVersion
                || (sameMinor->sklearnVersion() != modelVersion
                    && version > QVersionNumber::fromString(sameMinor->sklearnVersion())))
                sameMinor = &table;
        }
    }
    return sameMinor ? sameMinor : newest;
}

bool SklearnDefaults::knowsClass(std::string_view fullClassName) const
{
    return m_document->member(m_estimators, fullClassName) != JsonDocument::npos;
}

std::optional<SklearnDefaults::Default> SklearnDefaults::defaultFor(
    std::string_view fullClassName, std::string_view param) const
{
    const JsonDocument::Index params = m_document->member(m_estimators, fullClassName);
    if (!m_document->isObject(params))
        return std::nullopt;
    const JsonDocument::Index value = m_document->member(params, param);
    if (value == JsonDocument::npos)
        return std::nullopt;
    return Default(m_document, value);
}

SklearnDefaults::Comparison SklearnDefaults::compare(std::string_view fullClassName,
    std::string_view param, const NodeTree &tree, NodeId value) const
{
    const auto fallback = defaultFor(fullClassName, param);
    if (!fallback || fallback->isRequired())
        return Comparison::NoDefault;
    const std::optional<QString> tableRepr = fallback->repr();
    const bool isJson = tree.node(value).loader == Loader::JsonNode;

    if (isJson && !tableRepr) {
        const auto stored = jsonNodeValue(tree, value);
        if (!stored)
            return Comparison::NotComparable;
        return jsonEqual(*stored, stored->root(), fallback->document(), fallback->value())
            ? Comparison::Equal
            : Comparison::Different;
    }
    if (tableRepr) {
        const auto stored = simpleRepr(tree, value);
        if (!stored)
            return Comparison::NotComparable;
        return reprMatches(*stored, *tableRepr) ? Comparison::Equal : Comparison::Different;
    }
    // An object where None is the default was certainly set by the user.
    if (fallback->document().type(fallback->value()) == JsonDocument::Type::Null)
        return Comparison::Different;
    // A list default ([] or [1, 2]) against a stored list of JSON values.
    if (fallback->document().isArray(fallback->value())
        && tree.node(value).loader == Loader::ListNode) {
        const auto stored = simpleRepr(tree, value);
        if (!stored)
            return Comparison::NotComparable;
        return *stored == python::jsonValueRepr(fallback->document(), fallback->value())
            ? Comparison::Equal
            : Comparison::Different;
    }
    return Comparison::NotComparable;
}

bool SklearnDefaults::jsonEqual(
    const JsonDocument &a, JsonDocument::Index va, const JsonDocument &b, JsonDocument::Index vb)
{
    using Type = JsonDocument::Type;
    const Type ta = a.type(va);
    const Type tb = b.type(vb);
    if (a.isNumber(va) && b.isNumber(vb)) {
        if (ta == Type::BigInteger || tb == Type::BigInteger)
            return ta == tb && a.text(va) == b.text(vb);
        if (ta == Type::Integer && tb == Type::Integer)
            return a.integer(va) == b.integer(vb);
        if (ta == Type::Unsigned && tb == Type::Unsigned)
            return a.unsignedInteger(va) == b.unsignedInteger(vb);
        const double x = a.number(va);
        const double y = b.number(vb);
        return x == y || (std::isnan(x) && std::isnan(y));
    }
    if (ta != tb)
        return false;
    switch (ta) {
    case Type::Null:
        return true;
    case Type::Boolean:
        return a.boolean(va) == b.boolean(vb);
    case Type::String:
        return a.text(va) == b.text(vb);
    case Type::Array:
        if (a.size(va) != b.size(vb))
            return false;
        for (std::uint32_t i = 0; i < a.size(va); ++i) {
            if (!jsonEqual(a, a.child(va, i), b, b.child(vb, i)))
                return false;
        }
        return true;
    case Type::Object:
        if (a.size(va) != b.size(vb))
            return false;
        for (std::uint32_t i = 0; i < a.size(va); ++i) {
            const JsonDocument::Index other = b.member(vb, a.key(va, i));
            if (other == JsonDocument::npos || !jsonEqual(a, a.child(va, i), b, other))
                return false;
        }
        return true;
    default:
        return false;
    }
}

std::span<const NodeRef> SklearnDefaults::stateEntries(const NodeTree &tree, NodeId object)
{
    if (object == kNoNode || tree.node(object).loader != Loader::ObjectNode)
        return {};
    const NodeId attrs = tree.childNamed(object, "attrs");
    if (attrs == kNoNode || tree.node(attrs).loader != Loader::DictNode)
        return {};
    for (const ChildGroup &group : tree.groups(attrs)) {
        if (group.kind == GroupKind::Map)
            return tree.refs(group);
    }
    return {};
}

QString SklearnDefaults::storedVersion(const NodeTree &tree, NodeId object)
{
    for (const NodeRef &entry : stateEntries(tree, object)) {
        if (entry.label != "_sklearn_version" || entry.backEdge)
            continue;
        const auto value = jsonNodeValue(tree, entry.node);
        if (value && value->isString(value->root()))
            return value->qstring(value->root());
    }
    return QString();
}

std::optional<JsonDocument> SklearnDefaults::jsonNodeValue(const NodeTree &tree, NodeId node)
{
    if (node == kNoNode || tree.node(node).loader != Loader::JsonNode)
        return std::nullopt;
    const JsonDocument &doc = tree.document();
    const JsonDocument::Index content = doc.member(tree.node(node).state, "content");
    if (!doc.isString(content))
        return std::nullopt;
    const std::string_view text = doc.text(content);
    auto parsed = JsonDocument::parseText(QByteArrayView(text.data(), qsizetype(text.size())));
    if (!parsed)
        return std::nullopt;
    return std::move(parsed).value();
}

QString SklearnDefaults::pythonTypeName(const JsonDocument &document, JsonDocument::Index value)
{
    using Type = JsonDocument::Type;
    switch (document.type(value)) {
    case Type::Null:
        return QStringLiteral("NoneType");
    case Type::Boolean:
        return QStringLiteral("bool");
    case Type::Integer:
    case Type::Unsigned:
    case Type::BigInteger:
        return QStringLiteral("int");
    case Type::Float:
    case Type::NaN:
    case Type::Infinity:
    case Type::NegativeInfinity:
        return QStringLiteral("float");
    case Type::String:
        return QStringLiteral("str");
    case Type::Array:
        return QStringLiteral("list");
    case Type::Object:
        return QStringLiteral("dict");
    }
    return QString();
}

QString SklearnDefaults::pythonTypeName(const NodeTree &tree, NodeId node)
{
    const Node &stored = tree.node(node);
    if (stored.loader == Loader::JsonNode) {
        if (const auto value = jsonNodeValue(tree, node))
            return pythonTypeName(*value, value->root());
    }
    if (stored.module == "builtins")
        return toQString(stored.className);
    return tree.qTypeName(node);
}

} // namespace skops
