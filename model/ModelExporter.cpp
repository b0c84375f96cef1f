#include "ModelExporter.h"
#include "ModelText.h"

#include "SchemaWriter.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace skops {

namespace {

using Index = JsonDocument::Index;
using Kind = ExportChange::Kind;

QString shownPath(const QString &path)
{
    return path.isEmpty() ? ModelText::tr("the root") : path;
}

// The pointer of a state, "" (not null) for the root: null paths mean "not about a node".
QString statePath(const JsonDocument &doc, Index state)
{
    const QString path = doc.pointer(state);
    return path.isEmpty() ? QStringLiteral("") : path;
}

Error invalidEdit(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

// Replacement values live as small parsed documents until the text that
// uses them has been written.
class ValueStore
{
public:
    const JsonDocument &add(const std::string &json)
    {
        auto parsed = JsonDocument::parseText(QByteArrayView(json.data(), qsizetype(json.size())));
        m_values.push_back(std::make_unique<JsonDocument>(std::move(parsed).value()));
        return *m_values.back();
    }

private:
    std::vector<std::unique_ptr<JsonDocument>> m_values;
};

// A JsonNode state as skops writes it for a Python primitive.
std::string jsonNodeState(const std::string &contentJson)
{
    return "{\"__class__\": \"str\", \"__module__\": \"builtins\", \"__loader__\": \"JsonNode\", "
           "\"content\": "
           + SchemaWriter::quoted(contentJson) + ", \"is_json\": true}";
}

// Every JSON object of the schema that names a loader, in document order,
// including repeated states that skops never reads; the content of a slice
// or a JSON value is raw data, not states.
void forEachState(const JsonDocument &doc, const std::function<void(Index, std::string_view)> &visit)
{
    std::vector<Index> stack{doc.root()};
    while (!stack.empty()) {
        const Index value = stack.back();
        stack.pop_back();
        if (!doc.isObject(value) && !doc.isArray(value))
            continue;
        std::string_view loader;
        if (doc.isObject(value)) {
            const Index loaderValue = doc.member(value, "__loader__");
            if (doc.isString(loaderValue)) {
                loader = doc.text(loaderValue);
                visit(value, loader);
            }
        }
        for (std::uint32_t i = doc.size(value); i > 0; --i) {
            if ((loader == "SliceNode" || loader == "JsonNode") && doc.key(value, i - 1) == "content")
                continue;
            stack.push_back(doc.child(value, i - 1));
        }
    }
}

// A payload member and every `file` string naming it.
struct MemberReference {
    QString member;
    QString extension;  // what skops names such members: npy, npz or bin
    Index firstState = JsonDocument::npos;
    std::vector<Index> fileValues;
};

std::vector<MemberReference> memberReferences(const JsonDocument &doc)
{
    std::vector<MemberReference> references;
    std::unordered_map<QString, std::size_t> byName;
    forEachState(doc, [&](Index state, std::string_view loader) {
        QString extension;
        if (loader == "NdArrayNode") {
            const Index type = doc.member(state, "type");
            if (doc.isString(type) && doc.text(type) == "numpy")
                extension = QStringLiteral("npy");
        } else if (loader == "SparseMatrixNode") {
            extension = QStringLiteral("npz");
        } else if (loader == "BytesNode" || loader == "BytearrayNode") {
            extension = QStringLiteral("bin");
        }
        const Index file = doc.member(state, "file");
        if (extension.isEmpty() || !doc.isString(file))
            return;
        const QString name = doc.qstring(file);
        auto [it, inserted] = byName.try_emplace(name, references.size());
        if (inserted)
            references.push_back(MemberReference{name, extension, state, {}});
        references[it->second].fileValues.push_back(file);
    });
    return references;
}

QSet<QString> referencedNames(const JsonDocument &doc)
{
    QSet<QString> names;
    for (const MemberReference &reference : memberReferences(doc))
        names.insert(reference.member);
    return names;
}

// One place where skops' tree building meets a node: the root, a node
// child, or one element of a list or mapping child.
struct Position {
    Index state = JsonDocument::npos;
    NodeId node = kNoNode;
    NodeId owner = kNoNode;    // the node whose child group holds it
    std::string_view group;
    std::uint32_t slot = 0;    // index within that group
    bool first = false;        // the node is built here (not an `__id__` repeat)
};

struct Positions {
    std::vector<Position> order;  // skops' traversal order
    std::unordered_map<Index, std::size_t> byState;
    std::vector<std::vector<std::size_t>> byNode;

    const Position *at(Index state) const
    {
        const auto it = byState.find(state);
        return it == byState.end() ? nullptr : &order[it->second];
    }
};

void addPosition(Positions &positions, const Position &position)
{
    positions.byState.emplace(position.state, positions.order.size());
    positions.byNode[position.node].push_back(positions.order.size());
    positions.order.push_back(position);
}

void visitPositions(const NodeTree &tree, NodeId id, Positions &positions)
{
    for (const ChildGroup &group : tree.groups(id)) {
        const auto refs = tree.refs(group);
        for (std::uint32_t i = 0; i < refs.size(); ++i) {
            const NodeRef &ref = refs[i];
            // A reduce node's constructor is not in the file.
            if (ref.state == JsonDocument::npos)
                continue;
            const bool first = !ref.backEdge && tree.node(ref.node).state == ref.state;
            addPosition(positions, Position{ref.state, ref.node, id, group.name, i, first});
            if (first)
                visitPositions(tree, ref.node, positions);
        }
    }
}

Positions collectPositions(const NodeTree &tree)
{
    Positions positions;
    positions.byNode.resize(tree.nodeCount());
    addPosition(positions, Position{tree.node(tree.root()).state, tree.root(), kNoNode, "root", 0, true});
    visitPositions(tree, tree.root(), positions);
    return positions;
}

bool isKeyTypes(const Positions &positions, NodeId id)
{
    for (const std::size_t at : positions.byNode[id]) {
        if (positions.order[at].group == "key_types")
            return true;
    }
    return false;
}

QString nodeText(const NodeTree &tree, NodeId id)
{
    const Node &node = tree.node(id);
    if (node.loader == Loader::JsonNode) {
        const JsonDocument &doc = tree.document();
        const Index content = doc.member(node.state, "content");
        return ModelText::tr("the value %1")
            .arg(doc.isString(content) ? doc.qstring(content)
                                       : QString::fromStdString(doc.serialize(content)));
    }
    return ModelText::tr("%1 (%2)").arg(tree.qTypeName(id), loaderName(node.loader));
}

bool isPrimitive(const JsonDocument &doc)
{
    return !doc.isArray(doc.root()) && !doc.isObject(doc.root());
}

// Rewrites one schema version into the next: writes the patched text,
// reads it back and rebuilds skops' tree from it, so that every step works
// on exactly what skops would read.
class Rewriter
{
public:
    Rewriter(const SkopsFile &input, ExportReport &report)
        : m_input(input)
        , m_report(report)
        , m_current(input.tree())
    {
    }

    const SkopsFile &input() const { return m_input; }
    const NodeTree &current() const { return m_current; }
    const JsonDocument &doc() const { return m_current.document(); }
    bool rewritten() const { return m_rewritten; }

    Status apply(const SchemaWriter &writer, const std::function<bool(const QString &)> &memberExists)
    {
        auto text = writer.write(m_input.limits().maxSchemaBytes);
        if (!text.ok())
            return text.error();
        return readBack(text.value(), memberExists);
    }

    Status apply(const SchemaWriter &writer)
    {
        const ZipArchive &archive = m_input.archive();
        return apply(writer, [&archive](const QString &name) { return archive.find(name) != nullptr; });
    }

    std::string text() const
    {
        const SchemaWriter unpatched(doc());
        return unpatched.write(~quint64(0)).value();
    }

    void add(Kind kind, const QString &path, const QString &member, const QString &detail)
    {
        m_report.changes.push_back(ExportChange{kind, path, member, detail});
    }

private:
    Status readBack(const std::string &text, const std::function<bool(const QString &)> &memberExists)
    {
        const Limits &limits = m_input.limits();
        auto parsed = JsonDocument::parse(QByteArrayView(text.data(), qsizetype(text.size())), limits);
        if (!parsed.ok())
            return makeError(parsed.error().code,
                ModelText::tr("the rewritten schema.json cannot be read back: %1")
                    .arg(parsed.error().message));
        auto document = std::make_shared<const JsonDocument>(std::move(parsed).value());
        auto tree = NodeTree::build(document, memberExists, limits);
        if (!tree.ok())
            return makeError(tree.error().code,
                ModelText::tr("the rewritten schema.json would not load: %1")
                    .arg(tree.error().message));
        if (tree.value().firstBackEdge())
            return makeError(ErrorCode::InvalidSchema,
                ModelText::tr("the rewritten schema.json would have an __id__ cycle"));
        m_current = std::move(tree).value();
        m_rewritten = true;
        return Status();
    }

    const SkopsFile &m_input;
    ExportReport &m_report;
    NodeTree m_current;
    bool m_rewritten = false;
};

// §11: protocol 0 and 1 differ from 2 only in FunctionNode (0) and
// RandomGeneratorNode (0, 1); SGDNode was replaced by LossNode in 0.11
// without a protocol change. Everything is converted from the stored
// state, or the export stops.
Status convertToProtocol2(Rewriter &rewriter)
{
    const NodeTree &tree = rewriter.current();
    const JsonDocument &doc = rewriter.doc();
    const int protocol = tree.protocol();
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        const Node &node = tree.node(id);
        if (node.loader == Loader::RandomGeneratorNode && node.protocolVariant < 2)
            return makeError(ErrorCode::UnsupportedProtocol,
                ModelText::tr(
                    "the numpy Generator at %1 cannot be written as protocol 2: protocol 2 stores "
                    "its seed sequence, which a protocol-%2 file does not have (%3), so no "
                    "protocol-2 state would load the same")
                    .arg(shownPath(tree.path(id)))
                    .arg(protocol)
                    .arg(protocol == 0
                            ? ModelText::tr("and skops 0.10 and later cannot load a protocol-0 "
                                            "generator at all")
                            : ModelText::tr("skops gives such a generator a new random one on "
                                            "every load")));
    }

    SchemaWriter writer(doc);
    ValueStore values;
    bool nodesConverted = false;
    forEachState(doc, [&](Index state, std::string_view loader) {
        if (loader == "FunctionNode" && protocol == 0) {
            const Index content = doc.member(state, "content");
            const Index modulePath = doc.member(content, "module_path");
            const Index function = doc.member(content, "function");
            const Index moduleName = doc.member(state, "__module__");
            const Index className = doc.member(state, "__class__");
            if (!doc.isString(modulePath) || !doc.isString(function) || moduleName == JsonDocument::npos
                || className == JsonDocument::npos)
                return;
            const JsonDocument &module = values.add(SchemaWriter::quoted(doc.text(modulePath)));
            const JsonDocument &name = values.add(SchemaWriter::quoted(doc.text(function)));
            writer.replace(moduleName, module, module.root());
            writer.replace(className, name, name.root());
            writer.remove(content);
            nodesConverted = true;
            rewriter.add(Kind::Converted, statePath(doc, state), QString(),
                ModelText::tr(
                    "the protocol-0 function %1.%2 is written in the protocol-2 shape: its module "
                    "and name in __module__ and __class__, no content")
                    .arg(doc.qstring(modulePath), doc.qstring(function)));
        } else if (loader == "SGDNode") {
            const JsonDocument &loss = values.add("\"LossNode\"");
            writer.replace(doc.member(state, "__loader__"), loss, loss.root());
            nodesConverted = true;
            rewriter.add(Kind::Converted, statePath(doc, state), QString(),
                ModelText::tr(
                    "the SGDNode is written as a LossNode: skops 0.11 replaced that loader by "
                    "LossNode, which reads the same state, and cannot read SGDNode any more"));
        }
    });

    const Index root = doc.root();
    const Index protocolValue = doc.member(root, "protocol");
    const bool integerTwo = protocolValue != JsonDocument::npos
                            && doc.type(protocolValue) == JsonDocument::Type::Integer
                            && doc.integer(protocolValue) == 2;
    if (!integerTwo) {
        const JsonDocument &two = values.add("2");
        writer.replace(protocolValue, two, two.root());
        rewriter.add(Kind::Protocol, QStringLiteral("/protocol"), QString(),
            protocol == 2 ? ModelText::tr("the protocol %1 is written as the integer 2")
                                .arg(QString::fromStdString(doc.serialize(protocolValue)))
                          : ModelText::tr("protocol %1 is written as protocol 2").arg(protocol));
    }
    const QString version = ModelExporter::writtenSkopsVersion();
    const Index versionValue = doc.member(root, "_skops_version");
    const bool versionWritten = doc.isString(versionValue) && doc.qstring(versionValue) == version;
    if ((protocol != 2 || nodesConverted) && !versionWritten) {
        const JsonDocument &text = values.add(SchemaWriter::quoted(version.toStdString()));
        if (versionValue == JsonDocument::npos)
            writer.append(root, "_skops_version", text, text.root());
        else
            writer.replace(versionValue, text, text.root());
        const QString before = doc.isString(versionValue) ? doc.qstring(versionValue)
            : versionValue == JsonDocument::npos
            ? ModelText::tr("none")
            : QString::fromStdString(doc.serialize(versionValue));
        rewriter.add(Kind::SkopsVersion, QStringLiteral("/_skops_version"), QString(),
            ModelText::tr("_skops_version %1 is now %2, the skops release whose format is written")
                .arg(before, version));
    }
    if (!writer.hasPatches())
        return Status();
    return rewriter.apply(writer);
}

// Takes the places `cut` out of the schema (the caller removes or replaces
// them) without changing what any other place loads: a node built inside
// them that is used elsewhere too gets its state written at its next place,
// and `__id__` repeats inside that state are written in full, since the
// state they repeat may have been cut.
void keepSharedStates(Rewriter &rewriter, const Positions &positions,
                      const std::unordered_set<Index> &cut, SchemaWriter &writer)
{
    const NodeTree &tree = rewriter.current();
    const JsonDocument &doc = rewriter.doc();
    const auto inside = [&](Index value) {
        for (Index at = value; at != JsonDocument::npos; at = doc.parent(at)) {
            if (cut.count(at))
                return true;
        }
        return false;
    };
    std::vector<bool> builtInside(tree.nodeCount(), false);
    for (const Position &position : positions.order) {
        if (position.first && inside(position.state))
            builtInside[position.node] = true;
    }
    for (const Position &position : positions.order) {
        if (!position.first && builtInside[position.node] && inside(position.state))
            writer.replace(position.state, doc, tree.node(position.node).state);
    }
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (!builtInside[id])
            continue;
        for (const std::size_t at : positions.byNode[id]) {
            const Position &next = positions.order[at];
            if (inside(next.state))
                continue;
            writer.replace(next.state, doc, tree.node(id).state);
            rewriter.add(Kind::Relocated, statePath(doc, next.state), QString(),
                ModelText::tr(
                    "the state of %1, shared with this place, is written here in full because "
                    "the edit took its first place")
                    .arg(shownPath(tree.path(id))));
            break;
        }
    }
}

