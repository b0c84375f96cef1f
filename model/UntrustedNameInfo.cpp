#include "UntrustedNameInfo.h"
#include "ModelText.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace skops {

namespace {

QString worded(const char *english, UntrustedNameInfo::Wording wording)
{
    return wording == UntrustedNameInfo::Wording::English ? QString::fromUtf8(english)
                                                          : ModelText::tr(english);
}

StoredField storedMember(const JsonDocument &doc, JsonDocument::Index object, const char *key,
                         const QString &label)
{
    const JsonDocument::Index value = doc.isObject(object) ? doc.member(object, key) : JsonDocument::npos;
    if (value == JsonDocument::npos)
        return StoredField{label, QString(), QString()};
    return StoredField{label, doc.pointer(value), doc.qstring(value)};
}

// The stored strings skops joins into `name` at this node (format doc §8.2).
std::vector<StoredField> fieldsFor(const NodeTree &tree, NodeId id, const std::string &name)
{
    const JsonDocument &doc = tree.document();
    const Node &node = tree.node(id);
    const QString module = QStringLiteral("__module__");
    const QString className = QStringLiteral("__class__");
    if (node.loader == Loader::FunctionNode && node.protocolVariant == 0) {
        const auto content = doc.member(node.state, "content");
        return {storedMember(doc, content, "module_path", QStringLiteral("content.module_path")),
                storedMember(doc, content, "function", QStringLiteral("content.function"))};
    }
    if (node.loader == Loader::MethodNode && name != tree.typeName(id)) {
        const NodeId obj = tree.childNamed(id, "obj");
        const auto content = doc.member(node.state, "content");
        return {storedMember(doc, tree.node(obj).state, "__module__", QStringLiteral("content.obj.__module__")),
                storedMember(doc, tree.node(obj).state, "__class__", QStringLiteral("content.obj.__class__")),
                storedMember(doc, content, "func", QStringLiteral("content.func"))};
    }
    if (node.synthetic) {
        const Node &owner = tree.node(node.parent);
        if (owner.loader == Loader::TreeNode || owner.loader == Loader::QuantileForestNode) {
            // The loader calls a fixed class, whatever the file says.
            return {StoredField{module, QString(), QString::fromUtf8(node.module.data(), qsizetype(node.module.size()))},
                    StoredField{className, QString(),
                                QString::fromUtf8(node.className.data(), qsizetype(node.className.size()))}};
        }
    }
    return {storedMember(doc, node.state, "__module__", module),
            storedMember(doc, node.state, "__class__", className)};
}

} // namespace

QStringList UntrustedNameInfo::paths() const
{
    QStringList out;
    for (const NameOccurrence &occurrence : occurrences) {
        if (!out.contains(occurrence.path))
            out << occurrence.path;
    }
    return out;
}

std::vector<UntrustedNameInfo> UntrustedNameInfo::collect(const NodeTree &tree, const Audit &audit,
                                                          const TrustProfile &profile)
{
    std::vector<UntrustedNameInfo> infos;
    for (const AuditFinding &finding : audit.findings()) {
        UntrustedNameInfo info;
        info.name = finding.name;
        for (const AuditLocation &location : finding.locations) {
            const Node &node = tree.node(location.node);
            const ReferenceKind kind = kindOf(node);
            const bool seen = std::any_of(info.occurrences.begin(), info.occurrences.end(),
                                          [&](const NameOccurrence &o) { return o.path == location.path && o.kind == kind; });
            if (seen)
                continue;
            info.occurrences.push_back(
                NameOccurrence{location.path, location.node, node.loader, kind, fieldsFor(tree, location.node, finding.name)});
            if (std::find(info.kinds.begin(), info.kinds.end(), kind) == info.kinds.end())
                info.kinds.push_back(kind);
        }
        infos.push_back(std::move(info));
    }
    if (infos.empty())
        return infos;

    // "Only a version difference?": would skops in another environment accept it here?
    for (const QString &otherName : TrustProfile::builtinNames()) {
        if (otherName == profile.name())
            continue;
        const auto other = TrustProfile::builtin(otherName);
        if (!other.ok())
            continue;
        const Audit otherAudit = Audit::run(tree, *other.value());
        const std::set<std::string> untrusted(otherAudit.untrustedTypes().begin(),
                                              otherAudit.untrustedTypes().end());
        for (UntrustedNameInfo &info : infos) {
            if (!untrusted.count(info.name))
                info.trustedByProfiles << otherName;
        }
    }
    return infos;
}

