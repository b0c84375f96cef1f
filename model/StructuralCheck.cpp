#include "StructuralCheck.h"
#include "RawInteger.h"

#include "ModelText.h"
#include "PythonText.h"
#include "SkopsFile.h"
#include "SparseMatrix.h"
#include "TrustProfile.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <map>
#include <unordered_map>

namespace skops {

namespace {

using Index = JsonDocument::Index;

constexpr std::string_view kTreeType = "sklearn.tree._tree.Tree";
constexpr std::string_view kQuantileForestType = "quantile_forest._quantile_forest_fast.QuantileForest";
constexpr quint64 kShownChars = 80;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString shown(std::string_view text)
{
    return python::shownText(fromView(text), kShownChars);
}

// A code point a terminal or a text view would act on rather than show:
// C0/C1 controls, DEL, line separators and bidirectional overrides. Tabs
// are ordinary text; so are line breaks inside a value (not inside a key).
bool isMisleading(char32_t u, bool lineBreaksAreText)
{
    if (u == U'\t')
        return false;
    if (lineBreaksAreText && (u == U'\n' || u == U'\r'))
        return false;
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029
           || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E
           || u == 0x200F;
}

// The same test on UTF-8 text, byte-wise: every such code point below
// U+0800 is one or two bytes, the others start with E2 80/81.
bool hasMisleadingCharacters(std::string_view text, bool lineBreaksAreText)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = bytes[i];
        if (c >= 0x20 && c < 0x7F)
            continue; // printable ASCII: nearly all of schema.json
        if (c < 0x80) {
            if (isMisleading(c, lineBreaksAreText))
                return true;
        } else if (c == 0xC2 && i + 1 < n) {
            if (bytes[i + 1] <= 0x9F)
                return true;
        } else if (c == 0xE2 && i + 2 < n) {
            const char32_t u = 0x2000 | char32_t((bytes[i + 1] & 0x3F) << 6) | char32_t(bytes[i + 2] & 0x3F);
            if ((bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81) && isMisleading(u, lineBreaksAreText))
                return true;
        }
    }
    return false;
}

// What json.loads makes of a JSON string literal's escapes: \u001b becomes
// a real ESC in the loaded value (format doc §12.3 #12).
bool escapesDecodeToMisleadingCharacters(std::string_view literal)
{
    for (std::size_t i = 0; i + 1 < literal.size(); ++i) {
        if (literal[i] != '\\')
            continue;
        const char next = literal[i + 1];
        if (next == 'b' || next == 'f')
            return true;
        if (next == 'u' && i + 5 < literal.size()) {
            unsigned value = 0;
            const auto parsed = std::from_chars(literal.data() + i + 2, literal.data() + i + 6, value, 16);
            if (parsed.ec == std::errc() && parsed.ptr == literal.data() + i + 6
                && isMisleading(char32_t(value), true))
                return true;
            i += 5;
            continue;
        }
        ++i; // the escaped character, so that "\\u001b" stays literal text
    }
    return false;
}

// A tag as rich's markup parser finds one: "[" then a-z, #, / or @, then
// anything but "[" up to "]" (rich.markup.RE_TAGS).
bool hasMarkupTag(std::string_view text)
{
    for (std::size_t open = text.find('['); open != std::string_view::npos; open = text.find('[', open + 1)) {
        if (open + 1 >= text.size())
            return false;
        const char first = text[open + 1];
        if (!((first >= 'a' && first <= 'z') || first == '#' || first == '/' || first == '@'))
            continue;
        const std::size_t close = text.find_first_of("[]", open + 1);
        if (close != std::string_view::npos && text[close] == ']')
            return true;
    }
    return false;
}

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Why a member name is odd, or an empty string. Names with ".." or an
// absolute path never get here: ZipArchive refuses the archive.
QString unusualNameReason(const QString &name)
{
    for (const QChar c : name) {
        if (isMisleading(c.unicode(), false))
            return ModelText::tr("it holds control or text-direction characters");
    }
    if (name.contains(QLatin1Char('\\')))
        return ModelText::tr("it holds backslashes, which some tools read as folder separators");
    for (qsizetype start = 0;;) {
        const qsizetype slash = name.indexOf(QLatin1Char('/'), start);
        const QStringView segment = QStringView(name).sliced(start, (slash < 0 ? name.size() : slash) - start);
        if (segment.isEmpty() || segment == u".")
            return ModelText::tr("it has an empty or \".\" path segment");
        if (slash < 0)
            return QString();
        start = slash + 1;
    }
}