Status applyEdit(Rewriter &rewriter, const ExportEdit &edit)
{
    const NodeTree &tree = rewriter.current();
    const JsonDocument &doc = rewriter.doc();
    const QString shown = shownPath(edit.path);
    const Index target = doc.resolve(edit.path);
    if (target == JsonDocument::npos)
        return invalidEdit(ModelText::tr("there is no value at %1").arg(shown));
    const Positions positions = collectPositions(tree);
    const Position *place = positions.at(target);
    if (!place)
        return invalidEdit(
            ModelText::tr("%1 is not the place of a node of the model (it may lie inside a "
                          "repeated state, which skops never reads: edit its first place)")
                .arg(shown));
    const Node &node = tree.node(place->node);
    const bool inKeyTypes = place->group == "key_types"
                            || (place->owner != kNoNode && isKeyTypes(positions, place->owner));

    SchemaWriter writer(doc);
    ValueStore values;
    std::unordered_set<Index> cut{target};
    QString detail;
    switch (edit.kind) {
    case ExportEdit::Kind::SetValue: {
        if (node.loader != Loader::JsonNode)
            return invalidEdit(
                ModelText::tr("%1 is %2, not a primitive value (a number, string, boolean or null)")
                    .arg(shown, nodeText(tree, place->node)));
        const Index content = doc.member(node.state, "content");
        const auto old = doc.isString(content)
                             ? JsonDocument::parseText(QByteArrayView(doc.text(content).data(),
                                                                      qsizetype(doc.text(content).size())))
                             : Result<JsonDocument>(makeError(ErrorCode::InvalidJson, QString()));
        if (!old.ok() || !isPrimitive(old.value()))
            return invalidEdit(ModelText::tr(
                "%1 does not hold a primitive value (a number, string, boolean or null)")
                                   .arg(shown));
        const QByteArray utf8 = edit.json.toUtf8();
        const auto value = JsonDocument::parseText(utf8);
        if (!value.ok())
            return invalidEdit(
                ModelText::tr("the new value for %1 is not JSON: %2").arg(shown, edit.json));
        if (!isPrimitive(value.value()))
            return invalidEdit(ModelText::tr(
                "the new value for %1 must be a number, a string, true, false or null")
                                   .arg(shown));
        const std::string newJson = SchemaWriter::dumps(value.value(), value.value().root());
        const JsonDocument &state = values.add(jsonNodeState(newJson));
        writer.replace(target, state, state.root());
        detail
            = ModelText::tr("set to %1 (was %2)")
                  .arg(QString::fromStdString(newJson),
                      QString::fromStdString(SchemaWriter::dumps(old.value(), old.value().root())));
        break;
    }
    case ExportEdit::Kind::ReplaceWithNull: {
        if (place->owner == kNoNode)
            return invalidEdit(ModelText::tr(
                "the root cannot be replaced by null: nothing of the model would remain"));
        if (inKeyTypes)
            return invalidEdit(
                ModelText::tr("%1 is a key type of a dict; remove the dict entry instead")
                    .arg(shown));
        const JsonDocument &state = values.add(jsonNodeState("null"));
        writer.replace(target, state, state.root());
        detail = ModelText::tr("%1 replaced by None").arg(nodeText(tree, place->node));
        break;
    }
    case ExportEdit::Kind::Remove: {
        if (place->owner == kNoNode)
            return invalidEdit(ModelText::tr("the root cannot be removed"));
        if (inKeyTypes)
            return invalidEdit(
                ModelText::tr("%1 is a key type of a dict; remove the dict entry instead")
                    .arg(shown));
        const Loader ownerLoader = tree.node(place->owner).loader;
        const bool dictEntry = ownerLoader == Loader::DictNode && place->group == "content";
        const bool element = (ownerLoader == Loader::ListNode || ownerLoader == Loader::SetNode
                              || ownerLoader == Loader::TupleNode)
                             && place->group == "content";
        if (!dictEntry && !element)
            return invalidEdit(
                ModelText::tr("%1 cannot be removed: only dict entries and list, tuple or set "
                              "elements can be; replace it by null instead")
                    .arg(shown));
        writer.remove(target);
        if (dictEntry) {
            // DictNode pairs key_types and content by position (§5.2).
            const NodeId keyTypes = tree.childNamed(place->owner, "key_types");
            if (keyTypes == kNoNode || positions.byNode[keyTypes].size() != 1
                || !positions.order[positions.byNode[keyTypes].front()].first)
                return invalidEdit(
                    ModelText::tr("the key types of the dict holding %1 are shared with another "
                                  "place, so one of its entries cannot be removed alone")
                        .arg(shown));
            for (const ChildGroup &group : tree.groups(keyTypes)) {
                const auto refs = tree.refs(group);
                if (group.name == "content" && place->slot < refs.size()) {
                    writer.remove(refs[place->slot].state);
                    cut.insert(refs[place->slot].state);
                }
            }
        }
        detail = ModelText::tr("%1 removed").arg(nodeText(tree, place->node));
        break;
    }
    }
    rewriter.add(Kind::Edited, edit.path, QString(), detail);
    keepSharedStates(rewriter, positions, cut, writer);
    return rewriter.apply(writer);
}