ReferenceKind UntrustedNameInfo::kindOf(const Node &node)
{
    switch (node.loader) {
    case Loader::FunctionNode:
    case Loader::PartialNode:
        return ReferenceKind::Function;
    case Loader::MethodNode:
        return ReferenceKind::BoundMethod;
    case Loader::OperatorFuncNode:
        return ReferenceKind::OperatorFunction;
    case Loader::TypeNode:
        // A reduce node's constructor is called, not just referenced.
        return node.synthetic ? ReferenceKind::Instance : ReferenceKind::Type;
    case Loader::DictNode:
    case Loader::DefaultDictNode:
    case Loader::ListNode:
    case Loader::SetNode:
    case Loader::TupleNode:
    case Loader::BytesNode:
    case Loader::BytearrayNode:
    case Loader::DictWithDeprecatedKeysNode:
        return ReferenceKind::ContainerSubclass;
    default:
        return ReferenceKind::Instance;
    }
}

QString UntrustedNameInfo::kindLabel(ReferenceKind kind, Wording wording)
{
    switch (kind) {
    case ReferenceKind::Instance:
        return worded(QT_TRANSLATE_NOOP("skops", "class instantiated"), wording);
    case ReferenceKind::Function:
        return worded(QT_TRANSLATE_NOOP("skops", "function referenced"), wording);
    case ReferenceKind::BoundMethod:
        return worded(QT_TRANSLATE_NOOP("skops", "bound method"), wording);
    case ReferenceKind::OperatorFunction:
        return worded(QT_TRANSLATE_NOOP("skops", "operator function"), wording);
    case ReferenceKind::Type:
        return worded(QT_TRANSLATE_NOOP("skops", "type referenced"), wording);
    case ReferenceKind::ContainerSubclass:
        return worded(QT_TRANSLATE_NOOP("skops", "container subclass"), wording);
    }
    return QString();
}

QString UntrustedNameInfo::riskNote(ReferenceKind kind, Wording wording)
{
    switch (kind) {
    case ReferenceKind::Instance:
        return worded(QT_TRANSLATE_NOOP("skops",
                          "Loading imports this class's module and creates an instance from the "
                          "stored state; code in that module and class runs."),
                      wording);
    case ReferenceKind::Function:
        return worded(QT_TRANSLATE_NOOP("skops",
                          "Loading imports this function's module and keeps a reference that the "
                          "model calls later with its own arguments."),
                      wording);
    case ReferenceKind::BoundMethod:
        return worded(QT_TRANSLATE_NOOP("skops",
                          "Loading builds the object and takes this method from it; the model calls "
                          "the method later."),
                      wording);
    case ReferenceKind::OperatorFunction:
        return worded(QT_TRANSLATE_NOOP("skops",
                          "Loading calls this operator function with stored arguments; attrgetter "
                          "and methodcaller then reach any attribute or method by name."),
                      wording);
    case ReferenceKind::Type:
        return worded(QT_TRANSLATE_NOOP("skops",
                          "Loading imports this type or builtin and hands it to the model as a "
                          "value; a builtin such as eval or getattr is as dangerous as calling it."),
                      wording);
    case ReferenceKind::ContainerSubclass:
        return worded(QT_TRANSLATE_NOOP("skops",
                          "Loading creates this subclass of a built-in container and fills it; its "
                          "methods run whenever the container is used."),
                      wording);
    }
    return QString();
}

QString UntrustedNameInfo::kindId(ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Instance:
        return QStringLiteral("untrusted-instance");
    case ReferenceKind::Function:
        return QStringLiteral("untrusted-function");
    case ReferenceKind::BoundMethod:
        return QStringLiteral("untrusted-bound-method");
    case ReferenceKind::OperatorFunction:
        return QStringLiteral("untrusted-operator-function");
    case ReferenceKind::Type:
        return QStringLiteral("untrusted-type");
    case ReferenceKind::ContainerSubclass:
        return QStringLiteral("untrusted-container-subclass");
    }
    return QString();
}

std::vector<ReferenceKind> UntrustedNameInfo::allKinds()
{
    return {ReferenceKind::Instance,          ReferenceKind::Function, ReferenceKind::BoundMethod,
            ReferenceKind::OperatorFunction, ReferenceKind::Type,     ReferenceKind::ContainerSubclass};
}

} // namespace skops