std::optional<qint64> parseInteger(std::string_view text)
{
    qint64 value = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    if (parsed.ec != std::errc() || parsed.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

QString shapeText(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (const qint64 extent : shape)
        parts << QString::number(extent);
    return QStringLiteral("(%1%2)").arg(parts.join(QStringLiteral(", ")),
                                        shape.size() == 1 ? QStringLiteral(",") : QString());
}

struct IntegerField {
    qint64 offset = 0;
    int size = 0;
    bool bigEndian = false;

    bool isNativeInt64() const { return size == 8 && bigEndian == (Q_BYTE_ORDER == Q_BIG_ENDIAN); }
};

// The first Tree node in [first, end) whose children or feature break
// scikit-learn's rules (see checkTreeArrays). `read` reads one field of a
// record; passing it as a template argument lets the common layout (three
// native int64 fields) compile to plain loads in this, the one loop that
// touches every byte of a forest's node arrays.
struct TreeScan {
    qint64 node = -1; // -1: none
    qint64 left = 0;
    qint64 right = 0;
    qint64 feature = 0;
    bool childBad = false;
};

// `records` holds the nodes first..end-1.
template <typename Read>
TreeScan firstBadTreeNode(const char *records, qint64 first, qint64 end, qint64 count, qint64 stride,
                          bool checkChildren,
                          std::optional<qint64> featureBound, const IntegerField &left,
                          const IntegerField &right, const IntegerField &feature, Read read)
{
    for (qint64 i = first; i < end; ++i) {
        const char *record = records + (i - first) * stride;
        const qint64 l = read(record, left);
        const qint64 r = read(record, right);
        if (l == -1 && r == -1)
            continue;
        const bool childBad = checkChildren && !(l > i && l < count && r > i && r < count);
        const qint64 f = read(record, feature);
        const bool featureBad = featureBound && (f < 0 || f >= *featureBound);
        if (childBad || featureBad)
            return TreeScan{i, l, r, f, childBad};
    }
    return TreeScan{};
}

std::optional<IntegerField> integerField(const NpyDtype &dtype, const QString &name)
{
    for (const NpyDtype::Entry &entry : dtype.entries()) {
        if (entry.name != name || entry.subShape || !entry.format)
            continue;
        const NpyDtype &format = *entry.format;
        const qint64 size = format.itemSize();
        if (format.kind() != NpyDtype::Kind::SignedInt || size < 1 || size > 8)
            return std::nullopt;
        return IntegerField{entry.offset, int(size), format.byteOrder() == NpyDtype::ByteOrder::Big};
    }
    return std::nullopt;
}

class StructuralChecker
{
public:
    StructuralChecker(const SkopsFile &file, const std::atomic<bool> *cancel)
        : m_file(file)
        , m_tree(file.tree())
        , m_doc(file.tree().document())
        , m_cancel(cancel)
    {
    }

    std::vector<StructuralWarning> run()
    {
        checkSchemaEncoding();
        checkMembers();
        checkReferences();
        checkNodes();
        checkSchemaText();
        for (const auto &[code, omitted] : m_omitted) {
            StructuralWarning note;
            note.code = WarningCode::WarningsOmitted;
            note.message = ModelText::tr("%n more %1 warning(s) not listed", nullptr, omitted)
                               .arg(StructuralWarning::codeName(code));
            m_warnings.push_back(note);
        }
        return std::move(m_warnings);
    }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    void add(WarningCode code, const QString &message, NodeId node, std::optional<QString> path,
             const QString &member = QString())
    {
        if (m_listed[code] >= StructuralCheck::kMaxPerCode) {
            ++m_omitted[code];
            return;
        }
        ++m_listed[code];
        m_warnings.push_back(StructuralWarning{code, message, node, std::move(path), member});
    }

    void addAtNode(WarningCode code, const QString &message, NodeId node, const QString &member = QString())
    {
        add(code, message, node, m_tree.path(node), member);
    }

    bool isNodeState(Index object, std::string_view loader) const
    {
        const Index value = m_doc.member(object, "__loader__");
        return m_doc.isString(value) && m_doc.text(value) == loader;
    }

    // The state of a node that reads a member by its `file` field.
    bool isPayloadState(Index object) const
    {
        const Index value = m_doc.member(object, "__loader__");
        if (!m_doc.isString(value))
            return false;
        const std::string_view loader = m_doc.text(value);
        return loader == "NdArrayNode" || loader == "SparseMatrixNode" || loader == "BytesNode"
               || loader == "BytearrayNode";
    }

    // skops.io.dump writes schema.json as UTF-8 (ASCII, in fact) without a
    // byte order mark. skops reads other encodings all the same, so one
    // only tells that another program wrote or rewrote the file.
    void checkSchemaEncoding()
    {
        using Encoding = JsonDocument::SourceEncoding;
        const Encoding encoding = m_doc.sourceEncoding();
        if (encoding == Encoding::Utf8 && !m_doc.sourceHadByteOrderMark())
            return;
        const QString name = JsonDocument::encodingName(encoding);
        const QString stored = m_doc.sourceHadByteOrderMark()
                                   ? ModelText::tr("%1 with a byte order mark").arg(name)
                                   : name;
        addAtNode(WarningCode::SchemaEncoding,
                  ModelText::tr("schema.json is stored as %1; skops.io.dump writes UTF-8 without a "
                                "byte order mark, so another program wrote this file (skops reads "
                                "it all the same)")
                      .arg(stored),
                  m_tree.root(), QStringLiteral("schema.json"));
    }

    // --- archive members ------------------------------------------------

    void checkMembers()
    {
        // Which node reads each member, and how many distinct nodes do.
        struct Readers {
            NodeId first = kNoNode;
            int count = 0;
        };
        QHash<QString, Readers> readers;
        for (NodeId id = 0; id < m_tree.nodeCount(); ++id) {
            const Loader loader = m_tree.node(id).loader;
            if (loader != Loader::NdArrayNode && loader != Loader::SparseMatrixNode
                && loader != Loader::BytesNode && loader != Loader::BytearrayNode)
                continue;
            const QString name = m_tree.memberName(id);
            if (name.isEmpty())
                continue;
            Readers &entry = readers[name];
            if (entry.first == kNoNode)
                entry.first = id;
            ++entry.count;
        }
        const auto readerOf = [&](const QString &name) {
            const auto it = readers.constFind(name);
            return it == readers.cend() ? kNoNode : it->first;
        };
        const auto addForMember = [&](WarningCode code, const QString &message, const QString &name) {
            const NodeId reader = readerOf(name);
            add(code, message, reader, reader == kNoNode ? std::nullopt : std::optional(m_tree.path(reader)), name);
        };

        // Every member a payload node names anywhere in schema.json, also in
        // repeated states the tree never builds (skops writes their arrays
        // again): what the schema references.
        QSet<QString> named;
        for (Index v = 0; v < Index(m_doc.valueCount()); ++v) {
            if (m_doc.type(v) != JsonDocument::Type::String)
                continue;
            const Index owner = m_doc.parent(v);
            if (m_doc.isObject(owner) && m_doc.key(owner, m_doc.slot(v)) == "file" && isPayloadState(owner))
                named.insert(m_doc.qstring(v));
        }

        // Entries sharing a name: all but the last are shadowed, so only
        // those names are counted.
        QHash<QString, int> entriesByName;
        for (const ZipMember &member : m_file.archive().members()) {
            if (member.shadowed)
                ++entriesByName[member.name];
        }
        for (const ZipMember &member : m_file.archive().members()) {
            const auto shownName = [&member] { return python::shownText(member.name, kShownChars); };
            if (member.shadowed) {
                const auto entries = entriesByName.find(member.name);
                if (entries != entriesByName.end()) { // its first entry
                    addForMember(WarningCode::DuplicateMemberName,
                                 ModelText::tr("the archive holds %1 entries named \"%2\"; Python's zipfile, and so "
                                               "skops, reads only the last one, so the others are hidden from it")
                                     .arg(entries.value() + 1)
                                     .arg(shownName()),
                                 member.name);
                    entriesByName.erase(entries);
                }
                continue; // the name's other checks come with its last entry
            }
            const QString reason = unusualNameReason(member.name);
            if (!reason.isEmpty())
                addForMember(WarningCode::UnusualMemberName,
                             ModelText::tr("the member name \"%1\" is unusual: %2").arg(shownName(), reason),
                             member.name);
            if (member.name == QLatin1String("schema.json"))
                continue;
            const auto read = readers.constFind(member.name);
            if (!named.contains(member.name))
                add(WarningCode::UnreferencedMember,
                    ModelText::tr("no node of schema.json names the member \"%1\" (%2 bytes): a possible "
                                  "hidden payload")
                        .arg(shownName())
                        .arg(member.uncompressedSize),
                    kNoNode, std::nullopt, member.name);
            else if (read != readers.cend() && read->count > 1)
                addForMember(WarningCode::SharedMember,
                             ModelText::tr("the member \"%1\" is read by %2 nodes with different __id__ values; "
                                           "skops writes one member per array and keeps one copy in memory for "
                                           "each node reading it")
                                 .arg(shownName())
                                 .arg(read->count),
                             member.name);
        }
    }

    // --- `__id__` references -------------------------------------------

    // A bare `{"__id__": N}` or a CachedNode is meant as a reference and
    // hides nothing.
    bool isPlainReference(Index state) const
    {
        if (m_doc.size(state) == 1 && m_doc.key(state, 0) == "__id__")
            return true;
        const Index loader = m_doc.member(state, "__loader__");
        return m_doc.isString(loader) && m_doc.text(loader) == "CachedNode";
    }

    // Two `file` fields name the same payload: one member, or members of
    // equal size and CRC-32 (from the central directory, nothing is read).
    bool samePayload(Index a, Index b) const
    {
        if (m_doc.text(a) == m_doc.text(b))
            return true;
        const ZipMember *x = m_file.archive().find(m_doc.qstring(a));
        const ZipMember *y = m_file.archive().find(m_doc.qstring(b));
        return x && y && x->crc == y->crc && x->uncompressedSize == y->uncompressedSize;
    }

    // Whether a repeated state says the same as the first one, object
    // members in order. skops writes a repeated object again in full, but
    // the transient objects inside (state dicts, arrays made by
    // __getstate__) get new `__id__` values and new member names, so those
    // are not compared. The work is bounded by the size of `b`.
    bool sameJson(Index a, Index b) const
    {
        std::vector<std::pair<Index, Index>> stack{{a, b}};
        while (!stack.empty()) {
            const auto [x, y] = stack.back();
            stack.pop_back();
            const JsonDocument::Type type = m_doc.type(x);
            if (type != m_doc.type(y))
                return false;
            switch (type) {
            case JsonDocument::Type::Null:
            case JsonDocument::Type::NaN:
            case JsonDocument::Type::Infinity:
            case JsonDocument::Type::NegativeInfinity:
                break;
            case JsonDocument::Type::Boolean:
            case JsonDocument::Type::Integer:
            case JsonDocument::Type::Unsigned:
                if (m_doc.unsignedInteger(x) != m_doc.unsignedInteger(y))
                    return false;
                break;
            case JsonDocument::Type::BigInteger:
            case JsonDocument::Type::Float:
            case JsonDocument::Type::String:
                if (m_doc.text(x) != m_doc.text(y))
                    return false;
                break;
            case JsonDocument::Type::Array:
            case JsonDocument::Type::Object: {
                const std::uint32_t n = m_doc.size(x);
                if (n != m_doc.size(y))
                    return false;
                for (std::uint32_t i = 0; i < n; ++i) {
                    const Index u = m_doc.child(x, i);
                    const Index w = m_doc.child(y, i);
                    if (type == JsonDocument::Type::Object) {
                        const std::string_view key = m_doc.key(x, i);
                        if (key != m_doc.key(y, i))
                            return false;
                        if (key == "__id__")
                            continue;
                        if (key == "file" && m_doc.isString(u) && m_doc.isString(w)) {
                            if (!samePayload(u, w))
                                return false;
                            continue;
                        }
                    }
                    stack.emplace_back(u, w);
                }
                break;
            }
            }
        }
        return true;
    }

    void checkReferences()
    {
        // Every state a memo hit skipped is its own subtree, disjoint from
        // the others, so comparing them all reads schema.json at most once.
        for (const NodeRef &ref : m_tree.allRefs()) {
            if (cancelled())
                return;
            if (ref.node == kNoNode || ref.state == JsonDocument::npos)
                continue;
            const Index first = m_tree.node(ref.node).state;
            if (ref.state == first)
                continue;
            if (!ref.backEdge && (isPlainReference(ref.state) || sameJson(first, ref.state)))
                continue;
            const QString at = m_doc.pointer(ref.state);
            const QString firstPath = m_tree.path(ref.node);
            const QString firstShown = firstPath.isEmpty() ? ModelText::tr("the root") : firstPath;
            if (ref.backEdge) {
                add(WarningCode::IdCycle,
                    ModelText::tr("the state at %1 repeats the __id__ of its ancestor at %2: skops builds "
                                  "and audits the tree, but visualize and load recurse until they fail")
                        .arg(at, firstShown),
                    ref.node, at);
                continue;
            }
            add(WarningCode::IdReusedWithOtherContent,
                ModelText::tr("the state at %1 reuses the __id__ of the node at %2 but holds other content; "
                              "skops uses the first node and never audits or loads this content")
                    .arg(at, firstShown),
                ref.node, at);
        }
    }

    // --- per node: labels, arrays, shapes --------------------------------

    // The reference under `key` in a DictNode's entries, or nullptr.
    const NodeRef *entry(NodeId dict, std::string_view key) const
    {
        if (dict == kNoNode || m_tree.node(dict).loader != Loader::DictNode)
            return nullptr;
        for (const ChildGroup &group : m_tree.groups(dict)) {
            if (group.kind != GroupKind::Map)
                continue;
            for (const NodeRef &ref : m_tree.refs(group)) {
                if (ref.label == key && ref.node != kNoNode)
                    return &ref;
            }
        }
        return nullptr;
    }

    // The integer a JsonNode holds, e.g. n_features_in_.
    std::optional<qint64> jsonInteger(NodeId id) const
    {
        if (id == kNoNode || m_tree.node(id).loader != Loader::JsonNode)
            return std::nullopt;
        const Index content = m_doc.member(m_tree.node(id).state, "content");
        if (!m_doc.isString(content))
            return std::nullopt;
        return parseInteger(m_doc.text(content));
    }

    std::optional<qint64> entryInteger(NodeId dict, std::string_view key) const
    {
        const NodeRef *ref = entry(dict, key);
        return ref ? jsonInteger(ref->node) : std::nullopt;
    }

    const NpyHeader *header(NodeId id) const
    {
        if (id == kNoNode || m_tree.node(id).loader != Loader::NdArrayNode)
            return nullptr;
        const QString member = m_tree.memberName(id);
        return member.isEmpty() ? nullptr : m_file.npyHeader(member);
    }

    // How many entries a 1-d array has, from its .npy header or its JSON content.
    std::optional<qint64> length(NodeId id) const
    {
        if (const NpyHeader *h = header(id))
            return h->shape().size() == 1 ? std::optional(h->shape().front()) : std::nullopt;
        if (id == kNoNode || m_tree.node(id).loader != Loader::NdArrayNode)
            return std::nullopt;
        for (const ChildGroup &group : m_tree.groups(id)) {
            if (group.kind == GroupKind::List && group.name == "content")
                return qint64(group.refCount);
        }
        return std::nullopt;
    }

    void checkNodes()
    {
        for (NodeId id = 0; id < m_tree.nodeCount(); ++id) {
            if ((id & 0xFFF) == 0 && cancelled())
                return;
            const Node &node = m_tree.node(id);
            if (node.namesAreStrings && !node.synthetic && !(isAscii(node.module) && isAscii(node.className)))
                addAtNode(WarningCode::NonAsciiTypeName,
                          ModelText::tr("the type name %1 holds non-ASCII characters, which can imitate "
                                        "another name (look-alike letters)")
                              .arg(python::escapeForDisplay(fromView(m_tree.typeName(id)))),
                          id);
            switch (node.loader) {
            case Loader::MethodNode:
                checkMethod(id);
                break;
            case Loader::OperatorFuncNode:
                if (node.module != "operator")
                    addAtNode(WarningCode::OperatorModuleMismatch,
                              ModelText::tr("the OperatorFuncNode claims %1, but skops calls operator.%2 "
                                            "whatever the module says; skops 0.12 and later refuse to "
                                            "load this file")
                                  .arg(shown(m_tree.typeName(id)), shown(node.className)),
                              id);
                break;
            case Loader::TreeNode:
                checkFixedConstructor(id, kTreeType);
                checkTreeArrays(id);
                break;
            case Loader::QuantileForestNode:
                checkFixedConstructor(id, kQuantileForestType);
                break;
            case Loader::LossNode:
            case Loader::SGDNode:
                if (!isAllowedLoss(m_tree.typeName(id)))
                    addAtNode(WarningCode::ReduceConstructorMismatch,
                              ModelText::tr("this %1 claims to be a scikit-learn loss, but %2 is none of the "
                                            "loss classes skops allows; loading would call %2 with the "
                                            "stored arguments")
                                  .arg(loaderName(node.loader), shown(m_tree.typeName(id))),
                              id);
                break;
            case Loader::JsonNode:
                checkIgnoredLabel(id, "builtins.str");
                break;
            case Loader::SliceNode:
                checkIgnoredLabel(id, "builtins.slice");
                break;
            case Loader::SparseMatrixNode:
                checkSparseClass(id);
                break;
            case Loader::CachedNode:
                addAtNode(WarningCode::DanglingCachedNode,
                          ModelText::tr("this CachedNode refers to an __id__ no earlier node has: skops "
                                        "builds and audits it, but loading fails here"),
                          id);
                break;
            case Loader::ObjectNode:
                checkFittedShapes(id);
                break;
            default:
                break;
            }
        }
    }

    // The loss classes skops allows in either built-in environment; the
    // profiles are read only when a file has a loss node.
    bool isAllowedLoss(const std::string &name)
    {
        if (!m_lossProfile) {
            auto profile = TrustProfile::builtin(QStringLiteral("union"));
            m_lossProfile = profile.ok() ? profile.value() : nullptr;
        }
        return !*m_lossProfile || (*m_lossProfile)->inheritedLossTrust(name);
    }

    void checkMethod(NodeId id)
    {
        const NodeId obj = m_tree.childNamed(id, "obj");
        if (obj == kNoNode)
            return;
        const Node &self = m_tree.node(id);
        const Node &target = m_tree.node(obj);
        if (target.namesAreStrings && self.module == target.module && self.className == target.className)
            return;
        const QString objectType = target.namesAreStrings ? shown(m_tree.typeName(obj))
                                                          : ModelText::tr("a value without a type name");
        addAtNode(WarningCode::MethodOwnerMismatch,
                  ModelText::tr("the MethodNode claims %1, but its object is %2, whose method loading "
                                "would look up; skops 0.12 and later refuse to load this file")
                      .arg(shown(m_tree.typeName(id)), objectType),
                  id);
    }

    void checkFixedConstructor(NodeId id, std::string_view constructor)
    {
        if (m_tree.typeName(id) == constructor)
            return;
        addAtNode(WarningCode::ReduceConstructorMismatch,
                  ModelText::tr("this %1 claims %2, but skops always constructs %3 from it")
                      .arg(loaderName(m_tree.node(id).loader), shown(m_tree.typeName(id)), fromView(constructor)),
                  id);
    }

    void checkIgnoredLabel(NodeId id, std::string_view written)
    {
        const Node &node = m_tree.node(id);
        if (node.namesAreStrings && m_tree.typeName(id) == written)
            return;
        const QString label = node.namesAreStrings ? shown(m_tree.typeName(id)) : ModelText::tr("a non-text name");
        addAtNode(WarningCode::IgnoredTypeLabel,
                  ModelText::tr("this %1 is labelled %2 (skops writes %3); skops ignores the label, never "
                                "audits it and builds the value from the stored data")
                      .arg(loaderName(node.loader), label, fromView(written)),
                  id);
    }

    // load_npz builds the class the .npz names, not the node's label (which
    // is what the audit checks). An .npz that cannot be read is left to the
    // array views, which say why.
    void checkSparseClass(NodeId id)
    {
        const QString member = m_tree.memberName(id);
        if (member.isEmpty())
            return;
        const Result<MemberBytes> bytes = m_file.readMember(member);
        if (!bytes)
            return;
        const Result<QString> built = SparseMatrix::loadedClassName(bytes.value(), member, m_file.limits());
        if (!built)
            return;
        const Node &node = m_tree.node(id);
        if (node.namesAreStrings && fromView(node.className) == built.value())
            return;
        const QString label = node.namesAreStrings ? shown(m_tree.typeName(id)) : ModelText::tr("a non-text name");
        addAtNode(WarningCode::IgnoredTypeLabel,
                  ModelText::tr("this SparseMatrixNode is labelled %1, but its .npz member holds a %2: "
                                "skops audits the label, and scipy builds scipy.sparse.%2 from the member")
                      .arg(label, built.value()),
                  id);
    }

    // scikit-learn's Tree: children come after their node (both builders
    // append them), leaves have -1/-1, and a split's feature indexes the
    // estimator's input. Anything else makes predict read out of bounds or
    // loop forever.
    void checkTreeArrays(NodeId id)
    {
        const NodeId attrs = m_tree.childNamed(id, "attrs");
        const NodeRef *nodesRef = entry(attrs, "nodes");
        const NpyHeader *nodes = nodesRef ? header(nodesRef->node) : nullptr;
        if (!nodes || nodes->shape().size() != 1 || !nodes->dtype().isStructured())
            return;
        const qint64 count = nodes->shape().front();
        const QString member = m_tree.memberName(nodesRef->node);

        if (const auto declared = entryInteger(attrs, "node_count"); declared && *declared != count)
            addAtNode(WarningCode::TreeNodeCountMismatch,
                      ModelText::tr("node_count is %1 but the nodes array has %2 entries").arg(*declared).arg(count),
                      id, member);
        const NodeRef *valuesRef = entry(attrs, "values");
        if (const NpyHeader *values = valuesRef ? header(valuesRef->node) : nullptr;
            values && !values->shape().empty() && values->shape().front() != count)
            addAtNode(WarningCode::TreeNodeCountMismatch,
                      ModelText::tr("the values array has %1 rows but the nodes array has %2 entries")
                          .arg(values->shape().front())
                          .arg(count),
                      id, member);

        // The bound for feature indices: the Tree's own n_features (its
        // first constructor argument) and the owning estimator's n_features_in_.
        std::optional<qint64> bound = entryInteger(m_tree.node(id).parent, "n_features_in_");
        QString boundName = QStringLiteral("n_features_in_");
        const NodeId args = m_tree.childNamed(id, "args");
        if (args != kNoNode) {
            for (const ChildGroup &group : m_tree.groups(args)) {
                if (group.kind != GroupKind::List || group.refCount == 0)
                    continue;
                const auto nFeatures = jsonInteger(m_tree.refs(group).front().node);
                if (nFeatures && (!bound || *nFeatures < *bound)) {
                    bound = nFeatures;
                    boundName = QStringLiteral("n_features");
                }
            }
        }

        const auto left = integerField(nodes->dtype(), QStringLiteral("left_child"));
        const auto right = integerField(nodes->dtype(), QStringLiteral("right_child"));
        const auto feature = integerField(nodes->dtype(), QStringLiteral("feature"));
        if (!left || !right || !feature)
            return;
        const Result<MemberBytes> bytes = m_file.mapMember(member);
        const qint64 stride = nodes->dtype().itemSize();
        // scikit-learn's node records are 56 or 64 bytes; it refuses others.
        constexpr qint64 kPieceBytes = qint64(128) << 10;
        if (!bytes.ok() || count < 0 || stride <= 0 || stride > kPieceBytes
            || bytes.value().size() - nodes->dataOffset() < count * stride)
            return;
        // A forest's node arrays are most of its file. They are copied in
        // pieces into one small buffer rather than read through the mapping:
        // mapped pages would have to be handed back per tree to keep memory
        // flat, and each hand-back flushes the TLB of every core, stalling
        // the thread that hashes the file meanwhile (audit --json).
        const qint64 piece = kPieceBytes / stride;
        std::vector<char> records(std::size_t(std::min(count, piece) * stride));
        bool checkChildren = true;
        std::optional<qint64> featureBound = bound;
        for (qint64 from = 0; from < count && (checkChildren || featureBound);) {
            if (cancelled())
                return;
            const qint64 to = std::min(count, from + piece);
            if (!m_file.archive().copyRange(bytes.value(), nodes->dataOffset() + from * stride, records.data(),
                                            (to - from) * stride))
                return;
            const char *data = records.data();
            const TreeScan found
                = left->isNativeInt64() && right->isNativeInt64() && feature->isNativeInt64()
                      ? firstBadTreeNode(data, from, to, count, stride, checkChildren, featureBound, *left, *right,
                                         *feature,
                                         [](const char *record, const IntegerField &field) {
                                             qint64 value = 0;
                                             std::memcpy(&value, record + field.offset, 8);
                                             return value;
                                         })
                      : firstBadTreeNode(data, from, to, count, stride, checkChildren, featureBound, *left, *right,
                                         *feature, [](const char *record, const IntegerField &field) {
                                             return raw::readSigned(record + field.offset, field.size,
                                                                    field.bigEndian);
                                         });
            if (found.node < 0) {
                from = to;
                continue;
            }
            if (found.childBad) {
                checkChildren = false;
                addAtNode(WarningCode::TreeChildOutOfRange,
                          ModelText::tr("tree node %1 has the children %2 and %3; a child must come after "
                                        "its node and be below the node count %4 (or both be -1 for a leaf)")
                              .arg(found.node)
                              .arg(found.left)
                              .arg(found.right)
                              .arg(count),
                          id, member);
            }
            if (featureBound && (found.feature < 0 || found.feature >= *featureBound)) {
                addAtNode(WarningCode::TreeFeatureOutOfRange,
                          ModelText::tr("tree node %1 splits on feature %2, which is not below %3 = %4")
                              .arg(found.node)
                              .arg(found.feature)
                              .arg(boundName)
                              .arg(*featureBound),
                          id, member);
                featureBound.reset();
            }
            from = found.node + 1;
        }
    }

    // A linear model's coef_ is (1 or n_classes, n_features_in_) for a
    // classifier, and (n_features_in_,) or (n_targets, n_features_in_) for
    // a regressor; only .npy headers are read.
    void checkFittedShapes(NodeId id)
    {
        const NodeId attrs = m_tree.childNamed(id, "attrs");
        const NodeRef *coefRef = entry(attrs, "coef_");
        const NpyHeader *coef = coefRef ? header(coefRef->node) : nullptr;
        if (!coef)
            return;
        const std::vector<qint64> &shape = coef->shape();
        const std::optional<qint64> features = entryInteger(attrs, "n_features_in_");
        const NodeRef *classesRef = entry(attrs, "classes_");
        const std::optional<qint64> classes = classesRef ? length(classesRef->node) : std::nullopt;
        QString problem;
        if (shape.size() == 2 && classes) {
            const qint64 rows = *classes == 2 ? 1 : *classes;
            if (shape[0] != rows)
                problem = ModelText::tr("classes_ has %1 entries, so coef_ should have %2 row(s)").arg(*classes).arg(rows);
            else if (features && shape[1] != *features)
                problem = ModelText::tr("n_features_in_ is %1").arg(*features);
        } else if (shape.size() == 2 && features && shape[0] != *features && shape[1] != *features) {
            problem = ModelText::tr("n_features_in_ is %1").arg(*features);
        } else if (shape.size() == 1 && features && shape[0] != *features) {
            problem = ModelText::tr("n_features_in_ is %1").arg(*features);
        }
        if (problem.isEmpty())
            return;
        const QString path = coefRef->state == JsonDocument::npos ? m_tree.path(coefRef->node)
                                                                  : m_doc.pointer(coefRef->state);
        add(WarningCode::FittedShapeMismatch,
            ModelText::tr("coef_ of %1 has the shape %2, but %3")
                .arg(shown(m_tree.typeName(id)), shapeText(shape), problem),
            coefRef->node, path, m_tree.memberName(coefRef->node));
    }

    // --- text in schema.json --------------------------------------------

    // The nearest enclosing state that is a row of the tree (a node's first
    // state or a later reference to it).
    std::pair<NodeId, QString> occurrenceOf(Index value)
    {
        if (m_occurrences.empty()) {
            for (NodeId id = 0; id < m_tree.nodeCount(); ++id) {
                if (!m_tree.node(id).synthetic)
                    m_occurrences.emplace(m_tree.node(id).state, id);
            }
            for (const NodeRef &ref : m_tree.allRefs()) {
                if (ref.state != JsonDocument::npos && ref.node != kNoNode)
                    m_occurrences.emplace(ref.state, ref.node);
            }
        }
        for (Index at = value; at != JsonDocument::npos; at = m_doc.parent(at)) {
            const auto it = m_occurrences.find(at);
            if (it != m_occurrences.end())
                return {it->second, m_doc.pointer(at)};
        }
        return {m_tree.root(), m_tree.path(m_tree.root())};
    }

    void addText(WarningCode code, Index where, const QString &what, std::string_view text)
    {
        if (m_listed[code] >= StructuralCheck::kMaxPerCode) {
            ++m_omitted[code];
            return;
        }
        const auto [node, path] = occurrenceOf(where);
        const QString message
            = code == WarningCode::ControlCharacters
                  ? ModelText::tr("%1 \"%2\" holds control or text-direction characters that a terminal "
                                  "or text view would act on; they are shown escaped")
                        .arg(what, shown(text))
                  : ModelText::tr("%1 \"%2\" looks like rich markup, which skops' visualize renders "
                                  "instead of showing")
                        .arg(what, shown(text));
        add(code, message, node, path);
    }

    void checkText(Index where, const QString &what, std::string_view text, bool lineBreaksAreText)
    {
        if (hasMisleadingCharacters(text, lineBreaksAreText))
            addText(WarningCode::ControlCharacters, where, what, text);
        if (hasMarkupTag(text))
            addText(WarningCode::MarkupText, where, what, text);
    }


    // One pass over every value of schema.json, also the content the tree
    // never builds: keys and strings, the strings a JsonNode decodes to, and
    // the members hidden nodes name.
    void checkSchemaText()
    {
        // Built nodes' members are known to exist: building the tree checks them.
        std::vector<bool> built(m_doc.valueCount(), false);
        for (NodeId id = 0; id < m_tree.nodeCount(); ++id) {
            if (const Index state = m_tree.node(id).state; !m_tree.node(id).synthetic && state < built.size())
                built[state] = true;
        }
        const QString keyWord = ModelText::tr("the key");
        const QString textWord = ModelText::tr("the text");
        const QString decodedWord = ModelText::tr("the decoded string");
        for (Index v = 0; v < Index(m_doc.valueCount()); ++v) {
            if ((v & 0xFFFF) == 0 && cancelled())
                return;
            const JsonDocument::Type type = m_doc.type(v);
            if (type == JsonDocument::Type::Object) {
                const std::uint32_t n = m_doc.size(v);
                for (std::uint32_t i = 0; i < n; ++i)
                    checkText(m_doc.child(v, i), keyWord, m_doc.key(v, i), false);
                if (!built[v])
                    checkHiddenMember(v);
                continue;
            }
            if (type != JsonDocument::Type::String)
                continue;
            const std::string_view text = m_doc.text(v);
            checkText(v, textWord, text, false);
            const Index owner = m_doc.parent(v);
            if (m_doc.isObject(owner) && m_doc.key(owner, m_doc.slot(v)) == "content"
                && isNodeState(owner, "JsonNode") && escapesDecodeToMisleadingCharacters(text))
                addText(WarningCode::ControlCharacters, v, decodedWord, text);
        }
    }

    // A payload node the tree never builds (behind a reused `__id__`) that
    // names a member the archive lacks; on the tree that is an error.
    void checkHiddenMember(Index object)
    {
        const Index file = m_doc.member(object, "file");
        if (!m_doc.isString(file) || !isPayloadState(object))
            return;
        const QString name = m_doc.qstring(file);
        if (m_file.archive().find(name))
            return;
        const auto [node, path] = occurrenceOf(object);
        add(WarningCode::MissingMember,
            ModelText::tr("the node state at %1, which skops never builds, names the member \"%2\", which "
                          "the archive does not have")
                .arg(m_doc.pointer(object), python::shownText(name, kShownChars)),
            node, path, name);
    }

    const SkopsFile &m_file;
    const NodeTree &m_tree;
    const JsonDocument &m_doc;
    const std::atomic<bool> *m_cancel;
    std::vector<StructuralWarning> m_warnings;
    std::map<WarningCode, int> m_listed;
    std::map<WarningCode, int> m_omitted;
    std::unordered_map<Index, NodeId> m_occurrences;
    std::optional<std::shared_ptr<const TrustProfile>> m_lossProfile;
};

} // namespace

std::vector<StructuralWarning> StructuralCheck::run(const SkopsFile &file, const std::atomic<bool> *cancel)
{
    return StructuralChecker(file, cancel).run();
}

} // namespace skops