// After edits, the repeats of an edited object must say what its first
// place says: skops never reads them, but they name members and are what a
// later reader of the file sees. Written as full copies, as skops does.
Status rewriteRepeats(Rewriter &rewriter)
{
    const NodeTree &tree = rewriter.current();
    const JsonDocument &doc = rewriter.doc();
    const Positions positions = collectPositions(tree);
    SchemaWriter writer(doc);
    for (const Position &position : positions.order) {
        if (!position.first && doc.member(position.state, "__loader__") != JsonDocument::npos)
            writer.replace(position.state, doc, tree.node(position.node).state);
    }
    if (!writer.hasPatches())
        return Status();
    const std::string before = rewriter.text();
    const Status status = rewriter.apply(writer);
    if (status.ok() && rewriter.text() != before)
        rewriter.add(Kind::RepeatsRewritten, QString(), QString(),
            ModelText::tr(
                "repeated states (the same __id__ again) are rewritten as copies of their "
                "edited first state"));
    return status;
}

bool isUsualName(const QString &name, const QString &extension)
{
    static const QRegularExpression usual(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,119}$"));
    return usual.match(name).hasMatch() && name.endsWith(QLatin1Char('.') + extension);
}

QString proposedName(const JsonDocument &doc, const MemberReference &reference, int ordinal)
{
    if (reference.extension == QLatin1String("bin")) {
        // skops names bytes members by a random UUID; a name-based one keeps
        // the export reproducible.
        static const QUuid space(QStringLiteral("{6f0c5a52-3d5e-4c0b-9a57-2f1de4a1b8c3}"));
        return QUuid::createUuidV5(space, reference.member).toString(QUuid::WithoutBraces)
               + QStringLiteral(".bin");
    }
    const Index id = doc.member(reference.firstState, "__id__");
    if (id != JsonDocument::npos && doc.type(id) == JsonDocument::Type::Integer && doc.integer(id) > 0)
        return QStringLiteral("%1.%2").arg(doc.integer(id)).arg(reference.extension);
    return QStringLiteral("member%1.%2").arg(ordinal).arg(reference.extension);
}

// Cleaned: every payload member gets a usual name (skops' own patterns,
// unique even without regard to case). Both modes: a payload called
// schema.json is renamed, as that name belongs to the schema.
Status nameMembers(Rewriter &rewriter, ExportMode mode, std::vector<ExportPlan::Member> &members)
{
    const JsonDocument &doc = rewriter.doc();
    const std::vector<MemberReference> references = memberReferences(doc);
    const QString schemaName = QStringLiteral("schema.json");
    QSet<QString> taken{schemaName};
    std::vector<bool> keep(references.size(), false);
    for (std::size_t i = 0; i < references.size(); ++i) {
        const QString &name = references[i].member;
        if (mode == ExportMode::SaveAs)
            keep[i] = name != schemaName;
        else
            keep[i] = isUsualName(name, references[i].extension) && !taken.contains(name.toLower());
        if (keep[i])
            taken.insert(name.toLower());
    }
    SchemaWriter writer(doc);
    ValueStore values;
    QHash<QString, QString> renamed;
    int ordinal = 0;
    for (std::size_t i = 0; i < references.size(); ++i) {
        const MemberReference &reference = references[i];
        QString name = reference.member;
        if (!keep[i]) {
            name = proposedName(doc, reference, ++ordinal);
            const QString base = name.chopped(reference.extension.size() + 1);
            for (int suffix = 2; taken.contains(name.toLower()); ++suffix)
                name = QStringLiteral("%1-%2.%3").arg(base).arg(suffix).arg(reference.extension);
            taken.insert(name.toLower());
            renamed.insert(reference.member, name);
            const JsonDocument &text = values.add(SchemaWriter::quoted(name.toStdString()));
            for (const Index file : reference.fileValues)
                writer.replace(file, text, text.root());
            rewriter.add(Kind::MemberRenamed, statePath(doc, reference.firstState),
                reference.member,
                ModelText::tr("the member \"%1\" is written as \"%2\"")
                    .arg(reference.member, name));
        }
        if (mode == ExportMode::Cleaned || !keep[i])
            members.push_back(ExportPlan::Member{reference.member, name});
    }
    if (!writer.hasPatches())
        return Status();
    QSet<QString> written;
    for (const ExportPlan::Member &member : members)
        written.insert(member.name);
    const ZipArchive &archive = rewriter.input().archive();
    return rewriter.apply(writer, [&](const QString &name) {
        if (written.contains(name))
            return true;
        return mode == ExportMode::SaveAs && !renamed.contains(name) && archive.find(name) != nullptr;
    });
}

} // namespace

QString ExportChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Converted:
        return QStringLiteral("converted");
    case Kind::SkopsVersion:
        return QStringLiteral("skops_version");
    case Kind::Edited:
        return QStringLiteral("edited");
    case Kind::Relocated:
        return QStringLiteral("relocated");
    case Kind::RepeatsRewritten:
        return QStringLiteral("repeats_rewritten");
    case Kind::MemberRemoved:
        return QStringLiteral("member_removed");
    case Kind::DuplicateRemoved:
        return QStringLiteral("duplicate_removed");
    case Kind::MemberRenamed:
        return QStringLiteral("member_renamed");
    case Kind::MemberMissing:
        return QStringLiteral("member_missing");
    case Kind::CommentRemoved:
        return QStringLiteral("comment_removed");
    case Kind::SchemaRewritten:
        return QStringLiteral("schema_rewritten");
    case Kind::Compression:
        return QStringLiteral("compression");
    }
    return QString();
}

std::string ExportReport::toJson() const
{
    using json = nlohmann::ordered_json;
    const auto text = [](const QString &value) {
        return value.isNull() ? json() : json(value.toStdString());
    };
    json out;
    out["input"] = input.toStdString();
    out["output"] = output.toStdString();
    out["mode"] = mode == ExportMode::Cleaned ? "cleaned" : "save_as";
    out["compression"] = deflate ? "deflated" : "stored";
    out["input_protocol"] = inputProtocol;
    out["output_protocol"] = outputProtocol;
    out["input_skops_version"] = text(inputSkopsVersion);
    out["output_skops_version"] = text(outputSkopsVersion);
    json names = json::array();
    for (const QString &member : members)
        names.push_back(member.toStdString());
    out["members"] = std::move(names);
    json list = json::array();
    for (const ExportChange &change : changes) {
        json entry;
        entry["kind"] = ExportChange::kindName(change.kind).toStdString();
        entry["path"] = text(change.path);
        entry["member"] = text(change.member);
        entry["detail"] = change.detail.toStdString();
        list.push_back(std::move(entry));
    }
    out["changes"] = std::move(list);
    return out.dump(2) + "\n";
}

QString ModelExporter::writtenSkopsVersion()
{
    return QStringLiteral("0.14");
}

Result<ExportPlan> ModelExporter::prepare(const SkopsFile &input, const ExportOptions &options)
{
    ExportPlan plan;
    plan.deflate = options.deflate;
    ExportReport &report = plan.report;
    report.input = input.path();
    report.mode = options.mode;
    report.deflate = options.deflate;
    report.inputProtocol = input.protocol();
    report.inputSkopsVersion = input.skopsVersion();
    if (const NodeRef *edge = input.tree().firstBackEdge())
        return makeError(ErrorCode::InvalidSchema,
            ModelText::tr("the schema has an __id__ cycle (the state at %1 repeats the id of an "
                          "ancestor), so skops cannot load it and it is not exported")
                .arg(input.schema().pointer(edge->state)));

    Rewriter rewriter(input, report);
    if (const Status status = convertToProtocol2(rewriter); !status.ok())
        return status.error();
    for (const ExportEdit &edit : options.edits) {
        if (const Status status = applyEdit(rewriter, edit); !status.ok())
            return status.error();
    }
    if (!options.edits.empty()) {
        if (const Status status = rewriteRepeats(rewriter); !status.ok())
            return status.error();
    }

    const ZipArchive &archive = input.archive();
    const QString schemaName = QStringLiteral("schema.json");
    const QSet<QString> referencedBefore = referencedNames(input.schema());
    const QSet<QString> referenced = referencedNames(rewriter.doc());
    for (const ArrayProblem &problem : input.arrayProblems()) {
        if (referenced.contains(problem.member))
            return makeError(problem.error.code,
                ModelText::tr(
                    "the array member \"%1\" (at %2) is unusable: %3. skops could not load "
                    "the exported file either; remove that node or replace it by null")
                    .arg(problem.member, problem.path, problem.error.message));
    }

    std::vector<ExportPlan::Member> named;
    if (const Status status = nameMembers(rewriter, options.mode, named); !status.ok())
        return status.error();

    QHash<QString, int> duplicates;
    for (const ZipMember &member : archive.members()) {
        if (member.shadowed)
            duplicates[member.name]++;
    }
    for (auto it = duplicates.cbegin(); it != duplicates.cend(); ++it)
        rewriter.add(Kind::DuplicateRemoved, QString(), it.key(),
            ModelText::tr("%n earlier entry(s) with this name left out (skops reads the last one)",
                nullptr, it.value()));
    for (const ZipMember &member : archive.members()) {
        if (member.shadowed || member.name == schemaName || referenced.contains(member.name))
            continue;
        if (referencedBefore.contains(member.name))
            rewriter.add(Kind::MemberRemoved, QString(), member.name,
                ModelText::tr("no longer referenced after the edits"));
        else if (options.mode == ExportMode::Cleaned)
            rewriter.add(Kind::MemberRemoved, QString(), member.name,
                ModelText::tr("not referenced by schema.json"));
    }

    if (options.mode == ExportMode::SaveAs) {
        for (const ZipMember &member : archive.members()) {
            if (member.shadowed || member.name == schemaName)
                continue;
            if (!referencedBefore.contains(member.name) || referenced.contains(member.name))
                plan.members.push_back(ExportPlan::Member{member.name, member.name});
        }
        plan.comment = QString::fromUtf8(archive.comment());
    } else if (!archive.comment().isEmpty()) {
        rewriter.add(Kind::CommentRemoved, QString(), QString(),
            ModelText::tr("the archive comment is left out"));
    }
    for (const ExportPlan::Member &member : named) {
        if (archive.find(member.source))
            plan.members.push_back(member);
        else
            rewriter.add(Kind::MemberMissing, QString(), member.source,
                ModelText::tr(
                    "named only by a repeated state that skops never reads, and not in the "
                    "archive either"));
    }

    const auto original = input.readMember(schemaName);
    if (!original.ok())
        return original.error();
    const QByteArray originalSchema(original.value().data(), original.value().size());
    if (options.mode == ExportMode::SaveAs && !rewriter.rewritten()) {
        plan.schema = originalSchema;
    } else {
        const SchemaWriter writer(rewriter.doc());
        const auto text = writer.write(input.limits().maxSchemaBytes);
        if (!text.ok())
            return text.error();
        plan.schema = QByteArray::fromStdString(text.value());
        if (plan.schema != originalSchema)
            rewriter.add(Kind::SchemaRewritten, QString(), schemaName,
                ModelText::tr(
                    "schema.json is rewritten as json.dumps(indent=2) writes it (%1 bytes, "
                    "before %2)")
                    .arg(plan.schema.size())
                    .arg(originalSchema.size()));
    }

    const quint16 method = options.deflate ? 8 : 0;
    bool methodChanged = archive.find(schemaName)->method != method;
    for (const ExportPlan::Member &member : plan.members) {
        report.members.append(member.name);
        methodChanged = methodChanged || archive.find(member.source)->method != method;
    }
    report.members.append(schemaName);
    if (methodChanged)
        rewriter.add(Kind::Compression, QString(), QString(),
            options.deflate ? ModelText::tr("every member is written deflated")
                            : ModelText::tr("every member is written stored (uncompressed)"));
    report.outputProtocol = rewriter.current().protocol();
    report.outputSkopsVersion = rewriter.current().skopsVersion();
    return plan;
}

Status ModelExporter::write(const SkopsFile &input, const ExportPlan &plan, const QString &path,
                            const ArchiveWriter::CancelCheck &cancelled)
{
    ArchiveWriter writer(path, plan.deflate ? ArchiveWriter::Compression::Deflated
                                            : ArchiveWriter::Compression::Stored);
    writer.setCancelCheck(cancelled);
    if (const Status status = writer.open(); !status.ok())
        return status;
    for (const ExportPlan::Member &member : plan.members) {
        const auto bytes = input.readMember(member.source);
        if (!bytes.ok())
            return makeError(bytes.error().code,
                ModelText::tr("its member \"%1\" cannot be read: %2")
                    .arg(member.source, bytes.error().message));
        if (const Status status = writer.add(member.name, bytes.value().view()); !status.ok())
            return status;
    }
    if (const Status status = writer.add(QStringLiteral("schema.json"), plan.schema); !status.ok())
        return status;
    return writer.commit(plan.comment);
}

Result<ExportReport> ModelExporter::exportFile(const SkopsFile &input, const QString &path,
                                               const ExportOptions &options,
                                               const ArchiveWriter::CancelCheck &cancelled)
{
    auto plan = prepare(input, options);
    if (!plan.ok())
        return plan.error();
    if (const Status status = write(input, plan.value(), path, cancelled); !status.ok())
        return status.error();
    ExportReport report = std::move(plan.value().report);
    report.output = path;
    return report;
}

} // namespace skops
